/**
 * A small CIN census, hand-built for a census year, that breaks no schema
 * check and no DfE rule: three children (one on a child protection plan,
 * one with a CIN plan, one referral with no further action). Tests change
 * one thing in it to break one rule.
 */
import type { CinCensusInput, CinChildInput } from '../../../../../shared/records/cin/write-xml';
import { upnCheckLetter } from '../../../../../shared/records/cin/dfe/upn';
import { dayOf, isoOf, weekdayOf } from '../../../../../shared/records/cin/dates';

/** A valid UPN for LA 201 with the serial `digits` (8 digits). */
export function upnFor(digits: string): string {
  const body = `X201${digits}0`;
  return `${upnCheckLetter(body) ?? 'A'}${body.slice(1)}`;
}

/** `iso` moved on to the next Monday when it is a weekend. */
export function weekday(iso: string): string {
  let day = dayOf(iso) ?? 0;
  while (weekdayOf(day) === 0 || weekdayOf(day) === 6) day += 1;
  return isoOf(day);
}

export function cleanCensus(census: number): CinCensusInput {
  const y = census - 1;
  const conference = weekday(`${y}-04-25`);
  const review = weekday(isoOf((dayOf(conference) ?? 0) + 90));
  const a: CinChildInput = {
    id: 'A1',
    upn: upnFor('00000001'),
    birth: `${census - 10}-06-15`,
    sex: 'F',
    ethnicity: 'WBRI',
    disabilities: ['MOB', 'HAND', 'PC', 'INC'],
    episodes: [
      {
        referral: `${y}-04-10`,
        source: '1A',
        need: 'N1',
        nfa: false,
        assessments: [{ start: `${y}-04-11`, end: `${y}-05-20`, factors: ['2A', '3A'] }],
        plans: [],
        s47: [{ start: `${y}-04-12`, conference, notRequired: false }],
        cpps: [
          { start: conference, initial: 'NEG', latest: 'NEG', previous: 0, reviews: [review] },
        ],
      },
    ],
  };
  const b: CinChildInput = {
    id: 'B2',
    upn: upnFor('00000002'),
    birth: `${census - 8}-02-10`,
    sex: 'M',
    ethnicity: 'MWBC',
    disabilities: ['COMM', 'LD', 'HEAR', 'VIS'],
    episodes: [
      {
        referral: `${y}-06-01`,
        source: '5A',
        need: 'N2',
        closure: `${y}-12-01`,
        reason: 'RC7',
        nfa: false,
        assessments: [{ start: `${y}-06-02`, end: `${y}-07-10`, factors: ['1C'] }],
        plans: [{ start: `${y}-07-15`, end: `${y}-12-01` }],
        s47: [],
        cpps: [],
      },
    ],
  };
  const c: CinChildInput = {
    id: 'C3',
    upnUnknown: 'UN1',
    birth: `${census - 3}-01-01`,
    sex: 'F',
    ethnicity: 'ABAN',
    disabilities: ['NONE'],
    episodes: [
      {
        referral: `${y}-09-01`,
        source: '9',
        closure: `${y}-09-01`,
        reason: 'RC7',
        nfa: true,
        assessments: [],
        plans: [],
        s47: [],
        cpps: [],
      },
    ],
  };
  return { census, la: '201', children: [a, b, c] };
}
