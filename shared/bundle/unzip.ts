import { unzipSync, type UnzipFileInfo } from 'fflate';
import {
  BUNDLE_RATIO_FLOOR_BYTES,
  MAX_BUNDLE_ENTRIES,
  MAX_BUNDLE_PART_INFLATED_BYTES,
  MAX_BUNDLE_PART_RATIO,
} from '../limits';
import { OPERATIONS_PART } from './bundle';
import { SIGNATURES_PART } from './signatures-part';
import { BundleError } from './errors';
import { MANIFEST_PART } from './manifest';
import { PART_NAME_HINT, partNameSchema, PARTS_FOLDER } from './parts';
import { centralCrcs, crc32, looksLikeZip } from './zip-check';

/**
 * The zip layer of reading a bundle: every entry is named, counted and
 * sized from the zip's own directory BEFORE anything is inflated, so a
 * small file that claims gigabytes is refused having cost nothing; then
 * each entry is inflated at most once and checked against its CRC-32.
 */

export const WHOLE_FILE = '(file)';
export const EXPORT_AGAIN = 'ask the sender to export it again';

/** How a bundle's parts are read: all at once, or each the first time it is read. */
export type PartReading = 'eager' | 'on-first-use';

/** The zip's entries: every name in it, and the bytes of those inflated (checksums checked). */
export type Unzipped = {
  readonly names: ReadonlySet<string>;
  readonly files: Map<string, Uint8Array>;
  readonly crcs: ReadonlyMap<string, number>;
};

export function corruptZip(): BundleError {
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

const MIB = 1024 * 1024;

function tooLarge(name: string, why: string): BundleError {
  return new BundleError(
    'too-large',
    { part: name },
    `The bundle's part "${name}" ${why}, so it is damaged or not a workbook export; ${EXPORT_AGAIN}.`,
  );
}

/** Refuses an entry by the sizes the directory claims, before it is inflated. */
function checkSize(file: UnzipFileInfo, fileBytes: number, total: number, maxTotal: number): void {
  if (file.originalSize > MAX_BUNDLE_PART_INFLATED_BYTES) {
    throw tooLarge(
      file.name,
      `would expand to ${Math.ceil(file.originalSize / MIB)} MiB (at most ${MAX_BUNDLE_PART_INFLATED_BYTES / MIB} MiB per part)`,
    );
  }
  // Deflate expands text about 5 to 50 times and a zip bomb about 1,000 times;
  // nothing is compressed into more bytes than the file holds.
  const compressed = Math.max(1, Math.min(file.size, fileBytes));
  if (
    file.originalSize > BUNDLE_RATIO_FLOOR_BYTES &&
    file.originalSize > compressed * MAX_BUNDLE_PART_RATIO
  ) {
    throw tooLarge(
      file.name,
      `would expand ${Math.floor(file.originalSize / compressed)} times its compressed size (at most ${MAX_BUNDLE_PART_RATIO})`,
    );
  }
  if (total > maxTotal) {
    throw new BundleError(
      'too-large',
      { part: file.name },
      `The bundle would expand to more than ${Math.floor(maxTotal / MIB)} MiB; it is damaged or not a workbook export.`,
    );
  }
}

function refuseName(name: string): BundleError {
  return new BundleError(
    'unexpected-part',
    { part: name.slice(0, 80) },
    `The bundle holds "${name.slice(0, 80)}", which is not part of the format (${PART_NAME_HINT} ` +
      `inside ${PARTS_FOLDER}); ${EXPORT_AGAIN}.`,
  );
}

/**
 * Extracts the zip, refusing unexpected, repeated, oversized or corrupt
 * entries; parts are inflated only when `reading` is `eager`.
 */
export function unzipBundle(bytes: Uint8Array, maxBytes: number, reading: PartReading): Unzipped {
  if (!(bytes instanceof Uint8Array) || !looksLikeZip(bytes)) {
    throw new BundleError(
      'not-a-zip',
      { part: WHOLE_FILE },
      'This file is not an Inspection Workbook bundle (it is not a zip archive). ' +
        'Choose the .inspection file that was exported.',
    );
  }
  // The directory is walked first: the names, count and sizes of every entry
  // are known before fflate inflates any of them.
  const crcs = centralCrcs(bytes);
  if (crcs === undefined) throw corruptZip();
  if (crcs.size > MAX_BUNDLE_ENTRIES) {
    throw new BundleError(
      'too-large',
      { part: WHOLE_FILE },
      `The bundle holds more than ${MAX_BUNDLE_ENTRIES} entries; it is damaged or not a workbook export.`,
    );
  }
  const seen = new Set<string>();
  const checked: UnzipFileInfo[] = [];
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
    if (
      file.name !== MANIFEST_PART &&
      file.name !== OPERATIONS_PART &&
      file.name !== SIGNATURES_PART &&
      !isPart
    ) {
      throw refuseName(file.name);
    }
    total += file.originalSize;
    checkSize(file, bytes.length, total, maxBytes);
    checked.push(file);
    return false;
  };
  // First pass: fflate walks the directory and inflates nothing (the filter says no to all).
  try {
    unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw corruptZip();
  }
  const skipped = [...crcs.keys()].find((name) => !name.endsWith('/') && !seen.has(name));
  if (skipped !== undefined) {
    throw new BundleError(
      'corrupt-zip',
      { part: skipped.slice(0, 80) },
      'The bundle is damaged (its table of contents does not match its entries). ' +
        'Copy the file again from its source, or ask the sender to export it again.',
    );
  }
  const wanted = (name: string) => reading === 'eager' || !name.startsWith(PARTS_FOLDER);
  let files: { [name: string]: Uint8Array };
  try {
    files = unzipSync(bytes, { filter: (file) => seen.has(file.name) && wanted(file.name) });
  } catch {
    throw corruptZip();
  }
  const out = new Map<string, Uint8Array>();
  for (const file of checked) {
    if (!wanted(file.name)) continue;
    const data = Object.hasOwn(files, file.name) ? files[file.name] : undefined;
    out.set(file.name, checkedCrc(file.name, data, crcs));
  }
  return { names: seen, files: out, crcs };
}

/** Inflates one entry the directory already vouched for, and checks its checksum. */
export function inflateEntry(
  bytes: Uint8Array,
  name: string,
  crcs: ReadonlyMap<string, number>,
): Uint8Array {
  let files: { [name: string]: Uint8Array };
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === name });
  } catch {
    throw corruptZip();
  }
  return checkedCrc(name, Object.hasOwn(files, name) ? files[name] : undefined, crcs);
}
