/**
 * The 903 rows of one scope, indexed once by CHILD with every date parsed to
 * a day number, so that each indicator is one pass over the children (the
 * council's, pooling every scope's, is merge-indexes.ts).
 */
import {
  datedFill,
  episodeFill,
  finishDated,
  finishEpisodes,
  type Ssda903Index,
} from './ssda903-columns';
import { childFacts, READERS, type ChildFacts, type Fills } from './ssda903-rows';
import type { RecordRow, Ssda903TableName } from './types';

/** The 903 tables whose rows the index reads; Header first, so that its DOB is read before the other tables'. */
export const READ_ORDER = [
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
