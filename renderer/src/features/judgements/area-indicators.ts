import type { AreaId } from '../../../../shared/domain';
import type { IndicatorData, IndicatorReport } from '../../../../shared/records/indicators';
import {
  indicatorColumns,
  indicatorGroups,
  type IndicatorColumn,
  type IndicatorGroup,
  type ProviderName,
} from '../indicators/indicator-table';

/**
 * The records whose indicators inform a judgement, shown beside its
 * evidence: the CIN census (children in need, section 47 enquiries, child
 * protection plans) for the experiences and progress of children who need
 * help and protection (Ofsted ILACS framework,
 * https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 */
const AREA_DATA: Partial<Record<AreaId, IndicatorData>> = {
  'help-and-protection': 'cin-census',
};

/** The records whose indicators sit beside `area`'s evidence, if any. */
export function areaIndicatorData(area: AreaId): IndicatorData | undefined {
  return AREA_DATA[area];
}

/**
 * The indicator table for `area`: its group of rows and the columns;
 * undefined when no records inform it, or none of those were imported.
 */
export function areaIndicatorTable(
  area: AreaId,
  report: IndicatorReport,
  providers: readonly ProviderName[],
): { readonly columns: readonly IndicatorColumn[]; readonly group: IndicatorGroup } | undefined {
  const data = areaIndicatorData(area);
  if (data === undefined) return undefined;
  if (data === 'cin-census' && report.census === null) return undefined;
  const columns = indicatorColumns(report, providers);
  const group = indicatorGroups(report, columns).find((entry) => entry.data === data);
  return group === undefined ? undefined : { columns, group };
}
