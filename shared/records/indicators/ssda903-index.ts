/**
 * The 903 rows of one scope, indexed once by CHILD with every date parsed to
 * a day number, so that each indicator is one pass over the children.
 *
 * Rows that say the same thing twice are counted once: episodes by DECOM,
 * reviews by date, missing episodes by kind and start, social worker
 * episodes by start and worker, one OC2/OC3/Header row per child. Where two
 * rows share a key but differ, the one that sorts first on its other fields
 * is kept, so the result never depends on row or source order.
 */
import { OPEN, parseDay } from './dates';
import type { RecordRow, Ssda903TableName } from './types';

/** One episode of care (903 Episodes row). */
export type Episode = {
  readonly start: number;
  /** DEC, or {@link OPEN}. */
  readonly end: number;
  readonly rne: string;
  readonly ls: string;
  readonly place: string;
  readonly provider: string;
  readonly urn: string;
  readonly postcode: string;
};

/** A missing (M) or absent (A) episode. */
export type AwayEpisode = { readonly absent: boolean; readonly start: number };

/** A social worker episode (903 SW_Episodes, collected from 2023-24). */
export type WorkerEpisode = { readonly start: number; readonly worker: string };

/** A child's OC2 answers (1 = yes). */
export type HealthAnswers = {
  readonly healthCheck: boolean;
  readonly immunisations: boolean;
  readonly teethCheck: boolean;
  readonly healthAssessment: boolean;
  readonly key: string;
};

/** A care leaver's OC3 answers, as coded. */
export type LeaverAnswers = {
  readonly inTouch: string;
  readonly activity: string;
  readonly accommodation: string;
  readonly key: string;
};

/** Everything one scope's 903 rows say about one child. */
export type ChildRecord = {
  dob: number | undefined;
  /** True once a Header row gave the DOB (other tables' DOB is only a fallback). */
  dobFromHeader: boolean;
  episodes: Episode[];
  reviews: number[];
  away: AwayEpisode[];
  workers: WorkerEpisode[];
  health: HealthAnswers | undefined;
  leaver: LeaverAnswers | undefined;
  /** Per-year analysis, cached by child-year.ts for scopes sharing this record. */
  cache: unknown;
};

/** One scope's 903 records. */
export type Ssda903Index = {
  readonly children: Map<string, ChildRecord>;
  /** The tables imported for the scope (present, even if empty). */
  readonly tables: ReadonlySet<Ssda903TableName>;
  /** Rows left out (no CHILD or no usable date), by table. */
  readonly skipped: ReadonlyMap<Ssda903TableName, number>;
};

type Values = RecordRow['values'];

function text(values: Values, column: string): string {
  const value = values[column];
  return typeof value === 'string'
    ? value
    : value === null || value === undefined
      ? ''
      : String(value);
}

function blankRecord(): ChildRecord {
  return {
    dob: undefined,
    dobFromHeader: false,
    episodes: [],
    reviews: [],
    away: [],
    workers: [],
    health: undefined,
    leaver: undefined,
    cache: undefined,
  };
}

/** The one of two records that sorts first by key (an order-free choice). */
export function smaller<T extends { readonly key: string }>(a: T | undefined, b: T): T {
  return a === undefined || b.key < a.key ? b : a;
}

function compareEpisodes(a: Episode, b: Episode): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  const left = `${a.rne}|${a.ls}|${a.place}|${a.provider}|${a.urn}|${a.postcode}`;
  const right = `${b.rne}|${b.ls}|${b.place}|${b.provider}|${b.urn}|${b.postcode}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

function uniqueBy<T>(items: T[], compare: (a: T, b: T) => number, same: (a: T, b: T) => boolean) {
  if (items.length < 2) return items;
  items.sort(compare);
  const kept: T[] = [];
  for (const item of items) {
    const last = kept[kept.length - 1];
    if (last === undefined || !same(last, item)) kept.push(item);
  }
  return kept;
}

/** Sorts a record's lists and drops duplicates (idempotent). */
export function settle(record: ChildRecord): void {
  record.episodes = uniqueBy(record.episodes, compareEpisodes, (a, b) => a.start === b.start);
  record.reviews = uniqueBy(
    record.reviews,
    (a, b) => a - b,
    (a, b) => a === b,
  );
  record.away = uniqueBy(
    record.away,
    (a, b) => a.start - b.start || Number(a.absent) - Number(b.absent),
    (a, b) => a.start === b.start && a.absent === b.absent,
  );
  record.workers = uniqueBy(
    record.workers,
    (a, b) => a.start - b.start || (a.worker < b.worker ? -1 : a.worker > b.worker ? 1 : 0),
    (a, b) => a.start === b.start && a.worker === b.worker,
  );
}

type Builder = {
  readonly children: Map<string, ChildRecord>;
  readonly skipped: Map<Ssda903TableName, number>;
};

function skip(builder: Builder, table: Ssda903TableName): void {
  builder.skipped.set(table, (builder.skipped.get(table) ?? 0) + 1);
}

function recordOf(builder: Builder, child: string): ChildRecord {
  let record = builder.children.get(child);
  if (record === undefined) {
    record = blankRecord();
    builder.children.set(child, record);
  }
  return record;
}

/** Takes DOB from a Header row (the smallest if they differ), or from another table when Header has none. */
function noteDob(record: ChildRecord, values: Values, fromHeader: boolean): void {
  if (record.dobFromHeader && !fromHeader) return;
  const dob = parseDay(text(values, 'DOB'));
  if (dob === undefined) return;
  if (fromHeader && !record.dobFromHeader) {
    record.dob = dob;
    record.dobFromHeader = true;
  } else if (record.dob === undefined || dob < record.dob) {
    record.dob = dob;
  }
}

type RowReader = (builder: Builder, record: ChildRecord, values: Values) => boolean;

const flag = (values: Values, column: string): boolean => text(values, column).trim() === '1';

/** How each table's rows add to a child's record; false means the row was left out. */
const READERS: Partial<Record<Ssda903TableName, RowReader>> = {
  Header: (_builder, record, values) => {
    noteDob(record, values, true);
    return true;
  },
  Episodes: (_builder, record, values) => {
    const start = parseDay(text(values, 'DECOM'));
    const decText = text(values, 'DEC').trim();
    const end = decText === '' ? OPEN : parseDay(decText);
    if (start === undefined || end === undefined) return false;
    record.episodes.push({
      start,
      end,
      rne: text(values, 'RNE').trim(),
      ls: text(values, 'LS').trim(),
      place: text(values, 'PLACE').trim(),
      provider: text(values, 'PLACE_PROVIDER').trim(),
      urn: text(values, 'URN').trim(),
      postcode: text(values, 'PL_POST').trim(),
    });
    return true;
  },
  Reviews: (_builder, record, values) => {
    const review = parseDay(text(values, 'REVIEW'));
    if (review === undefined) return false;
    record.reviews.push(review);
    noteDob(record, values, false);
    return true;
  },
  Missing: (_builder, record, values) => {
    const start = parseDay(text(values, 'MIS_START'));
    const kind = text(values, 'MISSING').trim().toUpperCase();
    if (start === undefined || (kind !== 'M' && kind !== 'A')) return false;
    record.away.push({ absent: kind === 'A', start });
    noteDob(record, values, false);
    return true;
  },
  SW_Episodes: (_builder, record, values) => {
    const start = parseDay(text(values, 'SW_DECOM'));
    if (start === undefined) return false;
    record.workers.push({ start, worker: text(values, 'SW_ID').trim() });
    return true;
  },
  OC2: (_builder, record, values) => {
    const answers = {
      healthCheck: flag(values, 'HEALTH_CHECK'),
      immunisations: flag(values, 'IMMUNISATIONS'),
      teethCheck: flag(values, 'TEETH_CHECK'),
      healthAssessment: flag(values, 'HEALTH_ASSESSMENT'),
    };
    const key = `${+answers.healthCheck}${+answers.immunisations}${+answers.teethCheck}${+answers.healthAssessment}`;
    record.health = smaller(record.health, { ...answers, key });
    noteDob(record, values, false);
    return true;
  },
  OC3: (_builder, record, values) => {
    const inTouch = text(values, 'IN_TOUCH').trim().toUpperCase();
    const activity = text(values, 'ACTIV').trim().toUpperCase();
    const accommodation = text(values, 'ACCOM').trim().toUpperCase();
    // The XML return gives every child OC3 fields; a child with none is not a care leaver.
    if (inTouch === '' && activity === '' && accommodation === '') return true;
    const key = `${inTouch}|${activity}|${accommodation}`;
    record.leaver = smaller(record.leaver, { inTouch, activity, accommodation, key });
    noteDob(record, values, false);
    return true;
  },
};

/** Header first, so that its DOB wins over the other tables'. */
const TABLE_ORDER: readonly Ssda903TableName[] = [
  'Header',
  'Episodes',
  'Reviews',
  'Missing',
  'SW_Episodes',
  'OC2',
  'OC3',
];

/** The tables of any 903 name, so that an imported-but-unused table still counts as imported. */
const ALL_TABLES: readonly Ssda903TableName[] = [
  ...TABLE_ORDER,
  'UASC',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'DoLo',
];

/** Indexes the 903 tables of one scope (several sources' tables are pooled). */
export function indexSsda903(
  sources: readonly Readonly<Partial<Record<Ssda903TableName, readonly RecordRow[]>>>[],
): Ssda903Index {
  const builder: Builder = { children: new Map(), skipped: new Map() };
  const tables = new Set<Ssda903TableName>();
  for (const table of ALL_TABLES) {
    const reader = READERS[table];
    for (const source of sources) {
      const rows = source[table];
      if (rows === undefined) continue;
      tables.add(table);
      if (reader === undefined) continue;
      for (const { values } of rows) {
        const child = text(values, 'CHILD').trim();
        if (child === '') {
          skip(builder, table);
          continue;
        }
        if (!reader(builder, recordOf(builder, child), values)) skip(builder, table);
      }
    }
  }
  for (const record of builder.children.values()) settle(record);
  return { children: builder.children, tables, skipped: builder.skipped };
}
