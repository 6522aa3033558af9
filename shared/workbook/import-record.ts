import { z } from 'zod';

/** The kinds of file an import may hold (the `kind` of `import --json`). */
export const importKinds = [
  'ssda903-csv',
  'ssda903-xml',
  'annex-a',
  'ofsted-providers',
  'ch-psc-snapshot',
  'ch-basic-company-data',
  'cin-census',
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
  /**
   * `previous`: the owner's return for the collection year before the one
   * inspected, imported so the DfE rules that compare years can run; it
   * never counts in the indicators or conflicts. Absent: the current return.
   */
  period: z.literal('previous').optional(),
  /**
   * The SSDA903 collection year a person chose for this import (at import
   * or later, on the Records page or with `workbook recheck`); `null` or
   * absent: worked out from the episodes. Kept in the log so a merge
   * carries the choice.
   */
  givenYear: z.object({ start: z.string(), end: z.string() }).nullable().optional(),
});

export type ImportMeta = z.output<typeof importRecordSchema>;

/** Which return an import belongs to: the one inspected, or the year before it. */
export type ImportPeriod = 'current' | 'previous';

/** The period of an import entry (absent = the current return). */
export function periodOf(entry: { readonly period?: 'previous' | undefined }): ImportPeriod {
  return entry.period === 'previous' ? 'previous' : 'current';
}

/** An import with its id. */
export type ImportEntry = ImportMeta & { readonly id: string };

/** The entity type of imports in the log. */
export const IMPORT_ENTITY = 'import';

/** The bundle part holding a file's bytes. */
export function importPartName(sha256: string): string {
  return `imports/${sha256}`;
}

/** The bundle part that holds what the readers made of one import (its rows and problems). */
export function readPartName(importId: string): string {
  return `reads/${importId}.json`;
}
