import path from 'node:path';
import {
  problemReport,
  problemReportCsv,
  problemReportXlsx,
  reportSources,
} from '../../../shared/records/problem-report';
import { importedRecords } from '../../../shared/workbook';
import { fileArgument, flag, optional, type Command } from '../command';
import { checkOutputs } from '../files/out-target';
import { CliError, usageError } from '../errors';
import { problemsText } from '../problems-text';
import { stageFiles } from '../report-output';
import { openWorkbook } from '../store';

/** `workbook problems`: every problem in the imported records, for the council to act on. */
export const problemsCommand: Command = {
  name: 'problems',
  summary: 'report the problems in the imported records, by file row and child, with DfE codes',
  usage:
    'problems <file> [--owner council|inspection|PROVIDER_ID] [--csv OUT] [--xlsx OUT] [--force] [--json]',
  details: [
    'Each problem is given where a person finds it: the file, its table or sheet, and the row (in a',
    'CSV the header is row 1; in an XML return the n-th element of that table), with the child and',
    'the DfE validation rule’s code when the DfE’s checks raise it. --owner keeps one owner’s files.',
    '--csv saves one line per problem (UTF-8, opens in Excel); --xlsx saves a workbook with the',
    'problems, a count per rule and the files with their collection year.',
  ],
  options: {
    owner: { type: 'string' },
    csv: { type: 'string' },
    xlsx: { type: 'string' },
    force: { type: 'boolean' },
  },
  positionals: ['file'],
  async run(parsed) {
    const file = fileArgument(parsed);
    const owner = optional(parsed, 'owner');
    const csv = optional(parsed, 'csv');
    const xlsx = optional(parsed, 'xlsx');
    if (csv !== undefined && csv === xlsx)
      throw usageError('--csv and --xlsx need different files');
    await checkOutputs(
      [csv, xlsx].flatMap((out) => out ?? []),
      [file],
      flag(parsed, 'force'),
    );
    const { workbook, bundle } = await openWorkbook(file);
    const ownerNames = new Map(workbook.providers.map((p) => [p.id, p.name]));
    ownerNames.set('council', workbook.inspection.council.name);
    ownerNames.set('inspection', 'the whole inspection');
    const ownerName = (id: string): string => ownerNames.get(id) ?? id;
    if (
      owner !== undefined &&
      owner !== 'council' &&
      owner !== 'inspection' &&
      !ownerNames.has(owner)
    ) {
      const known = workbook.providers.map((p) => `${p.id} (${p.name})`).join(', ') || 'none yet';
      throw new CliError(
        `${file}: --owner "${owner}" is neither "council", "inspection" nor a provider id. Providers: ${known}.`,
      );
    }
    const records = importedRecords(bundle.operations, bundle.parts);
    const report = problemReport(reportSources(records.owners, owner));
    const files = new Map<string, Uint8Array>();
    if (csv !== undefined) files.set(csv, problemReportCsv(report));
    if (xlsx !== undefined) files.set(xlsx, problemReportXlsx(report));
    if (files.size > 0) {
      // Both files are written under temporary names first, then put in place together.
      const staged = await stageFiles(files);
      try {
        await staged.commit();
      } catch (error: unknown) {
        await staged.discard();
        throw new CliError(
          `cannot save the report (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
    }
    const lines = [
      problemsText(report, owner === undefined ? 'everyone' : ownerName(owner), ownerName),
    ];
    const missing = records.missing.filter((entry) => owner === undefined || entry.owner === owner);
    if (missing.length > 0) {
      lines.push(
        '',
        `Not checked (their contents are missing from the workbook): ${missing.map((e) => e.fileName).join(', ')}.`,
      );
    }
    for (const target of files.keys()) lines.push(`Saved ${path.resolve(target)}`);
    return { json: report, text: lines.join('\n') };
  },
};
