/**
 * Recognises a 903 file from its content, not its name: XML whose root is
 * `EXPSSDA903`, or CSV whose header row is the column set of a 903 table
 * (csc-validator-be-903 `ingress.read_csvs_from_text`). Only the start of the
 * file is looked at, so detection is cheap; the readers check the rest.
 */
import { tokenizeCsv } from './csv-tokenize';
import { readCsvTable } from './read-csv';
import { readXmlTables } from './read-xml';
import { checkCells, type CellCheckOptions } from './spec-cells';
import { refuse } from './refuse';
import { matchTable, type TableName } from './tables';
import { decodeWindows1252, describeBinary, sniffBinary } from './text';
import type { Ssda903Result } from './types';

/** What `detect903` found. */
export type Detection =
  | { readonly kind: 'ssda903-csv'; readonly table: TableName; readonly nameAgrees: boolean }
  | { readonly kind: 'ssda903-xml'; readonly nameAgrees: boolean }
  | { readonly kind: 'refused'; readonly reason: string; readonly message: string };

const PREFIX_BYTES = 64 * 1024;

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The name of the first element of an XML text, skipping the declaration, comments, PIs and DOCTYPE. */
function rootElement(text: string): string | undefined {
  let at = text.indexOf('<');
  while (at !== -1) {
    const skip = text.startsWith('<?', at)
      ? '?>'
      : text.startsWith('<!--', at)
        ? '-->'
        : text.startsWith('<!', at)
          ? '>'
          : undefined;
    if (skip === undefined) return /^[^\s/>]+/.exec(text.slice(at + 1, at + 200))?.[0];
    const end = text.indexOf(skip, at);
    at = end === -1 ? -1 : text.indexOf('<', end + skip.length);
  }
  return undefined;
}

/**
 * Which 903 file `bytes` holds: a CSV table, the XML return, or a refusal
 * saying why it is neither. `name` is used only to say whether the extension
 * agrees with the content.
 */
export function detect903(name: string, bytes: Uint8Array | string): Detection {
  const ext = extension(name);
  let head: string;
  if (typeof bytes === 'string') {
    head = bytes.slice(0, PREFIX_BYTES);
  } else {
    const binary = sniffBinary(bytes);
    if (binary !== undefined) {
      return {
        kind: 'refused',
        reason: binary === 'utf-16' ? 'ssda903.utf-16' : 'ssda903.binary',
        message: `${name}: this file is ${describeBinary(binary)}, not an SSDA903 CSV or XML file.`,
      };
    }
    // Header names and the XML root are ASCII, so a byte-per-character view is enough here.
    head = decodeWindows1252(bytes.subarray(0, PREFIX_BYTES));
  }
  const text = head.replace(/^(\uFEFF|ï»¿)/, '').trimStart();
  if (text.startsWith('<')) {
    const root = rootElement(text);
    if (root === 'EXPSSDA903') return { kind: 'ssda903-xml', nameAgrees: ext === 'xml' };
    return {
      kind: 'refused',
      reason: 'ssda903.not-903-xml',
      message: `${name}: this is XML whose root element is <${root ?? '?'}>, not an SSDA903 return (<EXPSSDA903>).`,
    };
  }
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const header = (tokenizeCsv(firstLine).records[0] ?? []).map((column) => column.trim());
  const match = matchTable(header);
  if (match !== undefined)
    return { kind: 'ssda903-csv', table: match.table, nameAgrees: ext === 'csv' };
  return {
    kind: 'refused',
    reason: 'ssda903.unknown-header',
    message: `${name}: the first line is not the header row of any SSDA903 table, nor the start of a 903 XML return.`,
  };
}

/**
 * Reads any 903 file, CSV or XML, chosen by content (`detect903`), and checks
 * its cells against the spec of `options.year` (spec-cells.ts). Throws
 * FileRefusedError when it is neither.
 */
export function read903(
  name: string,
  bytes: Uint8Array | string,
  options: CellCheckOptions = {},
): Ssda903Result {
  const result = read903Unchecked(name, bytes);
  checkCells(result, options);
  return result;
}

/**
 * Reads any 903 file without checking its cells (`import903` checks them once
 * the call's year is known). When the extension disagrees with the content
 * (an XML return named .csv) the file is still read, with a note.
 */
export function read903Unchecked(name: string, bytes: Uint8Array | string): Ssda903Result {
  const detection = detect903(name, bytes);
  if (detection.kind === 'refused') {
    // The readers give the most specific reason and advice; fall back to detection's own.
    if (typeof bytes !== 'string' && sniffBinary(bytes) !== undefined) readCsvTable(name, bytes);
    if (detection.reason === 'ssda903.unknown-header') readCsvTable(name, bytes);
    throw refuse(name, detection.reason, detection.message.slice(name.length + 2));
  }
  const result =
    detection.kind === 'ssda903-xml' ? readXmlTables(name, bytes) : readCsvTable(name, bytes);
  if (!detection.nameAgrees) {
    result.problems.push({
      rule: '903.read.extension',
      severity: 'info',
      file: name,
      message: `The file's name does not end in .${detection.kind === 'ssda903-xml' ? 'xml' : 'csv'}, but its content is a 903 ${detection.kind === 'ssda903-xml' ? 'XML return' : `${detection.table} CSV table`}, so it was read as that.`,
    });
  }
  return result;
}
