/**
 * Which indicators count one child, and how: the same engine run over that
 * child's rows only, with the collection year and Annex A date the whole
 * records give. Each indicator counts children, so over one child its
 * denominator is 1 when the child is in the population measured and its
 * numerator 1 when the child also meets the measure — exactly the child's
 * part in the figure on the Indicators screen.
 */
import { childIdOfRow } from './child-rows';
import { computeIndicators } from './compute';
import { sourceFromTables } from './from-tables';
import type { IndicatorOptions, IndicatorSource, RecordRow } from './types';

/** One indicator, for one scope, that counts the child. */
export type ChildIndicator = {
  readonly id: string;
  readonly label: string;
  /** `council` or a delegated provider's id. */
  readonly scope: string;
  readonly scopeName: string;
  /** True when the child meets the measure (is in the numerator), as well as the denominator. */
  readonly inNumerator: boolean;
};

/** The sources with only the rows naming `childId`. */
export function childOnlySources(
  sources: readonly IndicatorSource[],
  childId: string,
): IndicatorSource[] {
  return sources.map((source) => {
    const tables: Record<string, readonly RecordRow[]> = {};
    for (const [name, rows] of Object.entries(source.tables)) {
      tables[name] = (rows ?? []).filter((row) => childIdOfRow(name, row) === childId);
    }
    const only = sourceFromTables(source.kind, source.id, source.name, tables);
    if (source.censuses === undefined) return only;
    // Every CIN census row but the header carries the child's LAchildID.
    const censuses = source.censuses.map((census) =>
      Object.fromEntries(
        Object.entries(census).map(([name, rows]) => [
          name,
          name === 'Header'
            ? rows
            : (rows ?? []).filter((row) => row.values['LAchildID'] === childId),
        ]),
      ),
    );
    return { ...only, censuses };
  });
}

/**
 * The indicators counting `childId`: those whose denominator holds the child,
 * per scope (the council, which pools every body's records, and the delegated
 * provider whose records name the child). `options` should carry the year
 * and `asAt` of the whole records' report, since one child's rows alone may
 * not show the collection year.
 */
export function indicatorsCountingChild(
  sources: readonly IndicatorSource[],
  childId: string,
  options: IndicatorOptions,
): ChildIndicator[] {
  const report = computeIndicators(childOnlySources(sources, childId), options);
  return report.indicators
    .filter((result) => result.available && (result.denominator ?? 0) > 0)
    .map((result) => ({
      id: result.id,
      label: result.label,
      scope: result.scope,
      scopeName: result.scopeName,
      inNumerator: (result.numerator ?? 0) > 0,
    }));
}
