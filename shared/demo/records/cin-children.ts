/**
 * Synthetic children in need for a CIN census (the demo's, and the large
 * censuses the speed tests read), drawn so that a census of them breaks no
 * DfE rule: one episode open at most, each activity after the referral and
 * before the reference date, conferences on working days, a plan starting
 * on its conference's day, reviews after the plan starts.
 *
 * The shares follow the shape of DfE's "Characteristics of children in
 * need" statistics (https://www.gov.uk/government/collections/statistics-children-in-need):
 * about a quarter of referrals end with no further action, about one in
 * five are re-referrals within 12 months, most assessments are completed
 * within 45 working days, most initial conferences are held within 15
 * working days, and a few plans last 2 years or more. The figures are
 * rounded assumptions, not any council's.
 */
import { dayOf, isoOf } from '../../records/cin/dates';
import { codesFor } from '../../records/cin/codes';
import { upnCheckLetter } from '../../records/cin/dfe/upn';
import type {
  CinChildInput,
  CinCppInput,
  CinEpisodeInput,
  CinSex,
} from '../../records/cin/write-xml';
import {
  addWorkingDays,
  isWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from '../../util/working-days';
import type { Random, Weighted } from './random';

/** Who the child is: the same in the 903 where the child is also looked after. */
export type CinPerson = {
  readonly id: string;
  /** `YYYY-MM-DD`. */
  readonly birth: string;
  readonly sex: CinSex;
  readonly ethnicity: string;
  /** A UPN, or a UN reason code. */
  readonly upn: string;
};

/** What the census records of the child in the year. */
export type CinPath = 'nfa' | 'assessed' | 'need' | 'protection' | 'protection-ongoing';

export const CIN_PATHS: Weighted<CinPath> = [
  ['nfa', 26],
  ['assessed', 24],
  ['need', 30],
  ['protection', 13],
  ['protection-ongoing', 7],
];

const SOURCES: Weighted<string> = [
  ['1A', 8],
  ['1B', 3],
  ['2A', 4],
  ['2B', 2],
  ['3A', 14],
  ['3E', 3],
  ['4', 9],
  ['5A', 4],
  ['6', 3],
  ['7', 2],
  ['8', 1],
  ['9', 2],
  ['10', 1],
];

const NEEDS: Weighted<string> = [
  ['N1', 57],
  ['N2', 3],
  ['N3', 2],
  ['N4', 15],
  ['N5', 8],
  ['N6', 2],
  ['N7', 1],
  ['N8', 5],
  ['N9', 7],
];

/** The factors most often identified at assessment (domestic abuse, mental health, emotional abuse, neglect…). */
const FACTORS: Weighted<string> = [
  ['3A', 16],
  ['3B', 12],
  ['4B', 14],
  ['4A', 8],
  ['22A', 10],
  ['2B', 5],
  ['1B', 4],
  ['6A', 4],
  ['18B', 3],
  ['19B', 2],
  ['21', 3],
  ['8B', 3],
  ['5A', 2],
  ['24A', 2],
  ['10A', 2],
  ['14A', 1],
  ['16A', 1],
];

const ABUSE: Weighted<string> = [
  ['NEG', 50],
  ['EMO', 36],
  ['PHY', 7],
  ['SAB', 4],
  ['MUL', 3],
];

/** The census year's bounds (day numbers): 1 April to the 31 March reference date. */
export function censusDays(census: number): { start: number; end: number } {
  return { start: dayOf(`${census - 1}-04-01`) ?? 0, end: dayOf(`${census}-03-31`) ?? 0 };
}

function working(day: number): number {
  let at = day;
  while (!isWorkingDay(at)) at += 1;
  return at;
}

/** A person with no 903 record: born 0 to 17 years before the reference date. */
export function drawCinPerson(
  random: Random,
  census: number,
  serial: number,
  la: string,
): CinPerson {
  const { end } = censusDays(census);
  const birthDay = end - random.int(60, 17 * 365);
  const age = Math.floor((end - birthDay) / 365.25);
  const rest = `${la}${String(serial).padStart(8, '0')}0`;
  const upn = age < 5 ? 'UN1' : `${upnCheckLetter(`A${rest}`) ?? 'A'}${rest}`;
  return {
    id: `CIN${String(serial).padStart(6, '0')}`,
    birth: isoOf(birthDay),
    sex: random.chance(0.52) ? 'M' : 'F',
    ethnicity: random.weighted<string>([
      ['WBRI', 70],
      ['WOTH', 5],
      ['MWBC', 5],
      ['MOTH', 4],
      ['APKN', 3],
      ['BAFR', 4],
      ['BCRB', 2],
      ['AOTH', 2],
      ['OOTH', 3],
      ['NOBT', 2],
    ]),
    upn,
  };
}

/** Factors at assessment; `21` (no factors identified) only where the case then closes (DfE rule 8873Q). */
function factorsFor(random: Random, census: number, closes: boolean): string[] {
  const valid = new Set(codesFor('factor', census));
  if (closes && random.chance(0.1)) return ['21'];
  const chosen = new Set<string>();
  const count = random.int(1, 4);
  for (let at = 0; at < count * 2 && chosen.size < count; at += 1) {
    const code = random.weighted(FACTORS);
    if (code !== '21' && valid.has(code)) chosen.add(code);
  }
  // A completed assessment records its factors (DfE rule 8897Q).
  if (chosen.size === 0) chosen.add('4B');
  return [...chosen];
}

/**
 * An assessment from `from`: most authorised within 45 working days;
 * unfinished at the reference date if due after it, but never left open
 * for more than 45 working days (DfE rule 8670Q).
 */
function assessment(random: Random, census: number, from: number, end: number, closes = false) {
  const start = working(from);
  const took = random.chance(0.84) ? random.int(8, 45) : random.int(46, 90);
  let done = addWorkingDays(start, took);
  if (done > end && workingDaysBetween(start, end) > 40) done = previousWorkingDay(end);
  return {
    start,
    done: done <= end ? done : undefined,
    input: {
      start: isoOf(start),
      ...(done <= end ? { end: isoOf(done) } : {}),
      factors: done <= end ? factorsFor(random, census, closes) : [],
    },
  };
}

/** Reviews of a plan from `start` to `until`: the first within 3 months, then every 6 (a few late). */
function reviews(random: Random, start: number, until: number): string[] {
  const out: string[] = [];
  let next = start + random.int(60, 88);
  if (random.chance(0.1)) next += random.int(10, 40);
  while (next <= until) {
    const day = working(next);
    if (day > until) break;
    out.push(isoOf(day));
    next = day + (random.chance(0.08) ? random.int(185, 230) : random.int(150, 180));
  }
  return out;
}

/** A child protection plan starting on conference day `start`, lasting at least until `until`. */
function plan(
  random: Random,
  start: number,
  end: number,
  previous: number,
  until = start,
): CinCppInput {
  const long = random.chance(0.05);
  const lasts = Math.max(long ? random.int(731, 900) : random.int(90, 600), until - start + 30);
  const ends = start + lasts <= end ? working(start + lasts) : undefined;
  const initial = random.weighted(ABUSE);
  return {
    start: isoOf(start),
    ...(ends === undefined || ends > end ? {} : { end: isoOf(ends) }),
    initial,
    latest: random.chance(0.85) ? initial : random.weighted(ABUSE),
    previous,
    reviews: reviews(random, start, ends ?? end),
  };
}

/** About one child in ten disabled, some with more than one disability (DfE rules 2887Q, 2888Q expect a spread). */
function disabilitiesFor(random: Random, census: number): string[] {
  if (!random.chance(0.1)) return ['NONE'];
  const codes = codesFor('disability', census).filter((code) => code !== 'NONE');
  const chosen = new Set([random.pick(codes)]);
  if (random.chance(0.3)) chosen.add(random.pick(codes));
  return [...chosen];
}

type Built = { readonly episode: CinEpisodeInput; readonly closed: number | undefined };

function episodeFor(random: Random, census: number, path: CinPath, referral: number): Built {
  const { end } = censusDays(census);
  const source = random.weighted(SOURCES);
  if (path === 'nfa') {
    // RC8 and RC9 are for cases closed after an assessment (DfE rule 8825Q): an NFA referral has none.
    const episode = {
      referral: isoOf(referral),
      source,
      closure: isoOf(referral),
      reason: 'RC7',
      nfa: true,
    };
    return {
      episode: { ...episode, assessments: [], plans: [], s47: [], cpps: [] },
      closed: referral,
    };
  }
  const need = random.weighted(NEEDS);
  const base = { referral: isoOf(referral), source, need, nfa: false };
  if (path === 'protection-ongoing') {
    // Referred in an earlier year; the plan, begun then, goes on into this one.
    const conference = working(referral + random.int(10, 30));
    const cpp = plan(random, conference, end, random.chance(0.2) ? 1 : 0, censusDays(census).start);
    return {
      episode: { ...base, assessments: [], plans: [], s47: [], cpps: [cpp] },
      closed: undefined,
    };
  }
  const first = assessment(random, census, referral + random.int(0, 3), end, path === 'assessed');
  if (path === 'protection') {
    const s47 = working(first.start + random.int(0, 2));
    const withinTime = random.chance(0.8);
    const conference = addWorkingDays(s47, withinTime ? random.int(5, 15) : random.int(16, 30));
    if (conference > end) {
      return {
        episode: {
          ...base,
          assessments: [first.input],
          plans: [],
          s47: [{ start: isoOf(s47), notRequired: true }],
          cpps: [],
        },
        closed: undefined,
      };
    }
    const cpp = plan(random, conference, end, random.chance(0.22) ? random.int(1, 2) : 0);
    return {
      episode: {
        ...base,
        assessments: [first.input],
        plans: [],
        s47: [
          {
            start: isoOf(s47),
            target: isoOf(addWorkingDays(s47, 15)),
            conference: isoOf(conference),
            notRequired: false,
          },
        ],
        cpps: [cpp],
      },
      closed: undefined,
    };
  }
  if (path === 'assessed' || first.done === undefined) {
    const closed = first.done;
    return {
      episode: {
        ...base,
        ...(closed === undefined
          ? {}
          : { closure: isoOf(closed), reason: random.chance(0.6) ? 'RC8' : 'RC9' }),
        assessments: [first.input],
        plans: [],
        s47: [],
        cpps: [],
      },
      closed,
    };
  }
  const planStart = working(first.done + random.int(1, 10));
  const lasts = random.chance(0.15) ? random.int(366, 600) : random.int(60, 365);
  const planEnd = planStart + lasts;
  const closed = planEnd <= end && planStart <= end ? planEnd : undefined;
  return {
    episode: {
      ...base,
      ...(closed === undefined ? {} : { closure: isoOf(closed), reason: 'RC7' }),
      assessments: [first.input],
      plans:
        planStart > end
          ? []
          : [{ start: isoOf(planStart), ...(closed === undefined ? {} : { end: isoOf(closed) }) }],
      s47: [],
      cpps: [],
    },
    closed,
  };
}

/**
 * The census record of `person` for the census ending 31 March `census`:
 * `path` says what happened in the year; about one child in six is
 * re-referred within 12 months (an earlier referral in the year, closed with
 * no further action).
 */
export function drawCinChild(
  random: Random,
  census: number,
  person: CinPerson,
  path: CinPath = random.weighted(CIN_PATHS),
): CinChildInput {
  const { start, end } = censusDays(census);
  const birth = dayOf(person.birth) ?? start;
  // A plan begun in an earlier year needs a child born before it.
  if (path === 'protection-ongoing' && birth > start - 120) path = 'protection';
  const earliest = Math.max(start, birth + 1);
  const referral =
    path === 'protection-ongoing'
      ? Math.max(birth + 1, start - random.int(40, 700))
      : earliest + random.int(0, Math.max(0, end - 30 - earliest));
  const episodes: CinEpisodeInput[] = [];
  if (path !== 'protection-ongoing' && referral - start > 60 && random.chance(0.2)) {
    const earlier = Math.max(start, referral - random.int(30, 300), birth + 1);
    if (earlier < referral) episodes.push(episodeFor(random, census, 'nfa', earlier).episode);
  }
  episodes.push(episodeFor(random, census, path, referral).episode);
  const upn = person.upn.startsWith('UN') ? { upnUnknown: person.upn } : { upn: person.upn };
  const nfaOnly = episodes.every((episode) => episode.nfa);
  return {
    id: person.id,
    ...upn,
    birth: person.birth,
    sex: person.sex,
    ethnicity: person.ethnicity,
    disabilities: nfaOnly ? [] : disabilitiesFor(random, census),
    episodes,
  };
}
