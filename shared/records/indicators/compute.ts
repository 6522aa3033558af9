/**
 * `computeIndicators`: every indicator for the council as a whole and for
 * each delegated provider.
 *
 * - A provider's figures come from the records imported for it (all its
 *   sources pooled).
 * - The council's figures come from every source's records, each child
 *   counted once: a child held by several sources is pooled into one record,
 *   and a row two sources share (the same episode, review…) is counted once.
 * - 903 rows are indexed once per provider; the council index reuses those
 *   records, so work on a child held by one source is done once.
 */
import {
  byLatestStart,
  byText,
  careChildren,
  leaverChildren,
  onePerChild,
  type CareChild,
  type LeaverChild,
} from './annex-a-rows';
import { ANNEX_A_INDICATORS } from './catalogue-annex-a';
import { CIN_INDICATORS } from './catalogue-cin';
import { CIN_READ_TABLES, indexCin, mergeCin, type CinIndex } from './cin-index';
import { cinCensusFor } from './cin-year';
import { cinTallies, factorDefinitions } from './compute-cin';
import { SSDA903_INDICATORS, type IndicatorDefinition } from './catalogue-903';
import { tally903, type Tally } from './compute-903';
import { detectAsAt, tallyAnnexA, type AnnexAScope } from './compute-annex-a';
import { isoOf, parseDay } from './dates';
import type { Ssda903Index } from './ssda903-columns';
import { mergeIndexes } from './merge-indexes';
import { indexSsda903, READ_ORDER } from './ssda903-index';
import type {
  IndicatorOptions,
  IndicatorReport,
  IndicatorResult,
  IndicatorSource,
  RecordRow,
} from './types';
import { describeYear, detectYear, yearDays } from './year';

/** Every indicator, in report order. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  ...SSDA903_INDICATORS,
  ...ANNEX_A_INDICATORS,
  ...CIN_INDICATORS,
];

const READ_TABLES: ReadonlySet<string> = new Set<string>([
  ...READ_ORDER,
  'List 8',
  'List 9',
  ...CIN_READ_TABLES,
]);

/**
 * Whether the indicators read a table's rows: the 903 tables they count,
 * Annex A Lists 8 and 9 and the CIN census tables. Any other table matters only as imported (its
 * name present), so a store can leave its rows unread.
 */
export function indicatorsReadTable(table: string): boolean {
  return READ_TABLES.has(table);
}

/** A list's rows from every import holding it, or undefined when none imported it. */
function listRows(imports: readonly ImportIndex[], list: 'care' | 'leavers') {
  const held = imports.flatMap((imported) => {
    const rows = imported[list];
    return rows === undefined ? [] : [rows];
  });
  return held.length === 0 ? undefined : held.flat();
}

function annexAScope(imports: readonly ImportIndex[]): AnnexAScope {
  const care = listRows(imports, 'care');
  const leavers = listRows(imports, 'leavers');
  return {
    care:
      care === undefined ? undefined : onePerChild<CareChild>(careChildren(care), byLatestStart),
    leavers:
      leavers === undefined ? undefined : onePerChild<LeaverChild>(leaverChildren(leavers), byText),
  };
}

function value(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((1000 * numerator) / denominator) / 10;
}

function results(scope: string, name: string, tallies: ReadonlyMap<string, Tally>) {
  return [...INDICATORS, ...factorDefinitions(tallies)].map((definition): IndicatorResult => {
    const tally = tallies.get(definition.id) ?? { reason: 'Not computed.' };
    const unit = definition.unit ?? 'percent';
    const common = { ...definition, scope, scopeName: name, unit };
    if (unit === 'count' && !('reason' in tally)) {
      // A count has no denominator: its value is the number counted.
      return {
        ...common,
        numerator: tally.numerator,
        denominator: null,
        value: tally.numerator,
        available: true,
      };
    }
    return 'reason' in tally
      ? {
          ...common,
          numerator: null,
          denominator: null,
          value: null,
          available: false,
          reason: tally.reason,
        }
      : {
          ...common,
          numerator: tally.numerator,
          denominator: tally.denominator,
          value: value(tally.numerator, tally.denominator),
          available: true,
          ...(tally.caveat === undefined ? {} : { caveat: tally.caveat }),
        };
  });
}

function notesOf(name: string, skipped: ReadonlyMap<string, number>): string[] {
  return [...skipped].map(
    ([table, count]) =>
      `${name}: ${count} ${table} row${count === 1 ? '' : 's'} left out of the indicators (no CHILD, or no usable date).`,
  );
}

/** Rows left out, by table, summed over some indexes. */
function skippedOf(indexes: readonly Ssda903Index[]): Map<string, number> {
  const skipped = new Map<string, number>();
  for (const index of indexes) {
    for (const [table, count] of index.skipped)
      skipped.set(table, (skipped.get(table) ?? 0) + count);
  }
  return skipped;
}

/** One scope's records, indexed. */
type IndexedScope = {
  readonly scope: string;
  readonly name: string;
  readonly ssda903: Ssda903Index;
  readonly annexA: AnnexAScope;
  /** The scope's CIN census facts; undefined when it has no census. */
  readonly cin: CinIndex | undefined;
};

/**
 * Every source's records indexed (903 rows by child, dates parsed, Annex A
 * rows typed): compute the indicators from it for any year or list date
 * with {@link indicatorsFromIndex}.
 */
export type IndicatorIndex = {
  readonly council: IndexedScope;
  readonly providers: readonly IndexedScope[];
  readonly notes: readonly string[];
};

/**
 * One imported file's records indexed on their own: built once, when the
 * file is imported, and kept beside its rows, so that the indicators of any
 * set of imports only pool indexes (mergeIndexes is order-free, so pooling
 * per-file indexes gives what indexing the pooled rows would) and never
 * read a row again.
 */
export type ImportIndex = {
  readonly ssda903: Ssda903Index;
  /** Annex A List 8 (children in care) rows, when the file holds the list. */
  readonly care?: readonly RecordRow[];
  /** Annex A List 9 (care leavers) rows, when the file holds the list. */
  readonly leavers?: readonly RecordRow[];
  /** The CIN census facts, when the file is a census. */
  readonly cin?: CinIndex;
};

/**
 * Indexes one file's tables (or one owner's, pooled) for the indicators:
 * 903 tables and Annex A lists in `tables`, CIN census files in `censuses`.
 */
export function indexImport(
  tables: IndicatorSource['tables'],
  censuses: NonNullable<IndicatorSource['censuses']> = [],
): ImportIndex {
  const care = tables['List 8'];
  const leavers = tables['List 9'];
  return {
    ssda903: indexSsda903([tables]),
    ...(care === undefined ? {} : { care }),
    ...(leavers === undefined ? {} : { leavers }),
    ...(censuses.length === 0 ? {} : { cin: indexCin(censuses) }),
  };
}

/** A body whose records the indicators count: the council or a delegated provider, with its files' indexes. */
export type IndexedOwner = {
  readonly kind: IndicatorSource['kind'];
  /** The provider's id (never `council`); for the council, any id. */
  readonly id: string;
  readonly name: string;
  readonly imports: readonly ImportIndex[];
};

/**
 * Pools owners' per-file indexes: each provider's files pooled (owners with
 * the same id are one provider), and the council's as the union of all,
 * each child once. Throws a RangeError for a provider with the id `council`.
 */
export function indicatorIndexOf(owners: readonly IndexedOwner[]): IndicatorIndex {
  const groups = new Map<string, { name: string; imports: ImportIndex[] }>();
  const councilImports: ImportIndex[] = [];
  let councilName: string | undefined;
  for (const owner of owners) {
    if (owner.kind === 'council') {
      councilName ??= owner.name;
      councilImports.push(...owner.imports);
      continue;
    }
    if (owner.id === 'council') {
      throw new RangeError(
        `Provider "${owner.name}" has the id "council", which names the council's own scope. Give it another id.`,
      );
    }
    const group = groups.get(owner.id);
    if (group === undefined)
      groups.set(owner.id, { name: owner.name, imports: [...owner.imports] });
    else group.imports.push(...owner.imports);
  }
  const name = councilName ?? 'Council';
  const providers = [...groups].map(([scope, group]): IndexedScope => ({
    scope,
    name: group.name,
    ssda903: mergeIndexes(group.imports.map((imported) => imported.ssda903)),
    annexA: annexAScope(group.imports),
    cin: mergeCin(group.imports.map((imported) => imported.cin)),
  }));
  const own = councilImports.map((imported) => imported.ssda903);
  const all = [...councilImports, ...[...groups.values()].flatMap((group) => group.imports)];
  return {
    council: {
      scope: 'council',
      name,
      ssda903: mergeIndexes(all.map((imported) => imported.ssda903)),
      annexA: annexAScope(all),
      cin: mergeCin(all.map((imported) => imported.cin)),
    },
    providers,
    notes: [
      ...notesOf(name, skippedOf(own)),
      ...providers.flatMap((provider) => notesOf(provider.name, provider.ssda903.skipped)),
    ],
  };
}

/**
 * Indexes every source (each on its own, see {@link indexImport}) and pools
 * them with {@link indicatorIndexOf}. Throws a RangeError for a provider
 * with the id `council`.
 */
export function indexIndicatorSources(sources: readonly IndicatorSource[]): IndicatorIndex {
  return indicatorIndexOf(
    sources.map((source) => ({
      kind: source.kind,
      id: source.id,
      name: source.name,
      imports: [indexImport(source.tables, source.censuses)],
    })),
  );
}

/**
 * The indicators of an indexed set of sources: the council (scope `council`)
 * first, then each delegated provider (scope = its id). The collection year
 * is detected from the episodes (see year.ts) unless `options.year` sets it;
 * the Annex A list date is the latest the lists hold unless `options.asAt`
 * sets it. Throws a RangeError for a year that is not a whole year from 1990
 * to 2100, or a list date that is not a date.
 */
export function indicatorsFromIndex(
  index: IndicatorIndex,
  options: IndicatorOptions = {},
): IndicatorReport {
  const { council, providers } = index;
  if (
    options.year !== undefined &&
    !(Number.isInteger(options.year) && options.year >= 1990 && options.year <= 2100)
  ) {
    throw new RangeError(
      `The collection year ${options.year} is not one: give the year it starts, such as 2017 for 2017/18.`,
    );
  }
  const detected = detectYear(council.ssda903);
  const cin = cinCensusFor(council.cin, options.year, detected);
  const startYear = options.year ?? detected;
  const days = startYear === undefined ? undefined : yearDays(startYear);
  let asAt: number | undefined;
  if (options.asAt !== undefined) {
    asAt = parseDay(options.asAt);
    if (asAt === undefined) {
      throw new RangeError(
        `The list date "${options.asAt}" is not a date. Write it as YYYY-MM-DD.`,
      );
    }
  } else if (council.annexA.care !== undefined) {
    asAt = detectAsAt(council.annexA.care.values());
  }
  const indicators = [council, ...providers].flatMap((scope) =>
    results(
      scope.scope,
      scope.name,
      new Map([
        ...tally903(scope.ssda903, days),
        ...tallyAnnexA(scope.annexA, asAt),
        ...cinTallies(scope.cin, cin.census),
      ]),
    ),
  );
  return {
    year: startYear === undefined ? null : describeYear(startYear, options.year === undefined),
    asAt: asAt === undefined ? null : isoOf(asAt),
    census:
      cin.census === undefined || council.cin === undefined
        ? null
        : describeYear(cin.census - 1, options.year === undefined),
    indicators,
    notes: [...index.notes, ...cin.notes],
  };
}

/**
 * Computes every indicator for the council (scope `council`, every source's
 * records with each child counted once) and for each delegated provider
 * (scope = its id, its own records): {@link indexIndicatorSources} then
 * {@link indicatorsFromIndex}. Throws a RangeError for a provider with the
 * id `council` or a malformed `options.asAt`.
 */
export function computeIndicators(
  sources: readonly IndicatorSource[],
  options: IndicatorOptions = {},
): IndicatorReport {
  return indicatorsFromIndex(indexIndicatorSources(sources), options);
}
