import type { IndicatorComparators } from '../../../../shared/comparators/indicator-comparators';
import type {
  IndicatorData,
  IndicatorReport,
  IndicatorResult,
  IndicatorUnit,
} from '../../../../shared/records/indicators';

/** One column of the table: the council as a whole or one delegated provider. */
export type IndicatorColumn = {
  /** `council` or the provider's id (the engine's `scope`). */
  readonly scope: string;
  readonly name: string;
  readonly kind: 'council' | 'provider';
};

/** A delegated provider as the workbook names it. */
export type ProviderName = { readonly id: string; readonly name: string };

/** One indicator with its result for each column, in column order. */
export type IndicatorRow = {
  readonly id: string;
  readonly label: string;
  readonly data: IndicatorData;
  readonly unit: IndicatorUnit;
  readonly source: string;
  readonly definition: string;
  /** Undefined where the engine gave no result for that column. */
  readonly cells: readonly (IndicatorResult | undefined)[];
  /** The DfE's published figures beside the council's, where the indicator has a published measure. */
  readonly comparators?: IndicatorComparators;
};

/** The indicators computed from one kind of record. */
export type IndicatorGroup = {
  readonly data: IndicatorData;
  readonly rows: readonly IndicatorRow[];
};

/**
 * The columns, council first (the engine lists it first: every record, each
 * child counted once), then each provider in the order its records came,
 * then any delegated provider with no records imported: its column says so
 * rather than leaving it off the page.
 */
export function indicatorColumns(
  report: IndicatorReport,
  providers: readonly ProviderName[] = [],
): IndicatorColumn[] {
  const columns = new Map<string, IndicatorColumn>();
  for (const result of report.indicators) {
    if (columns.has(result.scope)) continue;
    columns.set(result.scope, {
      scope: result.scope,
      name: result.scopeName,
      kind: result.scope === 'council' ? 'council' : 'provider',
    });
  }
  for (const provider of providers) {
    if (!columns.has(provider.id))
      columns.set(provider.id, { scope: provider.id, name: provider.name, kind: 'provider' });
  }
  return [...columns.values()].sort(
    (a, b) => Number(b.kind === 'council') - Number(a.kind === 'council'),
  );
}

/**
 * The engine's flat list (one result per indicator per scope) as rows, in
 * catalogue order, grouped by the records they come from: SSDA903 first,
 * then Annex A, then the CIN census.
 */
export function indicatorGroups(
  report: IndicatorReport,
  columns: readonly IndicatorColumn[] = indicatorColumns(report),
): IndicatorGroup[] {
  const byId = new Map<string, { first: IndicatorResult; byScope: Map<string, IndicatorResult> }>();
  for (const result of report.indicators) {
    const entry = byId.get(result.id) ?? { first: result, byScope: new Map() };
    entry.byScope.set(result.scope, result);
    byId.set(result.id, entry);
  }
  const rows = [...byId.values()].map(({ first, byScope }): IndicatorRow => {
    const comparators = byScope.get('council')?.comparators;
    return {
      id: first.id,
      label: first.label,
      data: first.data,
      unit: first.unit,
      source: first.source,
      definition: first.definition,
      cells: columns.map((column) => byScope.get(column.scope)),
      ...(comparators === undefined ? {} : { comparators }),
    };
  });
  const order: readonly IndicatorData[] = ['ssda903', 'annex-a', 'cin-census'];
  return order
    .map((data) => ({ data, rows: rows.filter((row) => row.data === data) }))
    .filter((group) => group.rows.length > 0);
}
