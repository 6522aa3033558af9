/**
 * Damaged and hostile Annex A and Ofsted provider-list workbooks for the corpus.
 */
import { zipSync } from 'fflate';
import type { CorpusCase } from './case';
import {
  patchCentral,
  patched,
  refused,
  repeatedDeflate,
  reported,
  row,
  xlsx,
  xlsxParts,
  zipOfDeflated,
  type Sheet,
} from './reader-files';

const LIST_1_HEADER = [
  'Child Unique ID',
  'Gender',
  'Ethnicity',
  'Date of Birth',
  'Age',
  'Date of Contact',
  'Contact Source',
];
const PROVIDER_HEADER = ['URN', 'Setting Name', 'Registration Status', 'Owner Name'];

function listRows(count: number, first = 2): string {
  return Array.from({ length: count }, (_, k) =>
    row(first + k, [`C${k}`, 'Male', 'White British', '2010-01-01', '13', '2024-01-05', 'Police']),
  ).join('');
}

function providerRows(count: number): string {
  return Array.from({ length: count }, (_, k) =>
    row(2 + k, [`SC${String(100000 + k)}`, `Home ${k}`, 'Active', 'Brightwater Care Ltd']),
  ).join('');
}

const annexSheet = (rows: string): Sheet => ({
  name: 'List 1',
  rows: row(1, LIST_1_HEADER) + rows,
});
const providerSheet = (rows: string): Sheet => ({
  name: 'Providers',
  rows: row(1, PROVIDER_HEADER) + rows,
});

/** A workbook whose first sheet's XML is cut off after `keep` characters. */
function cutSheet(sheet: Sheet, keep: number): Uint8Array {
  const parts = xlsxParts([sheet]);
  const xml = parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array();
  return zipSync({ ...parts, 'xl/worksheets/sheet1.xml': xml.subarray(0, keep) });
}

/** A workbook where a shared-string cell points past the table. */
function missingSharedString(sheet: Sheet): Uint8Array {
  const rows = sheet.rows.replace(
    /<c r="B2" t="inlineStr"><is><t>[^<]*<\/t><\/is><\/c>/,
    '<c r="B2" t="s"><v>7</v></c>',
  );
  return xlsx([{ ...sheet, rows }], ['only one']);
}

/** Two entries of one name: the second a different workbook part (renamed in place). */
function duplicateEntry(sheet: Sheet, part: string): Uint8Array {
  const parts = xlsxParts([sheet]);
  const twin = part.replace(/.$/, 'Q');
  return patched(zipSync({ ...parts, [twin]: parts[part] ?? new Uint8Array() }), twin, part);
}

/** A workbook whose sheet (honestly described) inflates to about `megabytes` MB of rows. */
function sheetBomb(megabytes: number, closed = true): Uint8Array {
  const parts = xlsxParts([annexSheet('')]);
  // 43 characters: a row padded so that 258, deflate's longest copy, is six rows.
  const unit = '<row><c t="n"><v>1</v></c></row>'.padEnd(43, ' ');
  const head = `<worksheet xmlns="x"><sheetData>${row(1, LIST_1_HEADER)}`;
  const tail = closed ? '</sheetData></worksheet>' : '';
  const times = Math.floor((megabytes * 1024 * 1024) / 258);
  const size = head.length + unit.length + times * 258 + tail.length;
  const bomb = zipOfDeflated(
    'xl/worksheets/sheet1.xml',
    repeatedDeflate(head, unit, times, tail),
    size,
  );
  return joinZips(zipSync(parts), bomb);
}

/** The entries of two zips as one zip: the second's replace the first's of the same name. */
function joinZips(first: Uint8Array, second: Uint8Array): Uint8Array {
  const b = entries(second);
  const names = new Set(b.map((entry) => entry.name));
  const a = entries(first).filter((entry) => !names.has(entry.name));
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of [...a, ...b]) {
    const central = entry.central.slice();
    new DataView(central.buffer).setUint32(42, offset, true);
    centrals.push(central);
    locals.push(entry.local);
    offset += entry.local.length;
  }
  const directory = concat(centrals);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, centrals.length, true);
  view.setUint16(10, centrals.length, true);
  view.setUint32(12, directory.length, true);
  view.setUint32(16, offset, true);
  return concat([...locals, directory, end]);
}

type RawEntry = { name: string; local: Uint8Array; central: Uint8Array };

/** Each entry's local record (header and data) and central header. */
function entries(zip: Uint8Array): RawEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const found: RawEntry[] = [];
  for (let k = 0; k < count; k += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const length = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = String.fromCharCode(...zip.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const localLength =
      30 +
      view.getUint16(local + 26, true) +
      view.getUint16(local + 28, true) +
      view.getUint32(at + 20, true);
    found.push({
      name,
      local: zip.subarray(local, local + localLength),
      central: zip.subarray(at, at + length),
    });
    at += length;
  }
  return found;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A workbook of `count` extra, empty entries besides its parts. */
function manyEntries(count: number): Uint8Array {
  const parts: Record<string, Uint8Array> = xlsxParts([annexSheet(listRows(2))]);
  for (let k = 0; k < count; k += 1) parts[`xl/media/e${k}.bin`] = new Uint8Array();
  return zipSync(parts, { level: 0 });
}

const GOOD_ANNEX = (): Uint8Array => xlsx([annexSheet(listRows(20))]);

export const xlsxCases: readonly CorpusCase[] = [
  reported('annex-a-good', 'control', 'annex-a.xlsx', GOOD_ANNEX),
  reported('providers-good', 'control', 'providers.xlsx', () =>
    xlsx([providerSheet(providerRows(20))]),
  ),
  refused(
    'annex-a-cut-mid-row',
    'sheet-cut-mid-row',
    'annex-a.xlsx',
    () => {
      const sheet = annexSheet(listRows(1162));
      return cutSheet(sheet, 400 + sheet.rows.length / 3);
    },
    { message: /cut off/ },
  ),
  refused('providers-cut-mid-row', 'sheet-cut-mid-row', 'providers.xlsx', () => {
    const sheet = providerSheet(providerRows(500));
    return cutSheet(sheet, sheet.rows.length / 2);
  }),
  refused(
    'annex-a-shared-string-missing',
    'shared-string-range',
    'annex-a.xlsx',
    () => missingSharedString(annexSheet(listRows(5))),
    { message: /shared string/ },
  ),
  refused('providers-shared-string-missing', 'shared-string-range', 'providers.xlsx', () =>
    missingSharedString(providerSheet(providerRows(5))),
  ),
  refused('annex-a-duplicate-workbook-part', 'duplicate-zip-entry', 'annex-a.xlsx', () =>
    duplicateEntry(annexSheet(listRows(5)), 'xl/workbook.xml'),
  ),
  refused('annex-a-duplicate-sheet-part', 'duplicate-zip-entry', 'annex-a.xlsx', () =>
    duplicateEntry(annexSheet(listRows(5)), 'xl/worksheets/sheet1.xml'),
  ),
  refused('providers-duplicate-sheet-part', 'duplicate-zip-entry', 'providers.xlsx', () =>
    duplicateEntry(providerSheet(providerRows(5)), 'xl/worksheets/sheet1.xml'),
  ),
  refused('annex-a-sheet-bomb-500mb', 'zip-bomb', 'annex-a.xlsx', () => sheetBomb(500)),
  refused('annex-a-320k-rows', 'rows-per-table', 'annex-a.xlsx', () => sheetBomb(14)),
  refused('annex-a-12k-entries', 'entries-per-zip', 'annex-a.xlsx', () => manyEntries(12_000)),
  refused('annex-a-size-understated', 'lying-zip-header', 'annex-a.xlsx', () =>
    patchCentral(GOOD_ANNEX(), 'sheet1.xml', 'size', 300),
  ),
  refused('annex-a-size-overstated', 'lying-zip-header', 'annex-a.xlsx', () =>
    patchCentral(GOOD_ANNEX(), 'sheet1.xml', 'size', 400 * 1024 * 1024),
  ),
  refused('annex-a-wrong-crc', 'lying-zip-header', 'annex-a.xlsx', () =>
    patchCentral(GOOD_ANNEX(), 'sheet1.xml', 'crc', 12345),
  ),
  refused('annex-a-long-cell', 'field-length', 'annex-a.xlsx', () =>
    xlsx([
      annexSheet(
        row(2, [
          'C1',
          'Male',
          'White British',
          '2010-01-01',
          '13',
          '2024-01-05',
          'x'.repeat(40_000),
        ]),
      ),
    ]),
  ),
  refused('annex-a-beyond-xfd', 'damaged-sheet', 'annex-a.xlsx', () =>
    xlsx([annexSheet(`${listRows(3)}<row r="9"><c r="XFZ9"><v>1</v></c></row>`)]),
  ),
  refused('annex-a-text-named-xlsx', 'not-zip', 'annex-a.xlsx', () => 'a,b,c\n1,2,3\n'),
  refused('annex-a-zip-cut-short', 'truncated', 'annex-a.xlsx', () =>
    GOOD_ANNEX().subarray(0, 300),
  ),
  refused('annex-a-missing-sheet-part', 'damaged-sheet', 'annex-a.xlsx', () => {
    const parts = xlsxParts([annexSheet(listRows(3))]);
    delete parts['xl/worksheets/sheet1.xml'];
    return zipSync(parts);
  }),
  refused('providers-long-sheet-name', 'message-length', 'providers.xlsx', () =>
    xlsx([{ name: 'N'.repeat(100_000), rows: row(1, ['nothing', 'here']) }]),
  ),
  reported('annex-a-proto-header', 'prototype-keys', 'annex-a.xlsx', () =>
    xlsx([
      {
        name: 'List 1',
        rows: row(1, [...LIST_1_HEADER, '__proto__', 'constructor']) + listRows(3),
      },
    ]),
  ),
  reported('annex-a-entity-named-constructor', 'prototype-keys', 'annex-a.xlsx', () =>
    xlsx([
      annexSheet(
        row(2, ['C1', 'Male', 'White British', '2010-01-01', '13', '2024-01-05', '&constructor;']),
      ),
    ]),
  ),
  refused('annex-a-rels-bomb', 'zip-bomb', 'annex-a.xlsx', () => {
    const unit = ' '.repeat(43);
    const times = Math.floor((400 * 1024 * 1024) / 258);
    const head = '<Relationships xmlns="x">';
    const tail = '</Relationships>';
    const size = head.length + unit.length + times * 258 + tail.length;
    const bomb = zipOfDeflated('_rels/.rels', repeatedDeflate(head, unit, times, tail), size);
    return joinZips(zipSync(xlsxParts([annexSheet(listRows(2))])), bomb);
  }),
];
