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
];

type Scope = {
  readonly scope: string;
  readonly name: string;
  readonly sources: IndicatorSource[];
};

function groupProviders(sources: readonly IndicatorSource[]): Scope[] {
  const groups = new Map<string, Scope>();
  for (const source of sources) {
    if (source.kind !== 'provider') continue;
    if (source.id === 'council') {
      throw new RangeError(
        `Provider "${source.name}" has the id "council", which names the council's own scope. Give it another id.`,
      );
    }
    const group = groups.get(source.id);
    if (group === undefined)
      groups.set(source.id, { scope: source.id, name: source.name, sources: [source] });
    else group.sources.push(source);
  }
  return [...groups.values()];
}

const READ_TABLES: ReadonlySet<string> = new Set<string>([...READ_ORDER, 'List 8', 'List 9']);

/**
 * Whether the indicators read a table's rows: the 903 tables they count
 * and Annex A Lists 8 and 9. Any other table matters only as imported (its
 * name present), so a store can leave its rows unread.
 */
export function indicatorsReadTable(table: string): boolean {
  return READ_TABLES.has(table);
}

/** A list's rows from every source holding it, or undefined when none imported it. */
function listRows(sources: readonly IndicatorSource[], list: 'List 8' | 'List 9') {
  const held = sources.flatMap((source) => {
    const rows: readonly RecordRow[] | undefined = source.tables[list];
    return rows === undefined ? [] : [rows];
  });
  return held.length === 0 ? undefined : held.flat();
}

function annexAScope(sources: readonly IndicatorSource[]): AnnexAScope {
  const care = listRows(sources, 'List 8');
  const leavers = listRows(sources, 'List 9');
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
  return INDICATORS.map((definition): IndicatorResult => {
    const tally = tallies.get(definition.id) ?? { reason: 'Not computed.' };
    const common = { ...definition, scope, scopeName: name, unit: 'percent' as const };
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

function notesOf(name: string, index: Ssda903Index): string[] {
  return [...index.skipped].map(
    ([table, count]) =>
      `${name}: ${count} ${table} row${count === 1 ? '' : 's'} left out of the indicators (no CHILD, or no usable date).`,
  );
}

/** One scope's records, indexed. */
type IndexedScope = {
  readonly scope: string;
  readonly name: string;
  readonly ssda903: Ssda903Index;
  readonly annexA: AnnexAScope;
};

/**
 * Every source's records indexed once (903 rows by child, dates parsed,
 * Annex A rows typed): build it when records change, then compute the
 * indicators from it for any year or list date with {@link indicatorsFromIndex}.
 */
export type IndicatorIndex = {
  readonly council: IndexedScope;
  readonly providers: readonly IndexedScope[];
  readonly notes: readonly string[];
};

/**
 * Indexes every source: each provider's records pooled, and the council's as
 * the union of all, each child once. Throws a RangeError for a provider with
 * the id `council`.
 */
export function indexIndicatorSources(sources: readonly IndicatorSource[]): IndicatorIndex {
  const groups = groupProviders(sources);
  const councilSources = sources.filter((source) => source.kind === 'council');
  const councilName = councilSources[0]?.name ?? 'Council';
  const providers = groups.map((group): IndexedScope => ({
    scope: group.scope,
    name: group.name,
    ssda903: indexSsda903(group.sources.map((source) => source.tables)),
    annexA: annexAScope(group.sources),
  }));
  const own = indexSsda903(councilSources.map((source) => source.tables));
  return {
    council: {
      scope: 'council',
      name: councilName,
      ssda903: mergeIndexes([own, ...providers.map((provider) => provider.ssda903)]),
      annexA: annexAScope(sources),
    },
    providers,
    notes: [
      ...notesOf(councilName, own),
      ...providers.flatMap((provider) => notesOf(provider.name, provider.ssda903)),
    ],
  };
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
  const startYear = options.year ?? detectYear(council.ssda903);
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
      new Map([...tally903(scope.ssda903, days), ...tallyAnnexA(scope.annexA, asAt)]),
    ),
  );
  return {
    year: startYear === undefined ? null : describeYear(startYear, options.year === undefined),
    asAt: asAt === undefined ? null : isoOf(asAt),
    indicators,
    notes: index.notes,
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
