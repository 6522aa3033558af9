import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FileRefusedError } from '../../../shared/records/problem';
import {
  readRecordFiles,
  type InputFile,
  type ParsedFile,
} from '../../../shared/records/read-files';
import {
  importPartName,
  importsFromOperations,
  inspectionWideKinds,
  recordImports,
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

function isInspectionWide(kind: string): boolean {
  return inspectionWideKinds.some((k) => k === kind);
}

/**
 * The owner's 903 files already in the workbook that this call does not
 * replace: they are read again with the new files so cross-table rules
 * (every episode's child in the header, …) see the whole return.
 */
function earlier903(
  entries: readonly ImportEntry[],
  owner: string,
  names: ReadonlySet<string>,
  parts: Record<string, Uint8Array>,
): InputFile[] {
  return entries
    .filter((e) => e.owner === owner && e.kind.startsWith('ssda903') && !names.has(e.fileName))
    .flatMap((e) => {
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
    const entries = importsFromOperations(opened.bundle.operations);
    const previous = earlier903(entries, owner, new Set(inputs.map((i) => i.name)), {
      ...opened.bundle.parts,
    });
    let results: ParsedFile[];
    try {
      results = readRecordFiles([...inputs, ...previous]).slice(0, inputs.length);
    } catch (error: unknown) {
      if (error instanceof FileRefusedError)
        throw new CliError(`${error.message} Nothing was imported.`);
      throw error;
    }
    const metas = results.map((result, index) => {
      const bytes = inputs[index]?.bytes ?? new Uint8Array();
      return {
        owner: isInspectionWide(result.kind) ? 'inspection' : owner,
        fileName: result.file,
        size: result.size,
        sha256: sha256(bytes),
        kind: result.kind,
        rows: result.rows,
        tables: { ...result.tableCounts },
        problems: { ...result.problemCounts },
      };
    });
    const context = commandContext(env.author, opened.bundle.operations);
    const outcome = recordImports(context, metas);
    if (!outcome.ok) throw new CliError(`${file}: ${outcome.error.message}`);
    const parts: Record<string, Uint8Array> = { ...opened.bundle.parts };
    inputs.forEach((input, index) => {
      const meta = metas[index];
      if (meta !== undefined) parts[importPartName(meta.sha256)] = input.bytes;
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
      owner: metas[index]?.owner,
      sha256: metas[index]?.sha256,
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
