import type { IndicatorData, IndicatorReport } from '../../../../shared/records/indicators';
import { longDate } from '../../../../shared/reports/text';

/**
 * What a group of indicators covers: the SSDA903 collection year or the
 * CIN census year (1 April to 31 March, as DfE collects them) or the date
 * the Annex A lists describe.
 */
export function groupCaption(
  data: IndicatorData,
  report: Pick<IndicatorReport, 'year' | 'asAt' | 'census'>,
): string {
  if (data === 'cin-census') {
    return report.census === null
      ? 'From the CIN census (no census year: no census imported)'
      : `From the CIN census, census year ${report.census.label} (${longDate(report.census.start)} to ${longDate(report.census.end)})`;
  }
  if (data === 'ssda903') {
    return report.year === null
      ? 'From SSDA903 returns (no collection year: no dates imported)'
      : `From SSDA903 returns, collection year ${report.year.label} (${longDate(report.year.start)} to ${longDate(report.year.end)})`;
  }
  return report.asAt === null
    ? 'From Annex A lists (no list date imported)'
    : `From Annex A lists, at ${longDate(report.asAt)}`;
}
