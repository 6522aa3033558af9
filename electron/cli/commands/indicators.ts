import type { IndicatorResult } from '../../../shared/records/indicators';
import { withComparators } from '../../../shared/comparators/indicator-comparators';
import { dataQualityEvidence } from '../../../shared/tasks';
import { importedRecords, indicatorsFor } from '../../../shared/workbook';
import { fileArgument, optional, type Command } from '../command';
import { currentComparators } from '../comparators-store';
import { usageError } from '../errors';
import { openWorkbook } from '../store';

const v = (value: number | null) => (value === null ? 'not published' : `${value}%`);

function comparatorText(c: IndicatorResult['comparators']): string {
  if (c === undefined) return '';
  return `; DfE ${c.year ?? ''}: England ${v(c.england.value)}, region ${v(c.region.value)}, neighbours ${v(c.neighbours.average)}, published ${v(c.la.value)}`;
}

/** `workbook indicators`: the indicators per delegated provider beside the council's. */
export const indicatorsCommand: Command = {
  name: 'indicators',
  summary: 'compute the indicators from the imported records, per provider and for the council',
  usage: 'indicators <file> [--year YYYY] [--json]',
  details: [
    'The council figure uses all records, de-duplicated by child; each provider’s uses the records',
    'imported for it. The collection year (1 April – 31 March) is detected from the data; --year 2025',
    'sets 2025/26. Each council indicator with a published DfE measure also shows England, the',
    'region, the statistical neighbours and the council’s published figure (`comparators`), and a',
    'data-quality note where the computed figure is far from the published one for the same year.',
  ],
  options: { year: { type: 'string' } },
  positionals: ['file'],
  async run(parsed) {
    const yearText = optional(parsed, 'year');
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) {
      throw usageError(
        `--year "${yearText}" is not a year: use the first calendar year, e.g. 2025 for 2025/26`,
      );
    }
    const { workbook, bundle } = await openWorkbook(fileArgument(parsed));
    const { dataset } = await currentComparators();
    const report = withComparators(
      indicatorsFor(
        workbook,
        importedRecords(bundle.operations, bundle.parts),
        yearText === undefined ? {} : { year: Number(yearText) },
      ),
      dataset,
      workbook.inspection.council.laCode,
    );
    const lines = [
      report.year === null
        ? 'No collection year: no SSDA903 dates imported.'
        : `Collection year ${report.year.label} (${report.year.start} to ${report.year.end})${report.year.detected ? ', detected from the data' : ''}.`,
      ...(report.census === null
        ? []
        : [
            `CIN census year ${report.census.label} (${report.census.start} to ${report.census.end})${report.census.detected ? ', from the census header' : ''}.`,
          ]),
      ...report.indicators.map(
        (i) =>
          `${i.scope.padEnd(16)} ${i.label}: ${i.value === null ? 'not available' : i.unit === 'count' ? String(i.value) : `${i.value}% (${i.numerator}/${i.denominator})`}${comparatorText(i.comparators)}`,
      ),
      ...report.notes,
      ...report.indicators.flatMap((i) => {
        const evidence = dataQualityEvidence(workbook, i);
        if (i.comparators?.dataQuality === undefined || evidence === undefined) return [];
        // The evidence task takes the note as it stands (shared/tasks dataQualityEvidence).
        const areas = evidence.areas.map((area) => ` --area ${area}`).join('');
        return [
          `Data-quality note: ${i.comparators.dataQuality.message}`,
          `  To record it as evidence: workbook evidence add ${fileArgument(parsed)} --source council${areas} --finding ${evidence.finding} --kind ${evidence.kind} --text ${JSON.stringify(evidence.text)}`,
        ];
      }),
    ];
    return { json: report, text: lines.join('\n') };
  },
};
