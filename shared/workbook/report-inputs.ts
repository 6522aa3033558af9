import { reportFiguresOf } from '../comparators/report';
import type { ConflictReport } from '../conflicts';
import type { Workbook } from '../domain';
import type { IndicatorReport, IndicatorResult } from '../records/indicators';
import type { ReportConflicts, ReportIndicators } from '../reports/inputs';

/**
 * The indicators engine's output in the report's shape: one entry per
 * indicator with a value per body (`council` or a provider id), keeping only
 * indicators some body has data for.
 */
export function reportIndicatorsFrom(
  report: IndicatorReport,
  workbook: Workbook,
  regionName: string | null = null,
): ReportIndicators | undefined {
  type Entry = Pick<
    ReportIndicators['indicators'][number],
    'label' | 'values' | 'national' | 'comparators'
  > & { readonly unit: IndicatorResult['unit']; readonly data: IndicatorResult['data'] };
  const byId = new Map<string, Entry>();
  for (const result of report.indicators) {
    const entry: Entry = byId.get(result.id) ?? {
      label: result.label,
      unit: result.unit,
      data: result.data,
      values: [],
    };
    // The council's published comparators (shared/comparators): England fills the "National" figure.
    const figures =
      result.comparators === undefined
        ? undefined
        : reportFiguresOf(result.comparators, regionName);
    if (figures !== undefined && result.comparators !== undefined) {
      if (result.comparators.england.value !== null)
        entry.national = result.comparators.england.value;
      entry.comparators = figures;
    }
    entry.values.push({
      source: result.scope,
      value: result.value,
      // A count's numerator is its value: a count has no "n of d".
      ...(result.numerator === null || result.unit === 'count'
        ? {}
        : { numerator: result.numerator }),
      ...(result.denominator === null ? {} : { denominator: result.denominator }),
    });
    byId.set(result.id, entry);
  }
  const indicators = [...byId.entries()]
    .filter(([, entry]) => entry.values.some((v) => v.value !== null))
    .map(([id, entry]) => ({
      id,
      label: entry.label,
      unit: entry.unit,
      // The CIN census is the record of children in need and on plans: the
      // help-and-protection judgement's data.
      ...(entry.data === 'cin-census' ? { area: 'help-and-protection' as const } : {}),
      ...(entry.national === undefined ? {} : { national: entry.national }),
      ...(entry.comparators === undefined ? {} : { comparators: entry.comparators }),
      values: entry.values,
    }));
  if (indicators.length === 0) return undefined;
  const asOf =
    report.asAt ?? report.year?.end ?? report.census?.end ?? workbook.inspection.onSite.start;
  const parts = [
    report.year === null ? undefined : `SSDA903 returns for ${report.year.label}`,
    report.asAt === null ? undefined : `Annex A lists as at ${report.asAt}`,
    report.census === null ? undefined : `the CIN census for ${report.census.label}`,
  ].filter((part) => part !== undefined);
  return { asOf, source: parts.join('; ') || 'the imported records', indicators };
}

/**
 * The conflict engine's flags in the report's shape. The report prints
 * counts of children, never their ids.
 */
export function reportConflictsFrom(report: ConflictReport, checkedAt: string): ReportConflicts {
  return {
    checkedAt,
    register: `Ofsted provider lists and Companies House data held in the workbook; placements ${report.year.start} to ${report.year.end}`,
    flags: report.conflicts.map((flag) => ({
      id: flag.id,
      provider: flag.delegatedProvider.id,
      placementProvider: {
        name: `${flag.setting.name ?? 'Unnamed setting'} (${flag.owner.name})`,
        urn: flag.setting.urn,
      },
      severity: flag.severity,
      chain: flag.chain.map((link) => ({
        from: link.from,
        relation: link.via,
        to: link.to,
        source:
          link.source.date === null ? link.source.file : `${link.source.file}, ${link.source.date}`,
      })),
      childrenAffected: flag.children.length,
      placements: flag.placements.length,
      review:
        flag.review === null
          ? { status: 'not-reviewed' as const }
          : {
              status: flag.review.status,
              by: flag.review.by,
              at: flag.review.at.slice(0, 10),
              note: flag.review.reason,
            },
    })),
  };
}
