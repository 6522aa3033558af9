import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import {
  addOnce,
  checkOperation,
  OPERATIONS_PART,
  type Bundle,
  type BundleParts,
  type ReadBundleOptions,
} from './bundle';
import { checkEntities, isKnownEntity } from './entities';
import { BundleError } from './errors';
import { MANIFEST_PART, parseManifest } from './manifest';
import type { Operation } from './operation';
import { findPartRule, PART_NAME_HINT, partNameSchema, PARTS_FOLDER } from './parts';
import { centralCrcs, crc32, looksLikeZip } from './zip-check';
import { firstIssue } from '../util/zod-issues';

const WHOLE_FILE = '(file)';
const DEFAULT_MAX_BYTES = 1024 ** 3;
const EXPORT_AGAIN = 'ask the sender to export it again';

/**
 * How a bundle's parts are read: `eager` inflates and checks every part
 * before {@link readBundle} returns; `on-first-use` checks the zip's
 * directory, names, sizes and part rules at once, and inflates, checksums
 * and validates each part the first time it is read (a command that never
 * reads the imported files does not pay for them).
 */
export type PartReading = 'eager' | 'on-first-use';

/** The zip's entries: every name in it, and the bytes of those inflated (checksums checked). */
type Unzipped = {
  readonly names: ReadonlySet<string>;
  readonly files: Map<string, Uint8Array>;
  readonly crcs: ReadonlyMap<string, number>;
};

function corruptZip(): BundleError {
  return new BundleError(
    'corrupt-zip',
    { part: WHOLE_FILE },
    'The bundle is damaged or incomplete (the zip archive cannot be read). ' +
      'Copy the file again from its source, or ask the sender to export it again.',
  );
}

function checkedCrc(name: string, data: Uint8Array | undefined, crcs: ReadonlyMap<string, number>) {
  if (data === undefined || crcs.get(name) !== crc32(data)) {
    throw new BundleError(
      'corrupt-zip',
      { part: name },
      `"${name}" in the bundle is damaged (its checksum does not match). ` +
        'Copy the file again from its source, or ask the sender to export it again.',
    );
  }
  return data;
}

/**
 * Extracts the zip, refusing unexpected, repeated, oversized or corrupt
 * entries; parts are inflated only when `reading` is `eager`.
 */
function unzip(bytes: Uint8Array, maxBytes: number, reading: PartReading): Unzipped {
  if (!(bytes instanceof Uint8Array) || !looksLikeZip(bytes)) {
    throw new BundleError(
      'not-a-zip',
      { part: WHOLE_FILE },
      'This file is not an Inspection Workbook bundle (it is not a zip archive). ' +
        'Choose the .inspection file that was exported.',
    );
  }
  const seen = new Set<string>();
  let total = 0;
  const filter = (file: UnzipFileInfo): boolean => {
    if (file.name.endsWith('/') && file.originalSize === 0) return false; // folder entry
    if (seen.has(file.name)) {
      throw new BundleError(
        'duplicate-part',
        { part: file.name },
        `The bundle holds "${file.name}" twice, so it is ambiguous; ${EXPORT_AGAIN}.`,
      );
    }
    seen.add(file.name);
    const isPart =
      file.name.startsWith(PARTS_FOLDER) &&
      partNameSchema.safeParse(file.name.slice(PARTS_FOLDER.length)).success;
    if (file.name !== MANIFEST_PART && file.name !== OPERATIONS_PART && !isPart) {
      throw new BundleError(
        'unexpected-part',
        { part: file.name },
        `The bundle holds "${file.name}", which is not part of the format (${PART_NAME_HINT} ` +
          `inside ${PARTS_FOLDER}); ${EXPORT_AGAIN}.`,
      );
    }
    total += file.originalSize;
    // Deflate expands at most about 1,032 times, and nothing is compressed
    // into more bytes than the file holds: a larger claim is a damaged size
    // field, refused before the unzipper allocates it.
    const impossible =
      file.originalSize > 1_048_576 && file.originalSize > Math.min(file.size, bytes.length) * 1100;
    if (total > maxBytes || impossible) {
      throw new BundleError(
        'too-large',
        { part: file.name },
        impossible
          ? `The bundle's part "${file.name}" claims a size its compressed bytes cannot hold, so it is damaged: ${EXPORT_AGAIN}.`
          : `The bundle would expand to more than ${maxBytes} bytes; it is damaged or not a workbook export.`,
      );
    }
    return reading === 'eager' || !isPart;
  };
  let files: { [name: string]: Uint8Array };
  try {
    files = unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw corruptZip();
  }
  const crcs = centralCrcs(bytes);
  const skipped = [...(crcs?.keys() ?? [])].find((name) => !name.endsWith('/') && !seen.has(name));
  if (crcs === undefined || skipped !== undefined) {
    throw new BundleError(
      'corrupt-zip',
      { part: skipped ?? WHOLE_FILE },
      'The bundle is damaged (its table of contents does not match its entries). ' +
        'Copy the file again from its source, or ask the sender to export it again.',
    );
  }
  const out = new Map<string, Uint8Array>();
  for (const name of seen) {
    if (reading === 'on-first-use' && name.startsWith(PARTS_FOLDER)) continue;
    out.set(name, checkedCrc(name, Object.hasOwn(files, name) ? files[name] : undefined, crcs));
  }
  return { names: seen, files: out, crcs };
}

/** Inflates one entry the directory already vouched for, and checks its checksum. */
function inflateEntry(bytes: Uint8Array, name: string, crcs: ReadonlyMap<string, number>) {
  let files: { [name: string]: Uint8Array };
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === name });
  } catch {
    throw corruptZip();
  }
  return checkedCrc(name, Object.hasOwn(files, name) ? files[name] : undefined, crcs);
}

function readOperations(text: string, options: ReadBundleOptions): Operation[] {
  const byId = new Map<string, [Operation, number]>();
  const operations: Operation[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const source = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (source.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch {
      throw new BundleError(
        'invalid-operation',
        { part: OPERATIONS_PART, line },
        `${OPERATIONS_PART}, line ${line}: not valid JSON. The bundle is damaged or was edited by hand; ${EXPORT_AGAIN}.`,
      );
    }
    const op = checkOperation(json, line);
    if (!isKnownEntity(options.entities, op.entity)) {
      throw new BundleError(
        'unknown-entity',
        { part: OPERATIONS_PART, field: 'entity', line },
        `${OPERATIONS_PART}, line ${line}, field "entity": "${op.entity}" is not an entity type this ` +
          'version of Inspection Workbook knows; update the app, then open the bundle again.',
      );
    }
    if (addOnce(byId, op, line)) operations.push(op);
  }
  return operations;
}

/** The part's rule, refusing a part no rule covers. */
function ruleOf(entry: string, options: ReadBundleOptions) {
  const name = entry.slice(PARTS_FOLDER.length);
  const rule = findPartRule(options.parts ?? [], name);
  if (rule === undefined) {
    throw new BundleError(
      'unexpected-part',
      { part: entry },
      `The bundle holds part "${name}", which this version of Inspection Workbook does not ` +
        'know how to check; update the app, then open the bundle again.',
    );
  }
  return rule;
}

/** A part's bytes checked against its rule; the copy returned is not the one the schema saw. */
function checkedPart(entry: string, data: Uint8Array, options: ReadBundleOptions): Uint8Array {
  const name = entry.slice(PARTS_FOLDER.length);
  // The schema sees its own copy, so a transform cannot alter what is returned.
  const result = ruleOf(entry, options).schema.safeParse(data.slice());
  if (!result.success) {
    const { field, message } = firstIssue(result.error);
    throw new BundleError(
      'invalid-part',
      { part: entry, field: field === '' ? undefined : field },
      `Part "${name}"${field === '' ? '' : `, field "${field}"`}: ${message}. ` +
        `The bundle is damaged or was edited by hand; ${EXPORT_AGAIN}.`,
    );
  }
  return data.slice();
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function readParts(files: Map<string, Uint8Array>, options: ReadBundleOptions): BundleParts {
  const parts: [string, Uint8Array][] = [];
  for (const [entry, data] of files) {
    if (!entry.startsWith(PARTS_FOLDER)) continue;
    parts.push([entry.slice(PARTS_FOLDER.length), checkedPart(entry, data, options)]);
  }
  parts.sort(([a], [b]) => byName(a, b));
  return Object.fromEntries(parts);
}

/**
 * The parts as properties that inflate, checksum and validate their part on
 * first read (then keep it), throwing the same {@link BundleError} an eager
 * read would. Every part's rule is checked now, so an unknown part is still
 * refused when the bundle is opened.
 */
function lazyParts(bytes: Uint8Array, zip: Unzipped, options: ReadBundleOptions): BundleParts {
  const entries = [...zip.names].filter((name) => name.startsWith(PARTS_FOLDER)).sort(byName);
  const parts: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    ruleOf(entry, options);
    let held: Uint8Array | undefined;
    Object.defineProperty(parts, entry.slice(PARTS_FOLDER.length), {
      enumerable: true,
      get: () => (held ??= checkedPart(entry, inflateEntry(bytes, entry, zip.crcs), options)),
    });
  }
  return Object.freeze(parts);
}

/**
 * Reads and validates a bundle: the zip and each entry's checksum, the
 * manifest (refusing newer format versions), every line of the log, every
 * live record against `options.entities`, and every part against
 * `options.parts` (see {@link PartReading} for when). Throws a
 * {@link BundleError} naming the part, field and line. Never modifies
 * `bytes` or `options`; returned parts are copies.
 */
export function readBundle(
  bytes: Uint8Array,
  options: ReadBundleOptions,
  reading: PartReading = 'eager',
): Bundle {
  const zip = unzip(bytes, options.maxUncompressedBytes ?? DEFAULT_MAX_BYTES, reading);
  const { files } = zip;
  const manifestBytes = files.get(MANIFEST_PART);
  if (manifestBytes === undefined) {
    throw new BundleError(
      'missing-part',
      { part: MANIFEST_PART },
      `The bundle has no ${MANIFEST_PART}, so it is not a complete Inspection Workbook export; ${EXPORT_AGAIN}.`,
    );
  }
  const manifest = parseManifest(strFromU8(manifestBytes));
  const opsBytes = files.get(OPERATIONS_PART);
  if (opsBytes === undefined) {
    throw new BundleError(
      'missing-part',
      { part: OPERATIONS_PART },
      `The bundle has no ${OPERATIONS_PART} (its record of changes); ${EXPORT_AGAIN}.`,
    );
  }
  const operations = readOperations(strFromU8(opsBytes), options);
  checkEntities(operations, options.entities, OPERATIONS_PART);
  const parts =
    reading === 'eager' ? readParts(files, options) : lazyParts(bytes.slice(), zip, options);
  return { manifest, operations, parts };
}
