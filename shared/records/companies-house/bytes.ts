/**
 * Byte-level helpers shared by the Companies House readers. The bulk files
 * are large (the basic company data is about 5 million rows; the PSC snapshot
 * is published in parts of a few hundred MB), so text is decoded in chunks
 * cut at line breaks rather than as one string, and a zip as downloaded from
 * Companies House is opened when it holds exactly one file.
 */
import { strFromU8 } from 'fflate';
import {
  bytesText,
  MAX_INFLATED_BYTES_PER_FILE,
  MAX_PROBLEMS_PER_RULE,
  MAX_ROWS_PER_BULK_FILE,
  MAX_ZIP_ENTRIES,
} from '../../limits';
import type { RecordProblem } from '../problem';
import { FileRefusedError } from '../problem';
import {
  inflateEntry,
  readZipDirectory,
  ZipDamage,
  type ZipDirectory,
  type ZipEntry,
} from '../zip';

const LF = 10;
const QUOTE = 34;
/** About 4 MB of text per decoded chunk. */
const CHUNK = 4 * 1024 * 1024;

/** The bytes after a UTF-8 byte-order mark, if there is one. */
function withoutBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** Whether the bytes start like a zip archive (`PK\x03\x04`). */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Turns zip damage into a refusal naming the file and the part. */
function zipRefusal(file: string, damage: ZipDamage): FileRefusedError {
  const tooLarge = damage.kind === 'too-large' || damage.kind === 'too-many-entries';
  return new FileRefusedError(
    file,
    tooLarge ? 'ch.zip.too-large' : 'ch.zip.corrupt',
    `${file}: this zip ${damage.detail}. ` +
      (tooLarge
        ? 'Companies House zips hold one file; check it is the right download.'
        : 'Download it again from Companies House.'),
  );
}

/** The one file inside a Companies House zip, refused when there are several or none. */
function onlyEntry(file: string, bytes: Uint8Array): ZipEntry {
  let directory: ZipDirectory;
  try {
    directory = readZipDirectory(bytes, {
      entries: MAX_ZIP_ENTRIES,
      totalBytes: MAX_INFLATED_BYTES_PER_FILE,
    });
  } catch (error: unknown) {
    if (error instanceof ZipDamage) throw zipRefusal(file, error);
    throw error;
  }
  const files = directory.entries.filter((entry) => !entry.name.endsWith('/'));
  const only = files.length === 1 ? files[0] : undefined;
  if (only === undefined) {
    throw new FileRefusedError(
      file,
      'ch.zip.entries',
      `${file} is a zip holding ${files.length} files. Unzip it and import the Companies House files one by one.`,
    );
  }
  return only;
}

function inflated(file: string, bytes: Uint8Array, entry: ZipEntry, prefix?: number): Uint8Array {
  try {
    return inflateEntry(bytes, entry, MAX_INFLATED_BYTES_PER_FILE, prefix);
  } catch (error: unknown) {
    if (error instanceof ZipDamage) throw zipRefusal(file, error);
    throw error;
  }
}

/**
 * The bytes to read: the file itself, or the one file inside a zip as
 * Companies House publishes it (`BasicCompanyData-….zip`,
 * `psc-snapshot-….zip`), inflated once. A zip that is damaged, too large or
 * holds several files is refused; a zip inside the zip is not opened.
 */
export function contentOf(file: string, bytes: Uint8Array): Uint8Array {
  if (!isZip(bytes)) return withoutBom(bytes);
  return withoutBom(inflated(file, bytes, onlyEntry(file, bytes)));
}

/**
 * The first `length` bytes of what {@link contentOf} would return, inflating
 * no more than that: enough to recognise the file.
 */
export function contentPrefix(file: string, bytes: Uint8Array, length: number): Uint8Array {
  if (!isZip(bytes)) return withoutBom(bytes.subarray(0, length));
  return withoutBom(inflated(file, bytes, onlyEntry(file, bytes), length));
}

/** The first `YYYY-MM-DD` date a bulk file's name carries, if any. */
export function dateFromFileName(file: string): string | null {
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(file);
  if (match === null) return null;
  const [, year = '', month = '', day = ''] = match;
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${year}-${month}-${day}` : null;
}

/**
 * Calls `each` with the text of consecutive chunks of `bytes`, each ending at
 * a line break (the last at the end of the bytes), and the 1-based number of
 * the chunk's first line. With `quoted`, a line break inside double quotes
 * (a CSV field) never ends a chunk.
 */
export function forEachChunk(
  bytes: Uint8Array,
  quoted: boolean,
  each: (text: string, firstLine: number) => void,
  chunkBytes = CHUNK,
): void {
  let start = 0;
  let line = 1;
  while (start < bytes.length) {
    let end = Math.min(start + chunkBytes, bytes.length);
    if (end < bytes.length) {
      const cut = lineBreakAfter(bytes, start, end, quoted);
      end = cut === -1 ? bytes.length : cut + 1;
    }
    // One line (or quoted field) running on for megabytes is damage; decoding
    // it as one string could pass the engine's longest string.
    if (end - start > chunkBytes + MAX_LINE_BYTES) throw new LineTooLongError(line);
    const chunk = bytes.subarray(start, end);
    each(strFromU8(chunk), line);
    for (let at = chunk.indexOf(LF); at !== -1; at = chunk.indexOf(LF, at + 1)) line += 1;
    start = end;
  }
}

/** Bytes one line may run past a chunk's end before the file is refused. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** A line (or a quoted CSV field) longer than {@link MAX_LINE_BYTES}: the file is damaged. */
export class LineTooLongError extends Error {
  override readonly name = 'LineTooLongError';
  constructor(
    readonly line: number,
    readonly limit = MAX_LINE_BYTES,
  ) {
    super(`line ${line} runs on for more than ${bytesText(limit)}`);
  }
}

/**
 * Runs a reader over a file's chunks, turning a line too long, or more rows
 * than {@link MAX_ROWS_PER_BULK_FILE}, into a refusal naming the file and line.
 */
export function refuseOverLimits(file: string, read: () => void): void {
  try {
    read();
  } catch (error: unknown) {
    if (!(error instanceof LineTooLongError)) throw error;
    throw new FileRefusedError(
      file,
      'ch.line-too-long',
      `${file}: from line ${error.line.toLocaleString('en-GB')} one line (or a quoted value left open) runs on for more than ${bytesText(error.limit)}, so the file is damaged. Download it again from Companies House.`,
    );
  }
}

/** Refuses a bulk file past {@link MAX_ROWS_PER_BULK_FILE} rows. */
export function checkRowCount(file: string, rows: number): void {
  if (rows <= MAX_ROWS_PER_BULK_FILE) return;
  throw new FileRefusedError(
    file,
    'ch.too-many-rows',
    `${file} has more than ${MAX_ROWS_PER_BULK_FILE.toLocaleString('en-GB')} rows, more than a Companies House bulk file part holds. Check it is the right file.`,
  );
}

/**
 * The offset of the first line break at or after `from` that is outside
 * quotes (counting quotes from `start`, where no field is open), or -1.
 */
function lineBreakAfter(bytes: Uint8Array, start: number, from: number, quoted: boolean): number {
  if (!quoted) return bytes.indexOf(LF, from);
  let open = false;
  for (let at = start; at < bytes.length; at += 1) {
    const byte = bytes[at];
    if (byte === QUOTE) open = !open;
    else if (byte === LF && !open && at >= from) return at;
  }
  return -1;
}

/**
 * Collects problems, keeping at most `limit` per rule and then one summary
 * problem per rule, so a damaged national file cannot flood the import.
 */
export class ProblemLog {
  readonly problems: RecordProblem[] = [];
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly file: string,
    private readonly limit = MAX_PROBLEMS_PER_RULE,
  ) {}

  /** Records one problem (`file` is filled in). */
  add(problem: Omit<RecordProblem, 'file'>): void {
    const count = (this.counts.get(problem.rule) ?? 0) + 1;
    this.counts.set(problem.rule, count);
    if (count <= this.limit) this.problems.push({ ...problem, file: this.file });
  }

  /** The problems, with a note for each rule that went over the limit. */
  finish(): RecordProblem[] {
    for (const [rule, count] of this.counts) {
      if (count <= this.limit) continue;
      this.problems.push({
        rule,
        severity: 'info',
        file: this.file,
        message: `${count - this.limit} more problems like the above (${rule}) were found and not listed.`,
      });
    }
    return this.problems;
  }
}
