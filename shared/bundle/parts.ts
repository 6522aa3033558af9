import { strFromU8 } from 'fflate';
import { z } from 'zod';

/**
 * Extra named parts of a bundle (attachments, chunks of imported records).
 * They travel as bytes under `parts/` in the zip, and each is validated on
 * read by the zod schema of the rule that covers its name. A part no rule
 * covers is refused, so nothing unexamined enters the workbook.
 */

/** Folder inside the zip that holds named parts, keeping them apart from reserved names. */
export const PARTS_FOLDER = 'parts/';

/** What a valid part name looks like, for error messages. */
export const PART_NAME_HINT =
  'a part name uses letters, digits, . _ - and / between folders, like attachments/visit-1.pdf';

/**
 * A part name: `/`-separated segments of letters, digits, `.`, `_`, `-`, none
 * starting with `.`, so no name can climb out of `parts/` (`..`) when unpacked.
 */
export const partNameSchema = z
  .string()
  .max(200, { error: 'must be at most 200 characters' })
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/, {
    error: PART_NAME_HINT,
  });

/** How the parts with some names are checked on read. */
export type PartRule = {
  /** An exact part name (`summary.json`), or a folder ending in `/` (`attachments/`). */
  readonly name: string;
  /** Applied to the part's bytes (a `Uint8Array`); see {@link jsonPart} for JSON parts. */
  readonly schema: z.ZodType;
  /**
   * `sha256`: the name after the rule's folder is the SHA-256 of the part's
   * bytes, checked every time the part is read, so an altered file is never used.
   */
  readonly namedBy?: 'sha256';
};

/** The rule for `name`: an exact match first, else the longest matching folder. */
export function findPartRule(rules: readonly PartRule[], name: string): PartRule | undefined {
  const exact = rules.find((rule) => rule.name === name);
  if (exact !== undefined) return exact;
  let best: PartRule | undefined;
  for (const rule of rules) {
    if (!rule.name.endsWith('/') || !name.startsWith(rule.name)) continue;
    if (best === undefined || rule.name.length > best.name.length) best = rule;
  }
  return best;
}

/** Zod schema for any bytes, for parts whose content is opaque (e.g. a PDF attachment). */
export const bytesPart = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  error: 'expected bytes',
});

/**
 * A part schema for UTF-8 JSON content checked by `schema`, e.g.
 * `{ name: 'chunks/', schema: jsonPart(chunkSchema) }`.
 */
export function jsonPart(schema: z.ZodType): z.ZodType {
  return bytesPart
    .transform((bytes, ctx): unknown => {
      try {
        const parsed: unknown = JSON.parse(strFromU8(bytes));
        return parsed;
      } catch {
        ctx.issues.push({ code: 'custom', input: bytes, message: 'is not valid JSON text' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
