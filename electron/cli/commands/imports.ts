import { importsFromOperations, removeImportEntry } from '../../../shared/workbook';
import { fileArgument, required, type Command } from '../command';
import { mutate } from '../mutate';
import { openWorkbook } from '../store';

/** `workbook imports list`: the files imported so far. */
export const importsListCommand: Command = {
  name: 'imports list',
  summary: 'list the imported files, with owner, size, SHA-256, who and when',
  usage: 'imports list <file> [--json]',
  options: {},
  positionals: ['file'],
  async run(parsed) {
    const { bundle } = await openWorkbook(fileArgument(parsed));
    const imports = importsFromOperations(bundle.operations);
    const text =
      imports.length === 0
        ? 'No records imported yet.'
        : imports
            .map(
              (i) =>
                `${i.id}  ${i.fileName}  ${i.kind}${i.period === 'previous' ? ' (previous year)' : ''} for ${i.owner}: ${i.rows} rows, ${i.problems.error} error${i.problems.error === 1 ? '' : 's'} (${i.importedBy}, ${i.importedAt}, sha256 ${i.sha256.slice(0, 12)}…)`,
            )
            .join('\n');
    return { json: { imports }, text };
  },
};

/** `workbook imports remove`: removes one imported file. */
export const importsRemoveCommand: Command = {
  name: 'imports remove',
  summary: 'remove an imported file (its history stays in the log)',
  usage: 'imports remove <file> --id IMPORT_ID',
  options: { id: { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const id = required(parsed, 'id');
    return mutate(fileArgument(parsed), env, (context) => removeImportEntry(context, id));
  },
};
