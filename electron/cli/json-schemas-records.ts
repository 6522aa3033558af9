import { z } from 'zod';
import { crossCheckKinds } from '../../shared/records/cin/cross-checks';
import { importKinds } from '../../shared/workbook/import-record';
import { count, nullableString } from './json-schema-parts';

/*
 * The `--json` documents of the commands about records and keys: import,
 * recheck, problems, cross-checks, keys (json-schemas.ts lists every command).
 */

const recheckedFile = z.strictObject({
  id: z.string(),
  owner: z.string(),
  file: z.string(),
  problems: z.strictObject({ error: count, warning: count, info: count }),
  year: z.strictObject({ start: z.string(), end: z.string() }).exactOptional(),
  yearSource: z.enum(['given', 'detected']).exactOptional(),
});

export const importOutput = z.strictObject({
  files: z.array(
    z.strictObject({
      file: z.string(),
      kind: z.enum(importKinds),
      rows: count,
      tables: z.record(z.string(), count),
      problems: z.strictObject({ error: count, warning: count, info: count }),
      id: z.string(),
      owner: z.string(),
      sha256: z.string(),
      year: z.strictObject({ start: z.string(), end: z.string() }).exactOptional(),
      /** Whether the year was given with --year or worked out from the episodes. */
      yearSource: z.enum(['given', 'detected']).exactOptional(),
      /** `previous`: a file of the owner's previous-year return (--previous). */
      period: z.literal('previous').exactOptional(),
    }),
  ),
  /** The files that could not be read, each with its one-line reason; the others were imported. */
  refused: z.array(z.strictObject({ file: z.string(), message: z.string() })),
  /**
   * The stored files this call replaced, for the same owner and return: one of the same name,
   * or a 903 file whose tables the new 903 files all bring again (a 903 XML return replaces all).
   */
  replaced: z.array(z.strictObject({ id: z.string(), file: z.string(), owner: z.string() })),
  /** The SSDA903 collection year the call's 903 files were checked against. */
  year: z
    .strictObject({
      start: z.string(),
      end: z.string(),
      label: z.string(),
      source: z.enum(['given', 'detected']),
    })
    .exactOptional(),
  /** The stored files checked again because this call changed what they are checked with. */
  rechecked: z.array(recheckedFile),
});

export const recheckOutput = z.strictObject({
  owner: z.string(),
  /** `previous`: the owner's previous-year return was checked again. */
  period: z.literal('previous').exactOptional(),
  /** The collection year the return was checked against, and where it came from. */
  year: z
    .strictObject({
      start: z.string(),
      end: z.string(),
      label: z.string(),
      source: z.enum(['given', 'detected']),
    })
    .exactOptional(),
  files: z.array(
    z.strictObject({
      id: z.string(),
      file: z.string(),
      problems: z.strictObject({ error: count, warning: count, info: count }),
    }),
  ),
});

export const problemsOutput = z.strictObject({
  year: nullableString,
  files: z.array(
    z.strictObject({
      file: z.string(),
      owner: z.string(),
      kind: z.enum(importKinds),
      year: nullableString,
      /** `previous`: a file of the owner's previous-year return. */
      period: z.literal('previous').exactOptional(),
      problems: count,
    }),
  ),
  problems: z.array(
    z.strictObject({
      file: z.string(),
      owner: z.string(),
      table: nullableString,
      row: z.number().int().positive().nullable(),
      column: nullableString,
      value: nullableString,
      rule: z.string(),
      dfeCode: nullableString,
      severity: z.enum(['error', 'warning', 'info']),
      message: z.string(),
      child: nullableString,
      count,
    }),
  ),
  summary: z.array(
    z.strictObject({ rule: z.string(), dfeCode: nullableString, message: z.string(), count }),
  ),
});

export const crossChecksOutput = z.strictObject({
  census: nullableString,
  findings: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(crossCheckKinds),
      owner: z.string(),
      child: z.string(),
      message: z.string(),
      files: z.array(z.string()),
    }),
  ),
});

const publicKeys = { recipient: z.string(), signingKey: z.string() };

export const keysNewOutput = z.strictObject({
  file: z.string(),
  ...publicKeys,
  wrapped: z.boolean(),
});

export const keysShowOutput = z.strictObject({
  identities: z.array(z.strictObject(publicKeys)),
  protected: z.boolean(),
});
