import { strFromU8, strToU8 } from 'fflate';
import type { ParsedFile } from '../records/read-files';
import { checkStoredRead, fromStoredRead, toStoredRead } from '../records/stored-read';
import { readPartName, type ImportEntry } from './import-record';

/** One import's stored read as bundle-part bytes. */
export function storedReadBytes(parsed: ParsedFile): Uint8Array {
  return strToU8(JSON.stringify(toStoredRead(parsed)));
}

/** One import's stored read part as JSON, or `undefined` when missing or not JSON. */
export function storedJson(
  entry: ImportEntry,
  parts: Readonly<Record<string, Uint8Array>>,
): unknown {
  const bytes = parts[readPartName(entry.id)];
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}

/**
 * One import's stored read from bundle parts, or `undefined` when it is
 * missing, damaged or made under other rules (then the source is read again).
 */
export function storedRead(
  entry: ImportEntry,
  parts: Readonly<Record<string, Uint8Array>>,
): ParsedFile | undefined {
  const json = storedJson(entry, parts);
  if (json === undefined) return undefined;
  const checked = checkStoredRead(json, readPartName(entry.id));
  return checked.ok ? fromStoredRead(checked.read) : undefined;
}
