import { materialise, type Operation } from '../bundle';
import type { Result } from '../util/result';
import {
  checked,
  currentWorkbook,
  refuse,
  type CommandContext,
  type CommandOutcome,
} from './context';
import {
  IMPORT_ENTITY,
  importRecordSchema,
  type ImportEntry,
  type ImportMeta,
} from './import-record';
import { importsReplaced } from './import-supersede';

/** The live imports of the log, oldest first. */
export function importsFromOperations(operations: readonly Operation[]): ImportEntry[] {
  const records = materialise(operations)[IMPORT_ENTITY] ?? {};
  const entries: ImportEntry[] = [];
  for (const [id, record] of Object.entries(records)) {
    const parsed = importRecordSchema.safeParse(record);
    if (parsed.success) entries.push({ id, ...parsed.data });
  }
  return entries.sort((a, b) =>
    a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0,
  );
}

/**
 * Records the files of one import call. The call replaces the stored files
 * `importsReplaced` names (the same name, or a 903 table brought again, for
 * the same owner and the same return). The owner must be the council,
 * a registered provider, or `inspection` for registers and Companies House
 * files, which always belong to the whole inspection.
 */
export function recordImports(
  context: CommandContext,
  files: readonly Omit<ImportMeta, 'importedAt' | 'importedBy'>[],
): Result<
  CommandOutcome & { readonly ids: readonly string[]; readonly replaced: readonly ImportEntry[] }
> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const providers = new Set(workbook.data.providers.map((p) => p.id));
  const operations: Operation[] = [];
  const ids: string[] = [];
  const unknown = files.find(
    (file) => file.owner !== 'council' && file.owner !== 'inspection' && !providers.has(file.owner),
  );
  if (unknown !== undefined) {
    return refuse(
      'import.unknown-owner',
      `"${unknown.owner}" is neither "council" nor a delegated provider's id.`,
    );
  }
  // This year's header.csv does not replace last year's: each return keeps its own files.
  const replaced = importsReplaced(importsFromOperations(context.operations), files);
  for (const old of replaced) {
    const removal = context.recorder.remove(IMPORT_ENTITY, old.id);
    if (removal !== null) operations.push(removal);
  }
  for (const file of files) {
    const id = context.newId('imp');
    operations.push(
      ...context.recorder.create(IMPORT_ENTITY, id, {
        ...file,
        importedAt: context.now(),
        importedBy: context.author,
      }),
    );
    ids.push(id);
  }
  const outcome = checked(context, ids[0] ?? '', operations);
  return outcome.ok ? { ok: true, data: { ...outcome.data, ids, replaced } } : outcome;
}

/** What a re-check made of one stored import: its new counts, and the year chosen for it. */
export type RecheckedImport = {
  readonly id: string;
  readonly rows: number;
  readonly tables: Readonly<Record<string, number>>;
  readonly problems: ImportMeta['problems'];
  /** The year chosen (`null`: back to the episodes' year); absent leaves the choice as it was. */
  readonly givenYear?: { readonly start: string; readonly end: string } | null;
};

/**
 * Records a re-check of stored imports (their files read again under
 * another year, or with the previous year's return or the provider lists
 * now imported): each import's new counts and the year chosen, as field
 * changes, so a merge carries them. A field that already holds the value
 * writes nothing.
 */
export function recordRecheck(
  context: CommandContext,
  rechecked: readonly RecheckedImport[],
): Result<CommandOutcome> {
  const live = new Set(importsFromOperations(context.operations).map((entry) => entry.id));
  const operations: Operation[] = [];
  for (const item of rechecked) {
    if (!live.has(item.id)) {
      return refuse('import.unknown', `No import "${item.id}" in this workbook to check again.`);
    }
    const fields: Record<string, unknown> = {
      rows: item.rows,
      tables: { ...item.tables },
      problems: { ...item.problems },
      ...(item.givenYear === undefined
        ? {}
        : { givenYear: item.givenYear === null ? null : { ...item.givenYear } }),
    };
    for (const [field, value] of Object.entries(fields)) {
      const op = context.recorder.change({ entity: IMPORT_ENTITY, id: item.id, field, value });
      if (op !== null) operations.push(op);
    }
  }
  return checked(context, rechecked[0]?.id ?? '', operations);
}

/** Removes one import from the workbook (its history stays in the log). */
export function removeImportEntry(context: CommandContext, id: string): Result<CommandOutcome> {
  if (!importsFromOperations(context.operations).some((e) => e.id === id)) {
    return refuse(
      'import.unknown',
      `No import "${id}" in this workbook; list them with \`workbook imports list\`.`,
    );
  }
  const removal = context.recorder.remove(IMPORT_ENTITY, id);
  return checked(context, id, removal === null ? [] : [removal]);
}
