/**
 * The 903 rows of one scope, indexed once by CHILD with every date parsed to
 * a day number, so that each indicator is one pass over the children; and
 * the council's index, pooling every scope's with each child once.
 */
import {
  datedFill,
  episodeFill,
  finishDated,
  finishEpisodes,
  type DatedFill,
  type DatedTable,
  type EpisodeFill,
  type EpisodeTable,
  type Ssda903Index,
} from './ssda903-columns';
import {
  childFacts,
  childIndex,
  noteDob,
  READERS,
  type ChildFacts,
  type Fills,
} from './ssda903-rows';
import type { RecordRow, Ssda903TableName } from './types';

/** Header first, so that its DOB is read before the other tables'. */
const READ_ORDER = [
  'Header',
  'Episodes',
  'Reviews',
  'Missing',
  'SW_Episodes',
  'OC2',
  'OC3',
] as const;

/** Tables the indicators do not read still count as imported. */
const OTHER_TABLES: readonly Ssda903TableName[] = [
  'UASC',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'DoLo',
];

type SourceTables = Readonly<Partial<Record<Ssda903TableName, readonly RecordRow[]>>>;

function rowCount(sources: readonly SourceTables[], table: Ssda903TableName): number {
  let count = 0;
  for (const source of sources) count += source[table]?.length ?? 0;
  return count;
}

function finish(
  facts: ChildFacts,
  fills: Fills,
  tables: ReadonlySet<Ssda903TableName>,
  skipped: ReadonlyMap<Ssda903TableName, number>,
): Ssda903Index {
  const childCount = facts.ids.length;
  return {
    ids: facts.ids,
    dob: facts.dob,
    dobRank: facts.dobRank,
    health: facts.health,
    leaver: facts.leaver,
    episodes: finishEpisodes(fills.episodes, childCount),
    reviews: finishDated(fills.reviews, childCount),
    away: finishDated(fills.away, childCount),
    workers: finishDated(fills.workers, childCount),
    tables,
    skipped,
  };
}

/** Indexes the 903 tables of one scope (several sources' tables are pooled). */
export function indexSsda903(sources: readonly SourceTables[]): Ssda903Index {
  const facts = childFacts(Math.max(rowCount(sources, 'Header'), rowCount(sources, 'OC2')));
  const fills: Fills = {
    facts,
    lastId: '',
    lastChild: -1,
    episodes: episodeFill(rowCount(sources, 'Episodes')),
    reviews: datedFill(rowCount(sources, 'Reviews'), false),
    away: datedFill(rowCount(sources, 'Missing'), false),
    workers: datedFill(rowCount(sources, 'SW_Episodes'), true),
  };
  const tables = new Set<Ssda903TableName>();
  const skipped = new Map<Ssda903TableName, number>();
  for (const table of READ_ORDER) {
    const reader = READERS[table];
    let left = 0;
    for (const source of sources) {
      const rows = source[table];
      if (rows === undefined) continue;
      tables.add(table);
      fills.lastId = '';
      fills.lastChild = -1;
      for (const { values } of rows) if (!reader(fills, values)) left += 1;
    }
    if (left > 0) skipped.set(table, left);
  }
  for (const table of OTHER_TABLES) {
    if (sources.some((source) => source[table] !== undefined)) tables.add(table);
  }
  return finish(facts, fills, tables, skipped);
}

function copyEpisodes(into: EpisodeFill, from: EpisodeTable, map: Int32Array): void {
  for (let item = 0; item < from.start.length; item += 1) {
    const at = into.count;
    into.child[at] = map[from.child[item] ?? 0] ?? 0;
    into.start[at] = from.start[item] ?? 0;
    into.end[at] = from.end[item] ?? 0;
    into.rne[at] = from.rne[item] ?? 0;
    into.shortBreak[at] = from.shortBreak[item] ?? 0;
    into.placeKind[at] = from.placeKind[item] ?? 0;
    into.provider[at] = from.provider[item] ?? 0;
    into.place[at] = from.place[item] ?? '';
    into.urn[at] = from.urn[item] ?? '';
    into.postcode[at] = from.postcode[item] ?? '';
    into.count = at + 1;
  }
}

function copyDated(into: DatedFill, from: DatedTable, map: Int32Array): void {
  for (let item = 0; item < from.day.length; item += 1) {
    const at = into.count;
    into.child[at] = map[from.child[item] ?? 0] ?? 0;
    into.day[at] = from.day[item] ?? 0;
    into.flag[at] = from.flag[item] ?? 0;
    if (from.text.length > 0) into.text[at] = from.text[item] ?? '';
    into.count = at + 1;
  }
}

/**
 * The union of several scopes' indexes, each child once: a child's items
 * from every scope are pooled and de-duplicated as one scope's are; OC2/OC3
 * answers and DOB are chosen by the same order-free rules.
 */
export function mergeIndexes(indexes: readonly Ssda903Index[]): Ssda903Index {
  const holding = indexes.filter((index) => index.ids.length > 0);
  const only = holding.length === 1 ? holding[0] : undefined;
  if (only !== undefined) {
    const tables = new Set(indexes.flatMap((index) => [...index.tables]));
    const skipped = new Map<Ssda903TableName, number>();
    for (const index of indexes) {
      for (const [table, count] of index.skipped) {
        skipped.set(table, (skipped.get(table) ?? 0) + count);
      }
    }
    return { ...only, tables, skipped };
  }
  const facts = childFacts(indexes.reduce((total, index) => total + index.ids.length, 0));
  const sum = (size: (index: Ssda903Index) => number): number =>
    indexes.reduce((total, index) => total + size(index), 0);
  const fills: Fills = {
    facts,
    lastId: '',
    lastChild: -1,
    episodes: episodeFill(sum((index) => index.episodes.start.length)),
    reviews: datedFill(
      sum((index) => index.reviews.day.length),
      false,
    ),
    away: datedFill(
      sum((index) => index.away.day.length),
      false,
    ),
    workers: datedFill(
      sum((index) => index.workers.day.length),
      true,
    ),
  };
  const tables = new Set<Ssda903TableName>();
  const skipped = new Map<Ssda903TableName, number>();
  for (const index of indexes) {
    for (const table of index.tables) tables.add(table);
    for (const [table, count] of index.skipped)
      skipped.set(table, (skipped.get(table) ?? 0) + count);
    const map = new Int32Array(index.ids.length);
    index.ids.forEach((id, local) => {
      const child = childIndex(facts, id);
      map[local] = child;
      const rank = index.dobRank[local] ?? 0;
      if (rank > 0) noteDob(facts, child, index.dob[local] ?? 0, rank);
      const health = index.health[local] ?? 0;
      const heldHealth = facts.health[child] ?? 0;
      if (health > 0 && (heldHealth === 0 || health < heldHealth)) facts.health[child] = health;
      const leaver = index.leaver[local] ?? '';
      const heldLeaver = facts.leaver[child] ?? '';
      if (leaver !== '' && (heldLeaver === '' || leaver < heldLeaver)) facts.leaver[child] = leaver;
    });
    copyEpisodes(fills.episodes, index.episodes, map);
    copyDated(fills.reviews, index.reviews, map);
    copyDated(fills.away, index.away, map);
    copyDated(fills.workers, index.workers, map);
  }
  return finish(facts, fills, tables, skipped);
}
