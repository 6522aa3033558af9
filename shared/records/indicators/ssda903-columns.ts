/**
 * The 903 index's tables as columns (see columns.ts), and how a table being
 * filled is grouped by child once it is complete.
 *
 * Rows that say the same thing twice are kept once: episodes by DECOM,
 * reviews by date, missing episodes by kind and start, social worker
 * episodes by start and worker. Where two episodes share a DECOM but differ,
 * the one that sorts first on its other fields is kept, so the result never
 * depends on row or source order.
 */
import { gatherByte, gatherInt, gatherText, groupByChild } from './columns';
import type { Ssda903TableName } from './types';

/** RNE codes: `S` starts a period, `L` changes legal status only, the rest change placement. */
export const RNE = { other: 0, S: 1, L: 2, P: 3, B: 4, T: 5, U: 6 } as const;

/** PLACE kinds: temporary placements (T0–T4) and adoptive placements (A3–A6). */
export const PLACE_KIND = { other: 0, temporary: 1, adoption: 2 } as const;

/** Episodes (903 Episodes rows), one column per field; `provider` is 1–6 for PR0–PR5, 0 otherwise. */
export type EpisodeTable = {
  readonly first: Int32Array;
  readonly child: Int32Array;
  readonly start: Int32Array;
  /** DEC, or `OPEN` (dates.ts). */
  readonly end: Int32Array;
  readonly rne: Uint8Array;
  readonly shortBreak: Uint8Array;
  readonly placeKind: Uint8Array;
  readonly provider: Uint8Array;
  readonly place: readonly string[];
  readonly urn: readonly string[];
  readonly postcode: readonly string[];
};

/** Dated items: reviews, missing/absent episodes (`flag` 1 = absent), social worker episodes (`text` = SW_ID). */
export type DatedTable = {
  readonly first: Int32Array;
  readonly child: Int32Array;
  readonly day: Int32Array;
  readonly flag: Uint8Array;
  readonly text: readonly string[];
};

/** One scope's 903 records, by child index (`ids[c]` is child `c`'s CHILD). */
export type Ssda903Index = {
  readonly ids: readonly string[];
  /** DOB as a day number, or `NO_DAY`. */
  readonly dob: readonly number[];
  /** 2 when DOB came from Header, 1 from another table, 0 when unknown. */
  readonly dobRank: readonly number[];
  readonly episodes: EpisodeTable;
  readonly reviews: DatedTable;
  readonly away: DatedTable;
  readonly workers: DatedTable;
  /** OC2: 0 for no row, else 1 + bits (1 health check, 2 immunisations, 4 teeth, 8 health assessment). */
  readonly health: readonly number[];
  /** OC3: `IN_TOUCH|ACTIV|ACCOM`, or '' for no row. */
  readonly leaver: readonly string[];
  /** The tables imported for the scope (present, even if empty). */
  readonly tables: ReadonlySet<Ssda903TableName>;
  /** Rows left out (no CHILD or no usable date), by table. */
  readonly skipped: ReadonlyMap<Ssda903TableName, number>;
};

/** A table being filled: fixed capacity, `count` used. */
export type EpisodeFill = {
  count: number;
  readonly child: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly rne: Uint8Array;
  readonly shortBreak: Uint8Array;
  readonly placeKind: Uint8Array;
  readonly provider: Uint8Array;
  readonly place: string[];
  readonly urn: string[];
  readonly postcode: string[];
};

/** A dated table being filled. */
export type DatedFill = {
  count: number;
  readonly child: Int32Array;
  readonly day: Int32Array;
  readonly flag: Uint8Array;
  readonly text: string[];
};

/** An empty episode table with room for `capacity` rows. */
export function episodeFill(capacity: number): EpisodeFill {
  return {
    count: 0,
    child: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    rne: new Uint8Array(capacity),
    shortBreak: new Uint8Array(capacity),
    placeKind: new Uint8Array(capacity),
    provider: new Uint8Array(capacity),
    place: Array<string>(capacity).fill(''),
    urn: Array<string>(capacity).fill(''),
    postcode: Array<string>(capacity).fill(''),
  };
}

/** An empty dated table with room for `capacity` rows (and texts, when `withText`). */
export function datedFill(capacity: number, withText: boolean): DatedFill {
  return {
    count: 0,
    child: new Int32Array(capacity),
    day: new Int32Array(capacity),
    flag: new Uint8Array(capacity),
    text: withText ? Array<string>(capacity).fill('') : [],
  };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Groups a filled episode table by child (`childCount` children). */
export function finishEpisodes(fill: EpisodeFill, childCount: number): EpisodeTable {
  const { start, end } = fill;
  // Same DECOM: order by the other fields, field by field (no strings built).
  const rest = (x: number, y: number): number =>
    (fill.rne[x] ?? 0) - (fill.rne[y] ?? 0) ||
    (fill.shortBreak[x] ?? 0) - (fill.shortBreak[y] ?? 0) ||
    (fill.provider[x] ?? 0) - (fill.provider[y] ?? 0) ||
    compareText(fill.place[x] ?? '', fill.place[y] ?? '') ||
    compareText(fill.urn[x] ?? '', fill.urn[y] ?? '') ||
    compareText(fill.postcode[x] ?? '', fill.postcode[y] ?? '');
  const { order, first, unchanged } = groupByChild(
    fill.child,
    fill.count,
    childCount,
    (a, b) => (start[a] ?? 0) - (start[b] ?? 0) || (end[a] ?? 0) - (end[b] ?? 0) || rest(a, b),
    (a, b) => start[a] === start[b],
  );
  if (unchanged) {
    const used = fill.count;
    return {
      first,
      child: fill.child.subarray(0, used),
      start: start.subarray(0, used),
      end: end.subarray(0, used),
      rne: fill.rne.subarray(0, used),
      shortBreak: fill.shortBreak.subarray(0, used),
      placeKind: fill.placeKind.subarray(0, used),
      provider: fill.provider.subarray(0, used),
      place: fill.place,
      urn: fill.urn,
      postcode: fill.postcode,
    };
  }
  return {
    first,
    child: gatherInt(fill.child, order),
    start: gatherInt(start, order),
    end: gatherInt(end, order),
    rne: gatherByte(fill.rne, order),
    shortBreak: gatherByte(fill.shortBreak, order),
    placeKind: gatherByte(fill.placeKind, order),
    provider: gatherByte(fill.provider, order),
    place: gatherText(fill.place, order),
    urn: gatherText(fill.urn, order),
    postcode: gatherText(fill.postcode, order),
  };
}

/** Groups a filled dated table by child; items with the same day, flag and text are kept once. */
export function finishDated(fill: DatedFill, childCount: number): DatedTable {
  const { day, flag, text } = fill;
  const { order, first, unchanged } = groupByChild(
    fill.child,
    fill.count,
    childCount,
    (a, b) =>
      (day[a] ?? 0) - (day[b] ?? 0) ||
      (flag[a] ?? 0) - (flag[b] ?? 0) ||
      compareText(text[a] ?? '', text[b] ?? ''),
    (a, b) => day[a] === day[b] && flag[a] === flag[b] && text[a] === text[b],
  );
  if (unchanged) {
    const used = fill.count;
    return {
      first,
      child: fill.child.subarray(0, used),
      day: day.subarray(0, used),
      flag: flag.subarray(0, used),
      text,
    };
  }
  return {
    first,
    child: gatherInt(fill.child, order),
    day: gatherInt(day, order),
    flag: gatherByte(flag, order),
    text: text.length === 0 ? [] : gatherText(text, order),
  };
}
