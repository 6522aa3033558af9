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
import { indexSsda903, mergeIndexes } from './ssda903-index';
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

/**
 * Computes every indicator for the council (scope `council`) and for each
 * delegated provider (scope = its id). The collection year is detected from
 * the episodes (see year.ts) unless `options.year` sets it; the Annex A list
 * date is the latest the lists hold unless `options.asAt` sets it. Throws a
 * RangeError for a provider with the id `council` or a malformed `asAt`.
 */
export function computeIndicators(
  sources: readonly IndicatorSource[],
  options: IndicatorOptions = {},
): IndicatorReport {
  const providers = groupProviders(sources);
  const councilSources = sources.filter((source) => source.kind === 'council');
  const councilName = councilSources[0]?.name ?? 'Council';

  const providerIndexes = providers.map((group) =>
    indexSsda903(group.sources.map((source) => source.tables)),
  );
  const ownIndex = indexSsda903(councilSources.map((source) => source.tables));
  const councilIndex = mergeIndexes([ownIndex, ...providerIndexes]);

  const startYear = options.year ?? detectYear(councilIndex);
  const days = startYear === undefined ? undefined : yearDays(startYear);

  const councilAnnexA = annexAScope(sources);
  let asAt: number | undefined;
  if (options.asAt !== undefined) {
    asAt = parseDay(options.asAt);
    if (asAt === undefined) {
      throw new RangeError(
        `The list date "${options.asAt}" is not a date. Write it as YYYY-MM-DD.`,
      );
    }
  } else if (councilAnnexA.care !== undefined) {
    asAt = detectAsAt(councilAnnexA.care.values());
  }

  const indicators = results(
    'council',
    councilName,
    new Map([...tally903(councilIndex, days), ...tallyAnnexA(councilAnnexA, asAt)]),
  );
  providers.forEach((group, at) => {
    const index = providerIndexes[at];
    if (index === undefined) return;
    const tallies = new Map([
      ...tally903(index, days),
      ...tallyAnnexA(annexAScope(group.sources), asAt),
    ]);
    indicators.push(...results(group.scope, group.name, tallies));
  });

  const notes = [
    ...notesOf(councilName, ownIndex),
    ...providers.flatMap((group, at) => {
      const index = providerIndexes[at];
      return index === undefined ? [] : notesOf(group.name, index);
    }),
  ];
  return {
    year: startYear === undefined ? null : describeYear(startYear, options.year === undefined),
    asAt: asAt === undefined ? null : isoOf(asAt),
    indicators,
    notes,
  };
}
