import { z } from 'zod';
import { materialise } from '../bundle';
import type { Operation } from '../bundle';
import type { Result } from '../util/result';
import {
  checked,
  currentWorkbook,
  refuse,
  type CommandContext,
  type CommandOutcome,
} from './context';

/** The kinds of file an import may hold (the `kind` of `import --json`). */
export const importKinds = [
  'ssda903-csv',
  'ssda903-xml',
  'annex-a',
  'ofsted-providers',
  'ch-psc-snapshot',
  'ch-basic-company-data',
] as const;

export type ImportKind = (typeof importKinds)[number];

/** Registers and Companies House data describe the market, not one body's children. */
export const inspectionWideKinds: readonly ImportKind[] = [
  'ofsted-providers',
  'ch-psc-snapshot',
  'ch-basic-company-data',
];

const count = z.number().int().nonnegative();

/**
 * One imported file as the log records it: whose records they are, which
 * file (name, size, SHA-256 — the bytes themselves travel as the bundle part
 * `imports/<sha256>`), when and by whom, and what it held.
 */
export const importRecordSchema = z.object({
  /** `council`, a delegated provider's id, or `inspection`. */
  owner: z.string().min(1),
  fileName: z.string().min(1),
  size: count,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(importKinds),
  importedAt: z.iso.datetime({ offset: true }),
  importedBy: z.string().min(1),
  rows: count,
  tables: z.record(z.string(), count),
  problems: z.object({ error: count, warning: count, info: count }),
});

export type ImportMeta = z.output<typeof importRecordSchema>;

/** An import with its id. */
export type ImportEntry = ImportMeta & { readonly id: string };

/** The entity type of imports in the log. */
export const IMPORT_ENTITY = 'import';

/** The bundle part holding a file's bytes. */
export function importPartName(sha256: string): string {
  return `imports/${sha256}`;
}

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
