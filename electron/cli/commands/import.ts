import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FileRefusedError } from '../../../shared/records/problem';
import type { InputFile, ParsedFile } from '../../../shared/records/read-files';
import {
  filesToReadWith,
  importOwner,
  readImportCall,
  recordImportCall,
} from '../../../shared/tasks';
import {
  importPartName,
  readPartName,
  storedReadBytes,
  type ImportEntry,
} from '../../../shared/workbook';
import { fileArgument, optional, type Command } from '../command';
import { CliError, usageError } from '../errors';
import { commandContext, openWorkbook, saveWorkbook } from '../store';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function readInputs(paths: readonly string[]): Promise<InputFile[]> {
  return Promise.all(
    paths.map(async (filePath) => {
      try {
        return { name: path.basename(filePath), bytes: new Uint8Array(await readFile(filePath)) };
      } catch (error: unknown) {
        throw new CliError(
          `${filePath}: cannot be read (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
    }),
  );
}

/** The stored bytes of the owner's files this call is read with (they travel as bundle parts). */
function storedInputs(
  entries: readonly ImportEntry[],
  parts: Readonly<Record<string, Uint8Array>>,
): InputFile[] {
  return entries.flatMap((e) => {
    const bytes = parts[importPartName(e.sha256)];
    return bytes === undefined ? [] : [{ name: e.fileName, bytes }];
  });
}

/** `workbook import`: brings records into the workbook, checked, every row kept. */
export const importCommand: Command = {
  name: 'import',
  summary: 'import records (SSDA903 CSV/XML, Annex A, Ofsted provider lists), checked',
  usage: 'import <file> [--for council|PROVIDER_ID] <paths…> [--json]',
  details: [
    'Each file is recognised by its content. Records belong to the council (default) or to one',
    'delegated provider (--for); provider lists always belong to the whole inspection.',
    'Rows with problems are kept and counted. If any file is refused, nothing is stored and the',
    'workbook stays byte-for-byte unchanged. A file of the same name for the same owner is replaced.',
  ],
  options: { for: { type: 'string' } },
  positionals: ['file', 'paths'],
  variadic: true,
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const paths = parsed.positionals.slice(1);
    if (paths.length === 0) throw usageError('import needs at least one file to import');
    const owner = optional(parsed, 'for') ?? 'council';
    const opened = await openWorkbook(file);
    if (owner !== 'council' && !opened.workbook.providers.some((p) => p.id === owner)) {
      const known =
        opened.workbook.providers.map((p) => `${p.id} (${p.name})`).join(', ') || 'none yet';
      throw new CliError(
        `${file}: --for "${owner}" is neither "council" nor a provider id. Providers: ${known}.`,
      );
    }
    const inputs = await readInputs(paths);
    const readWith = filesToReadWith(
      opened.bundle.operations,
      owner,
      inputs.map((input) => input.name),
    );
    let results: ParsedFile[];
    try {
      results = readImportCall(inputs, storedInputs(readWith, opened.bundle.parts));
    } catch (error: unknown) {
      if (error instanceof FileRefusedError)
        throw new CliError(`${error.message} Nothing was imported.`);
      throw error;
    }
    const hashed = results.map((result, index) => ({
      parsed: result,
      sha256: sha256(inputs[index]?.bytes ?? new Uint8Array()),
    }));
    const context = commandContext(env.author, opened.bundle.operations);
    const outcome = recordImportCall(context, owner, hashed);
    if (!outcome.ok) throw new CliError(`${file}: ${outcome.error.message}`);
    const parts: Record<string, Uint8Array> = { ...opened.bundle.parts };
    inputs.forEach((input, index) => {
      const sum = hashed[index]?.sha256;
      const id = outcome.data.ids[index];
      const read = results[index];
      if (sum !== undefined) parts[importPartName(sum)] = input.bytes;
      // What the readers made of it, so indicators, conflicts and reports never parse it again.
      if (id !== undefined && read !== undefined) parts[readPartName(id)] = storedReadBytes(read);
    });
    await saveWorkbook(
      file,
      opened.bundle.manifest.inspectionId,
      [...opened.bundle.operations, ...outcome.data.operations],
      env.author,
      parts,
    );
    const files = results.map((result, index) => ({
      file: result.file,
      kind: result.kind,
      rows: result.rows,
      tables: result.tableCounts,
      problems: result.problemCounts,
      id: outcome.data.ids[index],
      owner: importOwner(result.kind, owner),
      sha256: hashed[index]?.sha256,
      ...(result.year === undefined ? {} : { year: result.year }),
    }));
    const text = results
      .map((result) => {
        const shown = result.problems
          .slice(0, 20)
          .map(
            (p) =>
              `    ${[p.sheet, p.row === undefined ? undefined : `row ${p.row}`, p.column].filter(Boolean).join(', ')}: ${p.message}${p.value === undefined ? '' : ` (value "${p.value}")`} [${p.severity}]`,
          );
        const more =
          result.problems.length > shown.length
            ? [`    … and ${result.problems.length - shown.length} more (see --json or the app)`]
            : [];
        return [
          `${result.file}: ${result.kind}, ${result.rows} rows; ${result.problemCounts.error} errors, ${result.problemCounts.warning} warnings, ${result.problemCounts.info} notes`,
          ...shown,
          ...more,
        ].join('\n');
      })
      .join('\n');
    return { json: { files }, text };
  },
};
