import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile, ParsedFile } from '../../../shared/records/read-files';
import {
  collectionYearLabel,
  parseCollectionYear,
  type CollectionYear,
} from '../../../shared/records/ssda903';
import {
  filesToReadWith,
  importOwner,
  readImportFiles,
  recordImportCall,
} from '../../../shared/tasks';
import {
  importPartName,
  readPartName,
  storedReadBytes,
  type ImportEntry,
} from '../../../shared/workbook';
import { fileArgument, optional, type CliEnv, type Command, type Output } from '../command';
import { CliError, usageError } from '../errors';
import { commandContext, openWorkbook, saveWorkbook } from '../store';
import { withLock } from '../files/lock';

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

/** The `--year` flag: a collection year as `2025/26` or `2025-26`. */
function yearOption(value: string | undefined): CollectionYear | undefined {
  if (value === undefined) return undefined;
  const year = parseCollectionYear(value);
  if (year === undefined) {
    throw usageError(
      `--year "${value}" is not a collection year: use the form 2025/26 or 2025-26 (the year starting 1 April 2025)`,
    );
  }
  return year;
}

/** The 903 collection year the call's files were checked against, for `--json` and the text. */
function callYear(results: readonly ParsedFile[]) {
  const first = results.find((result) => result.year !== undefined);
  if (first?.year === undefined) return undefined;
  return {
    ...first.year,
    label: collectionYearLabel(first.year),
    source: first.yearSource ?? 'detected',
  };
}

/** `workbook import`: brings records into the workbook, checked, every row kept. */
export const importCommand: Command = {
  name: 'import',
  summary: 'import records (SSDA903 CSV/XML, Annex A, Ofsted provider lists), checked',
  usage: 'import <file> [--for council|PROVIDER_ID] [--year 2025/26] <paths…> [--json]',
  details: [
    'Each file is recognised by its content. Records belong to the council (default) or to one',
    'delegated provider (--for); provider lists always belong to the whole inspection.',
    'SSDA903 files are checked against the code lists of their collection year: --year (2025/26',
    'or 2025-26), or else the year their episodes fall in.',
    'Rows with problems are kept and counted. A file that cannot be read is refused on its own:',
    'the others are stored, each refused file is named on stderr and the exit code is 1. If every',
    'file is refused the workbook stays byte-for-byte unchanged. A file of the same name for the',
    'same owner is replaced.',
  ],
  options: { for: { type: 'string' }, year: { type: 'string' } },
  positionals: ['file', 'paths'],
  variadic: true,
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const paths = parsed.positionals.slice(1);
    if (paths.length === 0) throw usageError('import needs at least one file to import');
    const owner = optional(parsed, 'for') ?? 'council';
    const year = yearOption(optional(parsed, 'year'));
    // Locked from read to write, so two imports (or an import and a change) made at once are both kept.
    return withLock(file, () => importInto(file, paths, owner, year, env));
  },
};

async function importInto(
  file: string,
  paths: readonly string[],
  owner: string,
  year: CollectionYear | undefined,
  env: CliEnv,
): Promise<Output> {
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
  const callRead = readImportFiles(
    inputs,
    storedInputs(readWith, opened.bundle.parts),
    year === undefined ? {} : { year },
  );
  const errors = callRead.refused.map((refused) => refused.message);
  if (callRead.files.length === 0) {
    throw new CliError([...errors, 'Nothing was imported.'].join('\n'));
  }
  const results = callRead.files;
  const kept = inputs.filter((_, index) => callRead.read[index] === true);
  const hashed = results.map((result, index) => ({
    parsed: result,
    sha256: sha256(kept[index]?.bytes ?? new Uint8Array()),
  }));
  const context = commandContext(env.author, opened.bundle.operations);
  const outcome = recordImportCall(context, owner, hashed);
  if (!outcome.ok) throw new CliError(`${file}: ${outcome.error.message}`);
  const parts: Record<string, Uint8Array> = { ...opened.bundle.parts };
  kept.forEach((input, index) => {
    const sum = hashed[index]?.sha256;
    const id = outcome.data.ids[index];
    const read = results[index];
    if (sum !== undefined) parts[importPartName(sum)] = input.bytes;
    // What the readers made of it, so indicators, conflicts and reports never parse it again.
    if (id !== undefined && read !== undefined) parts[readPartName(id)] = storedReadBytes(read);
  });
  await saveWorkbook(
    file,
    opened.sealing,
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
    ...(result.yearSource === undefined ? {} : { yearSource: result.yearSource }),
  }));
  const checkedYear = callYear(results);
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
  const yearLine =
    checkedYear === undefined
      ? []
      : [
          `SSDA903 collection year ${checkedYear.label} (${checkedYear.source === 'given' ? 'given with --year' : 'worked out from the episodes'}).`,
        ];
  const refused = callRead.refused.map((item) => ({ file: item.file, message: item.message }));
  if (errors.length > 0) {
    errors.push(
      `${errors.length} of ${inputs.length} files refused; the other ${results.length} were imported.`,
    );
  }
  return {
    json: {
      files,
      refused,
      ...(checkedYear === undefined ? {} : { year: checkedYear }),
    },
    text: [text, ...yearLine].join('\n'),
    ...(errors.length > 0 ? { errors, exitCode: 1 as const } : {}),
  };
}
