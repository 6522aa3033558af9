/**
 * Reading 903 rows into the index's columns. Each reader names its columns
 * directly, so that rows built alike (as the 903 readers build them) are
 * read without looking columns up by name; each date is parsed once.
 */
import { OPEN, parseDay } from './dates';
import { addChild, childIds, type ChildIds } from './child-ids';
import { NO_DAY } from './columns';
import { PLACE_KIND, RNE, type DatedFill, type EpisodeFill } from './ssda903-columns';
import type { RecordRow } from './types';

type Cell = string | number | null | undefined;
type Values = RecordRow['values'];

/** A cell as trimmed text ('' for blank, null or absent). */
function cellText(value: Cell): string {
  if (typeof value !== 'string') return value === null || value === undefined ? '' : String(value);
  const last = value.length - 1;
  return last >= 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(last) <= 32)
    ? value.trim()
    : value;
}

function day(value: Cell): number | undefined {
  return typeof value === 'string' && value.length === 10
    ? parseDay(value)
    : parseDay(cellText(value));
}

/** Per-child facts gathered while reading (grown as children are met). */
export type ChildFacts = {
  readonly ids: string[];
  readonly table: ChildIds;
  readonly dob: number[];
  readonly dobRank: number[];
  readonly health: number[];
  readonly leaver: string[];
};

/** No children yet; room for about `expected` before the id table grows. */
export function childFacts(expected: number): ChildFacts {
  const table = childIds(expected);
  return { ids: table.ids, table, dob: [], dobRank: [], health: [], leaver: [] };
}

/** The index of child `id`, adding the child if new. */
export function childIndex(facts: ChildFacts, id: string): number {
  const index = addChild(facts.table, id);
  if (index === facts.dob.length) {
    facts.dob.push(NO_DAY);
    facts.dobRank.push(0);
    facts.health.push(0);
    facts.leaver.push('');
  }
  return index;
}

/** Keeps the best DOB: Header's over other tables', then the earliest. */
export function noteDob(facts: ChildFacts, child: number, dob: number, rank: number): void {
  const held = facts.dobRank[child] ?? 0;
  if (rank > held || (rank === held && dob < (facts.dob[child] ?? NO_DAY))) {
    facts.dob[child] = dob;
    facts.dobRank[child] = rank;
  }
}

function dobFrom(facts: ChildFacts, child: number, value: Cell, rank: number): void {
  if ((facts.dobRank[child] ?? 0) > rank) return;
  const dob = day(value);
  if (dob !== undefined) noteDob(facts, child, dob, rank);
}

/** The RNE code of a reason for new episode (`S`, `L`, `P`, `B`, `T`, `U`). */
function rneCode(rne: string): number {
  if (rne.length !== 1) return RNE.other;
  switch (rne) {
    case 'S':
      return RNE.S;
    case 'L':
      return RNE.L;
    case 'P':
      return RNE.P;
    case 'B':
      return RNE.B;
    case 'T':
      return RNE.T;
    case 'U':
      return RNE.U;
    default:
      return RNE.other;
  }
}

/** 1–6 for PR0–PR5, 0 otherwise. */
function providerCode(provider: string): number {
  if (provider.length !== 3 || provider.charCodeAt(0) !== 80 || provider.charCodeAt(1) !== 82) {
    return 0;
  }
  const digit = provider.charCodeAt(2) - 48;
  return digit >= 0 && digit <= 5 ? digit + 1 : 0;
}

function placeKind(place: string): number {
  if (place.length !== 2) return PLACE_KIND.other;
  const digit = place.charCodeAt(1) - 48;
  if (place[0] === 'T' && digit >= 0 && digit <= 4) return PLACE_KIND.temporary;
  if (place[0] === 'A' && digit >= 3 && digit <= 6) return PLACE_KIND.adoption;
  return PLACE_KIND.other;
}

/** The tables the indicators read, filled row by row; false means the row was left out. */
export type Fills = {
  readonly facts: ChildFacts;
  /** The last row's CHILD and its index (-1 for none): a table lists each child's rows together. */
  lastId: string;
  lastChild: number;
  readonly episodes: EpisodeFill;
  readonly reviews: DatedFill;
  readonly away: DatedFill;
  readonly workers: DatedFill;
};

/** Adds one row of a table to `fills`; false when it has no CHILD or no usable date. */
export type RowReader = (fills: Fills, values: Values) => boolean;

/**
 * The index of the row's child (-1 when CHILD is blank). Tables usually list
 * children in the same order, skipping some: after the last row's child, the
 * next few are tried before the hash table. Each reader reads `values.CHILD`
 * itself, so that every property read sees one table's rows only.
 */
function rowChild(fills: Fills, value: Cell): number {
  const id = cellText(value);
  if (id === fills.lastId && fills.lastChild >= 0) return fills.lastChild;
  fills.lastId = id;
  if (id === '') {
    fills.lastChild = -1;
    return -1;
  }
  const ids = fills.facts.ids;
  const after = fills.lastChild;
  const stop = Math.min(ids.length, after + 9);
  for (let next = after + 1; next < stop; next += 1) {
    if (ids[next] === id) {
      fills.lastChild = next;
      return next;
    }
  }
  fills.lastChild = childIndex(fills.facts, id);
  return fills.lastChild;
}

const flag = (value: Cell): number => (cellText(value) === '1' ? 1 : 0);

/** The reader of each table the indicators use. */
export const READERS = {
  Header: (fills, values) => {
    const child = rowChild(fills, values.CHILD);
    if (child < 0) return false;
    dobFrom(fills.facts, child, values.DOB, 2);
    return true;
  },
  Episodes: (fills, values) => {
    const child = rowChild(fills, values.CHILD);
    if (child < 0) return false;
    const start = day(values.DECOM);
    const dec = cellText(values.DEC);
    const end = dec === '' ? OPEN : parseDay(dec);
    if (start === undefined || end === undefined) return false;
    const to = fills.episodes;
    const at = to.count;
    const place = cellText(values.PLACE);
    const ls = cellText(values.LS);
    to.child[at] = child;
    to.start[at] = start;
    to.end[at] = end;
    to.rne[at] = rneCode(cellText(values.RNE));
    to.shortBreak[at] = ls === 'V3' || ls === 'V4' ? 1 : 0;
    to.placeKind[at] = placeKind(place);
    to.provider[at] = providerCode(cellText(values.PLACE_PROVIDER));
    to.place[at] = place;
    to.urn[at] = cellText(values.URN);
    to.postcode[at] = cellText(values.PL_POST);
    to.count = at + 1;
    return true;
  },
  Reviews: (fills, values) => {
    const child = rowChild(fills, values.CHILD);
    if (child < 0) return false;
    const review = day(values.REVIEW);
    if (review === undefined) return false;
    const to = fills.reviews;
    to.child[to.count] = child;
    to.day[to.count] = review;
    to.count += 1;
    dobFrom(fills.facts, child, values.DOB, 1);
    return true;
  },
  Missing: (fills, values) => {
    const child = rowChild(fills, values.CHILD);
    if (child < 0) return false;
    const start = day(values.MIS_START);
    const kind = cellText(values.MISSING).toUpperCase();
    if (start === undefined || (kind !== 'M' && kind !== 'A')) return false;
    const to = fills.away;
    to.child[to.count] = child;
    to.day[to.count] = start;
    to.flag[to.count] = kind === 'A' ? 1 : 0;
    to.count += 1;
    dobFrom(fills.facts, child, values.DOB, 1);
    return true;
  },
  SW_Episodes: (fills, values) => {
    const child = rowChild(fills, values.CHILD);
    if (child < 0) return false;
    const start = day(values.SW_DECOM);
    if (start === undefined) return false;
    const to = fills.workers;
    to.child[to.count] = child;
    to.day[to.count] = start;
    to.text[to.count] = cellText(values.SW_ID);
    to.count += 1;
    return true;
  },
  OC2: (fills, values) => {
    const child = rowChild(fills, values.CHILD);
    if (child < 0) return false;
    const answers =
      1 +
      flag(values.HEALTH_CHECK) +
      2 * flag(values.IMMUNISATIONS) +
      4 * flag(values.TEETH_CHECK) +
      8 * flag(values.HEALTH_ASSESSMENT);
    const held = fills.facts.health[child] ?? 0;
    // Two OC2 rows for one child: keep the smaller code, whatever their order.
    if (held === 0 || answers < held) fills.facts.health[child] = answers;
    dobFrom(fills.facts, child, values.DOB, 1);
    return true;
  },
  OC3: (fills, values) => {
    const child = rowChild(fills, values.CHILD);
    if (child < 0) return false;
    const inTouch = cellText(values.IN_TOUCH).toUpperCase();
    const activity = cellText(values.ACTIV).toUpperCase();
    const accommodation = cellText(values.ACCOM).toUpperCase();
    // The XML return gives every child OC3 fields; a child with none is not a care leaver.
    if (inTouch === '' && activity === '' && accommodation === '') return true;
    const key = `${inTouch}|${activity}|${accommodation}`;
    const held = fills.facts.leaver[child] ?? '';
    if (held === '' || key < held) fills.facts.leaver[child] = key;
    dobFrom(fills.facts, child, values.DOB, 1);
    return true;
  },
} satisfies Record<string, RowReader>;
