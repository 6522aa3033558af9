import { z } from 'zod';
import type { Operation } from '../bundle';
import type { Result } from '../util/result';
import { type CommandContext, type CommandOutcome } from './context';
/** The kinds of file an import may hold (the `kind` of `import --json`). */
export declare const importKinds: readonly [
  'ssda903-csv',
  'ssda903-xml',
  'annex-a',
  'ofsted-providers',
  'ch-psc-snapshot',
  'ch-basic-company-data',
];
export type ImportKind = (typeof importKinds)[number];
/** Registers and Companies House data describe the market, not one body's children. */
export declare const inspectionWideKinds: readonly ImportKind[];
/**
 * One imported file as the log records it: whose records they are, which
 * file (name, size, SHA-256 — the bytes themselves travel as the bundle part
 * `imports/<sha256>`), when and by whom, and what it held.
 */
export declare const importRecordSchema: z.ZodObject<
  {
    owner: z.ZodString;
    fileName: z.ZodString;
    size: z.ZodNumber;
    sha256: z.ZodString;
    kind: z.ZodEnum<{
      'ssda903-csv': 'ssda903-csv';
      'ssda903-xml': 'ssda903-xml';
      'annex-a': 'annex-a';
      'ofsted-providers': 'ofsted-providers';
      'ch-psc-snapshot': 'ch-psc-snapshot';
      'ch-basic-company-data': 'ch-basic-company-data';
    }>;
    importedAt: z.ZodISODateTime;
    importedBy: z.ZodString;
    rows: z.ZodNumber;
    tables: z.ZodRecord<z.ZodString, z.ZodNumber>;
    problems: z.ZodObject<
      {
        error: z.ZodNumber;
        warning: z.ZodNumber;
        info: z.ZodNumber;
      },
      z.core.$strip
    >;
  },
  z.core.$strip
>;
export type ImportMeta = z.output<typeof importRecordSchema>;
/** An import with its id. */
export type ImportEntry = ImportMeta & {
  readonly id: string;
};
/** The entity type of imports in the log. */
export declare const IMPORT_ENTITY = 'import';
/** The bundle part holding a file's bytes. */
export declare function importPartName(sha256: string): string;
/** The live imports of the log, oldest first. */
export declare function importsFromOperations(operations: readonly Operation[]): ImportEntry[];
/**
 * Records the files of one import call. Each replaces an earlier file of
 * the same name imported for the same owner. The owner must be the council,
 * a registered provider, or `inspection` for registers and Companies House
 * files, which always belong to the whole inspection.
 */
export declare function recordImports(
  context: CommandContext,
  files: readonly Omit<ImportMeta, 'importedAt' | 'importedBy'>[],
): Result<
  CommandOutcome & {
    readonly ids: readonly string[];
  }
>;
/** Removes one import from the workbook (its history stays in the log). */
export declare function removeImportEntry(
  context: CommandContext,
  id: string,
): Result<CommandOutcome>;
