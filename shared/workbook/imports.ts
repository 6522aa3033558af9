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
 * Records the files of one import call. Each replaces an earlier file of
 * the same name imported for the same owner. The owner must be the council,
 * a registered provider, or `inspection` for registers and Companies House
 * files, which always belong to the whole inspection.
 */
export function recordImports(
  context: CommandContext,
  files: readonly Omit<ImportMeta, 'importedAt' | 'importedBy'>[],
): Result<CommandOutcome & { readonly ids: readonly string[] }> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const providers = new Set(workbook.data.providers.map((p) => p.id));
  const existing = importsFromOperations(context.operations);
  const operations: Operation[] = [];
  const ids: string[] = [];
  for (const file of files) {
    if (file.owner !== 'council' && file.owner !== 'inspection' && !providers.has(file.owner)) {
      return refuse(
        'import.unknown-owner',
        `"${file.owner}" is neither "council" nor a delegated provider's id.`,
      );
    }
    for (const old of existing.filter(
      (e) => e.owner === file.owner && e.fileName === file.fileName,
    )) {
      const removal = context.recorder.remove(IMPORT_ENTITY, old.id);
      if (removal !== null) operations.push(removal);
    }
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
  return outcome.ok ? { ok: true, data: { ...outcome.data, ids } } : outcome;
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
