import { strToU8, zipSync, type Zippable } from 'fflate';
import type { EntityRegistry } from './entities';
import { BundleError } from './errors';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  manifestSchema,
  MANIFEST_PART,
  type Manifest,
} from './manifest';
import { unsignedLine } from './canonical';
import { signaturesPart, SIGNATURES_PART } from './signatures-part';
import { operationSchema, sameOperation, type Operation } from './operation';
import { PART_NAME_HINT, partNameSchema, PARTS_FOLDER, type PartRule } from './parts';
import { firstIssue } from '../util/zod-issues';

/**
 * The `.inspection` file: a zip (fflate, https://github.com/101arrowz/fflate) holding
 * `manifest.json`, `operations.jsonl` (one op per line, the whole log) and
 * named parts under `parts/`. Everything is validated on the way in.
 */

/** The operations log's file name inside the zip. */
export const OPERATIONS_PART = 'operations.jsonl';

/** Named parts: name (without the `parts/` folder) → bytes. */
export type BundleParts = { readonly [name: string]: Uint8Array };

/** A bundle's contents. */
export type Bundle = {
  readonly manifest: Manifest;
  /** The log, in file order, each op once. */
  readonly operations: readonly Operation[];
  readonly parts: BundleParts;
};

/** What {@link writeBundle} needs. */
export type WriteBundleInput = {
  readonly inspectionId: string;
  /** Who exported (the inspector's name or node). */
  readonly exportedBy: string;
  /** ISO 8601 date-time; defaults to now. Also used as every zip entry's time, for stable output. */
  readonly exportedAt?: string;
  readonly operations: Iterable<Operation>;
  readonly parts?: BundleParts;
  /** For a bundle to be age-encrypted: the public keys it is encrypted to (manifest.ts). */
  readonly recipients?: readonly string[];
};

/** How {@link readBundle} validates. */
export type ReadBundleOptions = {
  /** Schemas for materialised records, per entity type (see entities.ts). */
  readonly entities: EntityRegistry;
  /** Rules for named parts; a part no rule covers is refused. */
  readonly parts?: readonly PartRule[];
  /** Refuse bundles that would expand beyond this many bytes (default: shared/limits.ts). */
  readonly maxUncompressedBytes?: number;
  /** The local clock, against which changes dated far in the future are refused (default `Date.now`). */
  readonly now?: () => number;
  /**
   * `false` for a log that is only part of a workbook's (a team-folder segment: one member's
   * latest changes), whose records are whole only once merged and are checked then. Each
   * change is still checked, and its entity type must be known. Default `true`.
   */
  readonly checkRecords?: boolean;
};

// Zip (DOS) times cover 1980–2099 only; fflate throws outside.
const ZIP_TIME_MIN = Date.UTC(1980, 0, 2);
const ZIP_TIME_MAX = Date.UTC(2099, 11, 30);

/** Parses one op of `operations.jsonl`, throwing a {@link BundleError} that names the line and field. */
export function checkOperation(
  value: unknown,
  line: number,
  advice = 'The bundle is damaged or was edited by hand; ask the sender to export it again.',
): Operation {
  const parsed = operationSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const { field, message } = firstIssue(parsed.error);
  throw new BundleError(
    'invalid-operation',
    { part: OPERATIONS_PART, field: field === '' ? undefined : field, line },
    `${OPERATIONS_PART}, line ${line}, field "${field || '(whole line)'}": ${message}. ${advice}`,
  );
}

/** Adds `op` to `byId` unless an identical op is there; a different op with its id throws. */
export function addOnce(
  byId: Map<string, [Operation, number]>,
  op: Operation,
  line: number,
): boolean {
  const seen = byId.get(op.id);
  if (seen === undefined) {
    byId.set(op.id, [op, line]);
    return true;
  }
  if (sameOperation(seen[0], op)) return false;
  throw new BundleError(
    'duplicate-operation',
    { part: OPERATIONS_PART, field: 'id', line },
    `${OPERATIONS_PART}, line ${line}: change id "${op.id}" is also used on line ${seen[1]} for a ` +
      'different change. Each device needs its own node name; ask the sender to export again.',
  );
}

/**
 * The log's bytes, encoded line by line: the whole log is never one string,
 * so a log longer than the engine's longest string is written like any other.
 */
function logBytes(lines: readonly string[]): Uint8Array {
  const encoded = lines.map((text) => strToU8(`${text}\n`));
  const out = new Uint8Array(encoded.reduce((sum, bytes) => sum + bytes.length, 0));
  let at = 0;
  for (const bytes of encoded) {
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

/**
 * Writes a bundle. Validates the manifest fields, every op (as `readBundle`
 * will) and every part name; ops repeated identically are written once.
 * Output bytes are deterministic for the same input.
 */
export function writeBundle(input: WriteBundleInput): Uint8Array<ArrayBuffer> {
  const draft = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    inspectionId: input.inspectionId,
    exportedBy: input.exportedBy,
    exportedAt: input.exportedAt ?? new Date().toISOString(),
    ...(input.recipients === undefined ? {} : { recipients: [...input.recipients] }),
  };
  const manifest = manifestSchema.safeParse(draft);
  if (!manifest.success) {
    const { field, message } = firstIssue(manifest.error);
    throw new BundleError(
      'invalid-manifest',
      { part: MANIFEST_PART, field },
      `Cannot export: ${MANIFEST_PART} field "${field}" ${message}.`,
    );
  }
  const byId = new Map<string, [Operation, number]>();
  const lines: string[] = [];
  // The ops as given, not the schema's copies: an op read from a bundle knows its hash already.
  const written: Operation[] = [];
  let line = 0;
  for (const op of input.operations) {
    line += 1;
    const checked = checkOperation(
      op,
      line,
      'Cannot export: this change was not made by the recorder; report it as a bug.',
    );
    if (addOnce(byId, checked, line)) {
      lines.push(unsignedLine(checked));
      written.push(op);
    }
  }
  const signatures = signaturesPart(written, lines);
  const time = Math.min(Math.max(Date.parse(manifest.data.exportedAt), ZIP_TIME_MIN), ZIP_TIME_MAX);
  const files: Zippable = {
    [MANIFEST_PART]: [strToU8(JSON.stringify(manifest.data, null, 2)), { mtime: time }],
    [OPERATIONS_PART]: [logBytes(lines), { mtime: time }],
  };
  // Stored, not deflated: signatures and hashes do not compress (signatures-part.ts).
  if (signatures !== undefined) files[SIGNATURES_PART] = [signatures, { mtime: time, level: 0 }];
  for (const name of Object.keys(input.parts ?? {}).sort()) {
    const bytes = input.parts?.[name];
    if (!partNameSchema.safeParse(name).success || bytes === undefined) {
      throw new BundleError(
        'invalid-part',
        { part: `${PARTS_FOLDER}${name}` },
        `Cannot export part "${name}": ${PART_NAME_HINT}.`,
      );
    }
    files[`${PARTS_FOLDER}${name}`] = [bytes, { mtime: time }];
  }
  return zipSync(files, { level: 6 });
}
