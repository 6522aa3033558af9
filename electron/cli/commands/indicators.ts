import { importedRecords, indicatorsFor } from '../../../shared/workbook';
import { fileArgument, optional, type Command } from '../command';
import { usageError } from '../errors';
import { openWorkbook } from '../store';

/** `workbook indicators`: the indicators per delegated provider beside the council's. */
export const indicatorsCommand: Command = {
  name: 'indicators',
  summary: 'compute the indicators from the imported records, per provider and for the council',
  usage: 'indicators <file> [--year YYYY] [--json]',
  details: [
    'The council figure uses all records, de-duplicated by child; each provider’s uses the records',
    'imported for it. The collection year (1 April – 31 March) is detected from the data; --year 2025',
    'sets 2025/26.',
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
    const report = indicatorsFor(
      workbook,
      importedRecords(bundle.operations, bundle.parts),
      yearText === undefined ? {} : { year: Number(yearText) },
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
          `${i.scope.padEnd(16)} ${i.label}: ${i.value === null ? 'not available' : i.unit === 'count' ? String(i.value) : `${i.value}% (${i.numerator}/${i.denominator})`}`,
      ),
      ...report.notes,
    ];
    return { json: report, text: lines.join('\n') };
  },
};
