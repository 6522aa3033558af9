import { createHash } from 'node:crypto';
import {
  filesToReadWith,
  importOwner,
  readImportFiles,
  recordImportCall,
} from '../../../shared/tasks';
import { givenYearOf } from '../../../shared/records/stored-read';
import type { CollectionYear } from '../../../shared/records/ssda903';
import {
  checkContextFromParts,
  givenYearOfReturn,
  importPartName,
  readOptionsFor,
  readPartName,
  storedReadBytes,
} from '../../../shared/workbook';
import { storedJson } from '../../../shared/workbook/stored-read-part';
import { fileArgument, flag, optional, type CliEnv, type Command, type Output } from '../command';
import { CliError, usageError } from '../errors';
import {
  callYear,
  ownersToRecheck,
  readInputs,
  recheckAfterImport,
  recheckText,
  storedInputs,
  yearOption,
} from '../import-inputs';
import { actingOn, signedLog } from '../crypto/signer';
import { commandContext, openWorkbook, saveWorkbook } from '../store';
import { withLock } from '../files/lock';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** `workbook import`: brings records into the workbook, checked, every row kept. */
export const importCommand: Command = {
  name: 'import',
  summary: 'import records (SSDA903 CSV/XML, Annex A, Ofsted provider lists), checked',
  usage:
    'import <file> [--for council|PROVIDER_ID] [--year 2025/26] [--previous] <paths…> [--json]',
  details: [
    'Each file is recognised by its content. Records belong to the council (default) or to one',
    'delegated provider (--for); provider lists always belong to the whole inspection.',
    'SSDA903 files are checked against the code lists of their collection year: --year (2025/26',
    'or 2025-26), or else the year chosen for the return before (workbook recheck), or else the',
    'year their episodes fall in. They are checked with the DfE rules: against the owner’s',
    'previous-year return, the Ofsted provider lists imported and the council’s LA code.',
    '--previous imports the owner’s previous-year 903 files: checked against their own year, never',
    'counted in the indicators or conflicts; the owner’s current return is checked again with them.',
    'Importing a provider list checks every owner’s current return again.',
    'Rows with problems are kept and counted. A file that cannot be read is refused on its own:',
    'the others are stored, each refused file is named on stderr and the exit code is 1. If every',
    'file is refused the workbook stays byte-for-byte unchanged. For the same owner and return, a',
    'file of the same name is replaced, and so is a 903 file whose tables the new 903 files bring',
    'again (a 903 XML return replaces them all).',
  ],
  options: { for: { type: 'string' }, year: { type: 'string' }, previous: { type: 'boolean' } },
  positionals: ['file', 'paths'],
  variadic: true,
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const paths = parsed.positionals.slice(1);
    if (paths.length === 0) throw usageError('import needs at least one file to import');
    const owner = optional(parsed, 'for') ?? 'council';
    const year = yearOption(optional(parsed, 'year'));
    const period = flag(parsed, 'previous') ? 'previous' : 'current';
    // Locked from read to write, so two imports (or an import and a change) made at once are both kept.
    return withLock(file, () => importInto(file, paths, owner, year, period, env));
  },
};

async function importInto(
  file: string,
  paths: readonly string[],
  owner: string,
  year: CollectionYear | undefined,
  period: 'current' | 'previous',
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
  const { operations, parts: storedParts } = opened.bundle;
  const readWith = filesToReadWith(operations, owner, inputs, period);
  // A year chosen for the return before holds for its new files unless --year says otherwise.
  const chosen =
    year ?? givenYearOfReturn(readWith, (entry) => givenYearOf(storedJson(entry, storedParts)));
  const callRead = readImportFiles(
    inputs,
    storedInputs(readWith, storedParts),
    readOptionsFor(
      chosen,
      checkContextFromParts(operations, storedParts, opened.workbook, owner, period),
    ),
  );
  const errors = callRead.refused.map((refused) => refused.message);
  if (callRead.files.length === 0) {
    // One line per refused file, each saying nothing was stored (one message, one line).
    throw new CliError(errors.map((error) => `${error} Nothing was imported.`).join('\n'));
  }
  const results = callRead.files;
  const kept = inputs.filter((_, index) => callRead.read[index] === true);
  const hashed = results.map((result, index) => ({
    parsed: result,
    sha256: sha256(kept[index]?.bytes ?? new Uint8Array()),
  }));
  const acting = await actingOn(file, opened.bundle.operations, env);
  const context = commandContext(acting.author, opened.bundle.operations);
  const outcome = recordImportCall(context, owner, hashed, {
    period,
    ...(chosen === undefined ? {} : { givenYear: chosen }),
  });
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
  // The returns this call changes the context of are checked again with it.
  const rechecked = recheckAfterImport(
    acting.author,
    [...opened.bundle.operations, ...outcome.data.operations],
    parts,
    ownersToRecheck(
      [...opened.bundle.operations, ...outcome.data.operations],
      owner,
      period,
      results.map((result) => result.kind),
    ),
  );
  await saveWorkbook(
    file,
    opened.sealing,
    opened.bundle.manifest.inspectionId,
    await signedLog(opened.bundle.operations, rechecked.operations, acting),
    acting.author,
    rechecked.parts,
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
    ...(period === 'previous' && result.kind.startsWith('ssda903')
      ? { period: 'previous' as const }
      : {}),
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
          `SSDA903 ${period === 'previous' ? 'previous-year return, ' : ''}collection year ${checkedYear.label} (${checkedYear.source === 'given' ? (year === undefined ? 'chosen for the return' : 'given with --year') : 'worked out from the episodes'}).`,
        ];
  const refused = callRead.refused.map((item) => ({ file: item.file, message: item.message }));
  const replaced = outcome.data.replaced.map((entry) => ({
    id: entry.id,
    file: entry.fileName,
    owner: entry.owner,
  }));
  const replacedLine =
    replaced.length === 0
      ? []
      : [`Replaces the earlier ${replaced.map((entry) => entry.file).join(', ')}.`];
  errors.push(...rechecked.failures);
  if (callRead.refused.length > 0) {
    errors.push(
      `${callRead.refused.length} of ${inputs.length} files refused; the other ${results.length} were imported.`,
    );
  }
  return {
    json: {
      files,
      refused,
      replaced,
      ...(checkedYear === undefined ? {} : { year: checkedYear }),
      rechecked: rechecked.files,
    },
    text: [text, ...yearLine, ...replacedLine, ...recheckText(rechecked.files)].join('\n'),
    ...(errors.length > 0 ? { errors, exitCode: 1 as const } : {}),
  };
}
