import { strFromU8 } from 'fflate';
import { MAX_BUNDLE_INFLATED_BYTES } from '../limits';
import { readSignatures, SIGNATURES_PART } from './signatures-part';
import { OPERATIONS_PART, type Bundle, type BundleParts, type ReadBundleOptions } from './bundle';
import { checkEntities } from './entities';
import { BundleError } from './errors';
import { MANIFEST_PART, parseManifest } from './manifest';
import { findPartRule, PARTS_FOLDER, type PartRule } from './parts';
import { readOperations } from './read-operations';
import { sha256Hex } from './sha256';
import { EXPORT_AGAIN, inflateEntry, unzipBundle, type PartReading, type Unzipped } from './unzip';
import { firstIssue } from '../util/zod-issues';

export type { PartReading } from './unzip';

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

/** Refuses a part whose bytes are not those its name's SHA-256 promises. */
function checkDigest(entry: string, rule: PartRule, data: Uint8Array): void {
  if (rule.namedBy !== 'sha256') return;
  const claimed = entry.slice(PARTS_FOLDER.length + rule.name.length);
  if (sha256Hex(data) === claimed) return;
  throw new BundleError(
    'part-altered',
    { part: entry },
    `Part "${entry.slice(PARTS_FOLDER.length)}" is not the file it names: its bytes have changed ` +
      `since it was added (their SHA-256 differs). The bundle was altered; ${EXPORT_AGAIN}.`,
  );
}

/** A part's bytes checked against its rule; the copy returned is not the one the schema saw. */
function checkedPart(entry: string, data: Uint8Array, options: ReadBundleOptions): Uint8Array {
  const name = entry.slice(PARTS_FOLDER.length);
  const rule = ruleOf(entry, options);
  checkDigest(entry, rule, data);
  // The schema sees its own copy, so a transform cannot alter what is returned.
  const result = rule.schema.safeParse(data.slice());
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
  const zip = unzipBundle(
    bytes,
    options.maxUncompressedBytes ?? MAX_BUNDLE_INFLATED_BYTES,
    reading,
  );
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
  const signatureBytes = files.get(SIGNATURES_PART);
  const operations = readOperations(
    opsBytes,
    options.entities,
    (options.now ?? Date.now)(),
    signatureBytes === undefined ? undefined : readSignatures(signatureBytes),
  );
  if (options.checkRecords !== false) checkEntities(operations, options.entities, OPERATIONS_PART);
  const parts =
    reading === 'eager' ? readParts(files, options) : lazyParts(bytes.slice(), zip, options);
  return { manifest, operations, parts };
}
