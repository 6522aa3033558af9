import { crossCheckEvidence, crossChecksFor, importedRecords } from '../../../shared/workbook';
import { addEvidence } from '../../../shared/workbook';
import { fileArgument, required, type Command } from '../command';
import { CliError } from '../errors';
import { mutate } from '../mutate';
import { openWorkbook } from '../store';

/** `workbook cross-checks`: the CIN census against the 903, Annex A and each provider's census. */
export const crossChecksCommand: Command = {
  name: 'cross-checks',
  summary: 'check the CIN census against the 903, Annex A Lists 4–7 and each provider’s census',
  usage: 'cross-checks <file> [--json]',
  details: [
    'Finds children on a child protection plan while looked after in the 903, children in Annex A',
    'Lists 4–7 in no census, and a provider’s children missing from its own census. Each finding',
    'has an id: `cross-checks evidence <file> --id ID` records it as evidence.',
  ],
  options: {},
  positionals: ['file'],
  async run(parsed) {
    const { bundle } = await openWorkbook(fileArgument(parsed));
    const report = crossChecksFor(importedRecords(bundle.operations, bundle.parts));
    const lines =
      report.census === null
        ? ['No CIN census imported: nothing to cross-check.']
        : [
            `CIN census ${report.census}: ${report.findings.length} finding(s).`,
            ...report.findings.map(
              (f) => `  [${f.kind}] ${f.owner}: ${f.message}\n      id ${f.id}`,
            ),
          ];
    return { json: report, text: lines.join('\n') };
  },
};

/** `workbook cross-checks evidence`: one finding recorded as evidence for help and protection. */
export const crossCheckEvidenceCommand: Command = {
  name: 'cross-checks evidence',
  summary: 'record a cross-check finding as evidence for the help-and-protection judgement',
  usage: 'cross-checks evidence <file> --id FINDING_ID [--json]',
  details: [
    'The evidence comes from the body whose records show the finding, names the child, and is a',
    'concern (a plan kept while looked after) or an area for improvement (children missing).',
    'Prints the new evidence id.',
  ],
  options: { id: { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const id = required(parsed, 'id');
    const { bundle } = await openWorkbook(file);
    const report = crossChecksFor(importedRecords(bundle.operations, bundle.parts));
    const finding = report.findings.find((entry) => entry.id === id);
    if (finding === undefined) {
      throw new CliError(
        `${file}: no cross-check finding has the id "${id}" (see \`workbook cross-checks\`).`,
      );
    }
    return mutate(file, env, (context) => addEvidence(context, crossCheckEvidence(finding)));
  },
};
