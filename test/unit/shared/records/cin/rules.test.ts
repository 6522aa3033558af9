/**
 * Each DfE CIN rule, broken by one change to a clean hand-built census
 * (clean-census.ts) and kept by the census as it is. The census is the
 * 2024 to 2025 one (ruleset 2024/25): 1 April 2024 to 31 March 2025.
 */
import { describe, expect, it } from 'vitest';
import { importCin } from '../../../../../shared/records/cin/import';
import {
  writeCinXml,
  type CinCensusInput,
  type CinChildInput,
  type CinEpisodeInput,
} from '../../../../../shared/records/cin/write-xml';
import { cleanCensus } from './clean-census';

type Mutable<T> = {
  -readonly [K in keyof T]: T[K] extends readonly (infer U)[]
    ? Mutable<U>[]
    : T[K] extends object
      ? Mutable<T[K]>
      : T[K];
};
type Census = Mutable<CinCensusInput>;
type Child = Mutable<CinChildInput>;
type Episode = Mutable<CinEpisodeInput>;

const CENSUS = 2025;

function census(): Census {
  // A deep copy to change in a test: its readonly type is only the generator's promise.
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion
  return structuredClone(cleanCensus(CENSUS)) as Census;
}

function child(c: Census, at: number): Child {
  const found = c.children[at];
  if (found === undefined) throw new Error(`no child ${at}`);
  return found;
}

function episode(c: Census, at: number): Episode {
  const found = child(c, at).episodes[0];
  if (found === undefined) throw new Error(`no episode for child ${at}`);
  return found;
}

/** A (child on a plan), B (CIN plan, closed), C (no further action). */
const A = (c: Census): Episode => episode(c, 0);
const B = (c: Census): Episode => episode(c, 1);
const C = (c: Census): Episode => episode(c, 2);

function codesIn(xml: string): string[] {
  return importCin('census.xml', xml)
    .problems.map((problem) => problem.dfeCode)
    .filter((code): code is string => code !== undefined);
}

type Break = (c: Census) => void | string;

/** One break per rule: change the census (or return XML text to import instead). */
const BREAKS: Readonly<Record<string, Break>> = {
  '100': (c) => writeCinXml(c).replace('<ReferenceDate>2025-03-31', '<ReferenceDate>2025-03-30'),
  '1103': (c) => void ((A(c).assessments[0] ?? { start: '' }).start = '2024-04-09'),
  '1104': (c) => void ((A(c).s47[0] ?? { conference: '' }).conference = '2024-04-09'),
  '1105': (c) => void ((A(c).cpps[0] ?? { start: '' }).start = '2024-04-09'),
  '1510': (c) => void (child(c, 0).upn = `Z${(child(c, 0).upn ?? '').slice(1)}`),
  '1520': (c) => void (child(c, 1).upn = child(c, 0).upn),
  '1530': (c) => void (child(c, 0).upn = 'A10000000001A'),
  '1540': (c) => void (child(c, 0).upn = 'A2010000000AA'),
  '1550': (c) => void (child(c, 0).upn = 'A20100000001I'),
  '1560Q': (c) =>
    writeCinXml(c).replace(
      '<UPNunknown>UN1</UPNunknown>',
      '<FormerUPN>12345</FormerUPN><UPNunknown>UN1</UPNunknown>',
    ),
  '1570': (c) => void (child(c, 2).id = 'C'.repeat(21)),
  '1580': (c) => void (child(c, 2).id = 'C-3'),
  '2883': (c) =>
    void A(c).cpps.push({
      start: '2024-12-02',
      initial: 'EMO',
      latest: 'EMO',
      previous: 1,
      reviews: [],
    }),
  '2884': (c) =>
    writeCinXml(c).replace(
      '<PrimaryNeedCode>N1</PrimaryNeedCode>',
      `<PrimaryNeedCode>N1</PrimaryNeedCode><DateOfInitialCPC>${A(c).s47[0]?.conference ?? ''}</DateOfInitialCPC>`,
    ),
  '2885': (c) => {
    const plan = A(c).cpps[0];
    if (plan !== undefined) plan.start = '2024-04-26';
  },
  '2886Q': (c) => void (child(c, 2).sex = 'U'),
  '2887Q': (c) => void (child(c, 1).disabilities = ['MOB']),
  '2888Q': (c) => {
    child(c, 0).disabilities = ['MOB'];
    child(c, 1).disabilities = ['HAND'];
  },
  '2889': (c) => void ((A(c).s47[0] ?? { start: '' }).start = '2024-04-09'),
  '2990': (c) => void (B(c).reason = 'RC8'),
  '2991Q': (c) => void (A(c).assessments = []),
  '4000': (c) => void C(c).plans.push({ start: '2024-09-01' }),
  '4001': (c) => void A(c).plans.push({ start: '2024-04-11', end: '2024-06-03' }),
  '4003': (c) => void A(c).plans.push({ start: '2024-04-11' }),
  '4004': (c) => {
    B(c).plans = [{ start: '2024-07-15' }, { start: '2024-08-15' }];
    B(c).closure = undefined;
    B(c).reason = undefined;
  },
  '4008': (c) => void (child(c, 1).death = '2024-07-14'),
  '4009Q': (c) => void (child(c, 1).death = '2024-11-30'),
  '4010': (c) => void (B(c).plans = [{ start: '2025-04-02' }]),
  '4011': (c) => void (B(c).plans = [{ start: '2024-07-15', end: '2024-07-14' }]),
  '4012Q': (c) => void (B(c).plans = [{ start: '2024-07-15', end: '2024-07-15' }]),
  '4013': (c) => void (B(c).plans = [{ start: '2024-07-15', end: '2025-04-15' }]),
  '4014': (c) =>
    void (B(c).plans = [
      { start: '2024-07-15', end: '2024-09-01' },
      { start: '2024-08-01', end: '2024-10-01' },
    ]),
  '4015': (c) => void (B(c).plans = [{ start: '2024-05-01', end: '2024-09-01' }]),
  '4016': (c) => void A(c).plans.push({ start: '2024-06-03' }),
  '4017': (c) => void A(c).plans.push({ start: '2024-04-11' }),
  '4180': (c) => writeCinXml(c).replace('<Sex>F</Sex>', '<Sex>X</Sex>'),
  '4220': (c) => void (child(c, 0).ethnicity = 'XXXX'),
  '8500': (c) => void (child(c, 2).id = ''),
  '8510': (c) => void (child(c, 2).id = 'B2'),
  '8520': (c) => void (child(c, 2).birth = '2025-04-01'),
  '8525Q': (c) => void (child(c, 2).expectedBirth = '2025-05-01'),
  '8530Q': (c) => {
    child(c, 2).birth = undefined;
    child(c, 2).expectedBirth = '2026-01-10';
    child(c, 2).sex = 'U';
  },
  '8535Q': (c) => void (child(c, 2).death = '2021-12-31'),
  '8540': (c) => void (child(c, 1).disabilities = []),
  '8545Q': (c) => void (child(c, 2).death = '2024-03-01'),
  '8555Q': (c) => void (child(c, 2).death = '2024-08-30'),
  '8565': (c) => void ((B(c).plans[0] ?? { end: '' }).end = '2024-12-02'),
  '8568': (c) =>
    writeCinXml(c).replace('<ReferralNFA>1</ReferralNFA>', '<ReferralNFA>maybe</ReferralNFA>'),
  '8569Q': (c) => void (C(c).referral = '2024-03-01'),
  '8585Q': (c) => void (B(c).reason = 'RC2'),
  '8590': (c) =>
    writeCinXml(c).replace(
      /<CINdetails>(?:(?!<\/CINdetails>)[\s\S])*?<CINreferralDate>2024-09-01[\s\S]*?<\/CINdetails>/,
      '',
    ),
  '8600': (c) => void (C(c).referral = '2025-04-02'),
  '8606': (c) => void (C(c).referral = '2021-01-01'),
  '8608': (c) => void ((B(c).assessments[0] ?? { start: '' }).start = '2024-07-11'),
  '8615': (c) => void ((A(c).s47[0] ?? { start: '' }).start = '2024-05-01'),
  '8610': (c) => void (B(c).need = undefined),
  '8614': (c) => void ((B(c).assessments[0] ?? { end: '' }).end = undefined),
  '8620': (c) => void ((B(c).closure = '2025-04-10'), (B(c).plans = [])),
  '8630': (c) => void (C(c).closure = '2024-08-31'),
  '8640': (c) =>
    writeCinXml(c).replaceAll(
      '<ReasonForClosure>RC7</ReasonForClosure>',
      '<ReasonForClosure>RC0</ReasonForClosure>',
    ),
  '8650': (c) =>
    writeCinXml(c).replace(
      '<PrimaryNeedCode>N2</PrimaryNeedCode>',
      '<PrimaryNeedCode>N99</PrimaryNeedCode>',
    ),
  '8670Q': (c) => void ((A(c).assessments[0] ?? { end: '' }).end = undefined),
  '8675Q': (c) => {
    const s47 = A(c).s47[0];
    if (s47 !== undefined) s47.conference = undefined;
    A(c).cpps = [];
  },
  '8696': (c) =>
    void (
      ((B(c).assessments[0] ?? { end: '' }).end = '2025-04-15'),
      (B(c).closure = undefined),
      (B(c).reason = undefined)
    ),
  '8715': (c) => void ((A(c).s47[0] ?? { conference: '' }).conference = '2025-04-15'),
  '8720': (c) => void ((A(c).cpps[0] ?? { start: '' }).start = '2025-04-15'),
  '8730': (c) =>
    writeCinXml(c).replace(
      '<NumberOfPreviousCPP>0</NumberOfPreviousCPP>',
      '<NumberOfPreviousCPP></NumberOfPreviousCPP>',
    ),
  '8736': (c) => {
    const assessment = A(c).assessments[0];
    if (assessment !== undefined) assessment.end = undefined;
    A(c).referral = '2024-03-01';
    if (assessment !== undefined) assessment.start = '2024-03-02';
  },
  '8740': (c) => {
    const s47 = A(c).s47[0];
    A(c).referral = '2024-03-01';
    A(c).cpps = [];
    if (s47 !== undefined) Object.assign(s47, { start: '2024-03-02', conference: undefined });
  },
  '8750': (c) => {
    child(c, 2).birth = undefined;
    child(c, 2).expectedBirth = '2025-05-01';
  },
  '8770Q': (c) => void (child(c, 0).upn = undefined),
  '8772': (c) => void (child(c, 0).upnUnknown = 'UN7'),
  '8775Q': (c) => void (child(c, 0).birth = '1998-01-01'),
  '8790': (c) => void (child(c, 0).disabilities = ['MOB', 'NONE', 'HAND', 'PC']),
  '8794': (c) => void (child(c, 0).disabilities = ['MOB', 'MOB', 'HAND', 'PC']),
  '8805': (c) => void (C(c).reason = undefined),
  '8810': (c) => void (C(c).closure = undefined),
  '8815': (c) =>
    void (
      (B(c).closure = undefined),
      (B(c).reason = undefined),
      child(c, 1).episodes.push({
        ...structuredClone(B(c)),
        referral: '2024-12-02',
        closure: undefined,
        reason: undefined,
        plans: [],
      })
    ),
  '8816': (c) =>
    void (
      (B(c).closure = undefined),
      (B(c).reason = undefined),
      child(c, 1).episodes.push({ ...structuredClone(C(c)), referral: '2025-01-06' })
    ),
  '8820': (c) =>
    void child(c, 1).episodes.push({
      ...structuredClone(C(c)),
      referral: '2024-07-01',
      closure: '2024-07-01',
    }),
  '8825Q': (c) => void (C(c).reason = 'RC8'),
  '8831': (c) =>
    void C(c).assessments.push({ start: '2024-09-01', end: '2024-09-01', factors: ['1C'] }),
  '8832': (c) =>
    void C(c).cpps.push({
      start: '2024-09-01',
      end: '2024-09-01',
      initial: 'NEG',
      latest: 'NEG',
      previous: 0,
      reviews: [],
    }),
  '8839': (c) => {
    A(c).s47 = [
      { start: '2024-04-12', notRequired: false },
      { start: '2024-04-15', notRequired: false },
    ];
    A(c).cpps = [];
  },
  '8840': (c) => void ((A(c).cpps[0] ?? { end: '' }).end = A(c).cpps[0]?.start),
  '8841': (c) => void ((A(c).cpps[0] ?? { reviews: [] }).reviews = [A(c).cpps[0]?.start ?? '']),
  '8842Q': (c) =>
    writeCinXml(c).replace(
      /<CPPreviewDate>[^<]*<\/CPPreviewDate>/,
      '<CPPreviewDate></CPPreviewDate>',
    ),
  '8863Q': (c) =>
    void B(c).assessments.push({ start: '2024-06-10', end: '2024-07-20', factors: ['1C'] }),
  '8866': (c) => void (B(c).source = '99'),
  '8867': (c) => void ((B(c).assessments[0] ?? { end: '' }).end = undefined),
  '8868': (c) => void B(c).s47.push({ start: '2024-06-03', notRequired: false }),
  '8869': (c) => void ((B(c).assessments[0] ?? { factors: [] }).factors = ['21', '1C']),
  '8870Q': (c) => void ((A(c).s47[0] ?? { target: '' }).target = '2024-04-27'),
  '8873Q': (c) => void ((B(c).assessments[0] ?? { factors: [] }).factors = ['21']),
  '8875': (c) => {
    const s47 = A(c).s47[0];
    const plan = A(c).cpps[0];
    if (s47 !== undefined) s47.conference = '2024-04-27';
    if (plan !== undefined) plan.start = '2024-04-27';
  },
  '8890': (c) =>
    void child(c, 0).episodes.push({
      ...structuredClone(C(c)),
      nfa: false,
      need: 'N1',
      s47: [{ start: '2024-04-15', notRequired: false }],
    }),
  '8896': (c) =>
    void (
      (B(c).closure = undefined),
      (B(c).reason = undefined),
      (B(c).assessments = [
        { start: '2024-06-02', factors: [] },
        { start: '2024-06-03', factors: [] },
      ])
    ),
  '8897Q': (c) => void ((B(c).assessments[0] ?? { factors: [] }).factors = []),
  '8898': (c) => void ((B(c).assessments[0] ?? { factors: [] }).factors = ['1C', '1C']),
  '8905': (c) => void ((A(c).cpps[0] ?? { initial: '' }).initial = 'XXX'),
  '8910': (c) => void ((A(c).cpps[0] ?? { latest: '' }).latest = 'XXX'),
  '8915': (c) => void (child(c, 0).death = '2024-04-20'),
  '8920': (c) => {
    child(c, 0).death = '2024-06-01';
    const plan = A(c).cpps[0];
    if (plan !== undefined) Object.assign(plan, { end: '2024-06-05', reviews: [] });
  },
  '8925': (c) => void ((A(c).cpps[0] ?? { end: '' }).end = '2024-04-20'),
  '8930': (c) => void ((A(c).cpps[0] ?? { end: '' }).end = '2025-04-20'),
  '8935': (c) =>
    void A(c).cpps.push({
      start: '2024-12-02',
      initial: 'NEG',
      latest: 'NEG',
      previous: 1,
      reviews: [],
    }),
  '8940': (c) =>
    void A(c).cpps.push({
      start: '2024-12-02',
      end: '2025-01-06',
      initial: 'NEG',
      latest: 'NEG',
      previous: 1,
      reviews: [],
    }),
  '8945Q': (c) => void ((B(c).assessments[0] ?? { factors: [] }).factors = ['18A']),
  '8950Q': (c) => void ((B(c).assessments[0] ?? { factors: [] }).factors = ['19A']),
};

const clean = codesIn(writeCinXml(census()));

/** Tells the coverage test (catalogue.test.ts) a rule has its tests. */
function describeRule(code: string, breakIt: Break): void {
  describe(`DfE CIN rule ${code}`, () => {
    it('is kept by the clean census', () => {
      expect(clean).not.toContain(code);
    });
    it('is broken by one change', () => {
      const c = census();
      const text = breakIt(c);
      expect(codesIn(typeof text === 'string' ? text : writeCinXml(c))).toContain(code);
    });
  });
}

it('the clean census breaks no rule', () => {
  expect(clean).toEqual([]);
});

for (const [code, breakIt] of Object.entries(BREAKS)) describeRule(code, breakIt);
