/**
 * Builders for the readers' corpus: small hand-made xlsx packages, zips with
 * patched headers, and deflate streams that inflate to hundreds of megabytes
 * from a few (a "bomb"), all generated in well under a second.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { CorpusCase } from './case';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** One sheet: its name and the XML inside `<sheetData>`. */
export type Sheet = { readonly name: string; readonly rows: string };

/** A row of inline-string cells, one per value, in columns A, B, … */
export function row(number: number, values: readonly string[]): string {
  const cells = values
    .map((value, k) => {
      const ref = `${String.fromCharCode(65 + (k % 26))}${number}`;
      return `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    })
    .join('');
  return `<row r="${number}">${cells}</row>`;
}

/** The parts of an xlsx whose sheets hold `sheets` (sheet N at `xl/worksheets/sheetN.xml`). */
export function xlsxParts(sheets: readonly Sheet[], sharedStrings: readonly string[] = []) {
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        sheets
          .map((s, k) => `<sheet name="${s.name}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`)
          .join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${PKG}">` +
        sheets
          .map(
            (_s, k) =>
              `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<sst xmlns="${MAIN}">${sharedStrings.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`,
    ),
  };
  sheets.forEach((sheet, k) => {
    parts[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(
      `<worksheet xmlns="${MAIN}"><sheetData>${sheet.rows}</sheetData></worksheet>`,
    );
  });
  return parts;
}

/** An xlsx of `sheets`. */
export function xlsx(sheets: readonly Sheet[], sharedStrings: readonly string[] = []): Uint8Array {
  return zipSync(xlsxParts(sheets, sharedStrings));
}

/** Replaces every occurrence of one ASCII text by another of the same length. */
export function patched(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const a = strToU8(from);
  const b = strToU8(to);
  if (a.length !== b.length) throw new Error('patched: the texts must be the same length');
  for (let at = out.indexOf(a[0] ?? 0); at !== -1; at = out.indexOf(a[0] ?? 0, at + 1)) {
    if (a.every((byte, k) => out[at + k] === byte)) out.set(b, at);
  }
  return out;
}

/** Sets a 32-bit field of every central-directory header whose entry name ends with `suffix`. */
export function patchCentral(
  bytes: Uint8Array,
  suffix: string,
  field: 'size' | 'compressed' | 'crc',
  value: number,
): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const offset = field === 'size' ? 24 : field === 'compressed' ? 20 : 16;
  for (let at = 0; at + 46 <= out.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const name = String.fromCharCode(...out.subarray(at + 46, at + 46 + length));
    if (name.endsWith(suffix)) view.setUint32(at + offset, value, true);
  }
  return out;
}

/** LSB-first bit writer for a deflate stream (RFC 1951 §3.1.1). */
class Bits {
  private bytes: number[] = [];
  private current = 0;
  private used = 0;
  write(value: number, count: number): void {
    for (let k = 0; k < count; k += 1) {
      this.current |= ((value >> k) & 1) << this.used;
      this.used += 1;
      if (this.used === 8) {
        this.bytes.push(this.current);
        this.current = 0;
        this.used = 0;
      }
    }
  }
  /** A Huffman code, most significant bit first (RFC 1951 §3.1.1). */
  code(value: number, count: number): void {
    for (let k = count - 1; k >= 0; k -= 1) this.write((value >> k) & 1, 1);
  }
  done(): Uint8Array {
    if (this.used > 0) this.bytes.push(this.current);
    return Uint8Array.from(this.bytes);
  }
}

/** A literal byte in the fixed Huffman code (RFC 1951 §3.2.6). */
function literal(bits: Bits, byte: number): void {
  if (byte < 144) bits.code(0x30 + byte, 8);
  else bits.code(0x190 + byte - 144, 9);
}

/**
 * A raw deflate stream (one fixed-Huffman block) of `head`, then `unit`
 * repeated `times × 258 / unit.length` times, then `tail`: every 258 bytes of
 * the repeat cost 13 bits, so 500 MB of rows fit in about 3 MB. `unit`'s
 * length must divide 258 or 258 must be a multiple of it and at most 32,768.
 */
export function repeatedDeflate(
  head: string,
  unit: string,
  times: number,
  tail: string,
): Uint8Array {
  if (258 % unit.length !== 0 && unit.length % 258 !== 0)
    throw new Error('unit length must divide 258');
  const bits = new Bits();
  bits.write(1, 1); // final block
  bits.write(1, 2); // fixed Huffman codes
  for (const byte of strToU8(head + unit)) literal(bits, byte);
  // Length 258 is code 285 (8 bits, no extra); the distance is unit.length.
  const distance = unit.length;
  const [distanceCode, extraBits, extraValue] = distanceCodeOf(distance);
  for (let k = 0; k < times; k += 1) {
    bits.code(0xc0 + 285 - 280, 8);
    bits.code(distanceCode, 5);
    bits.write(extraValue, extraBits);
  }
  for (const byte of strToU8(tail)) literal(bits, byte);
  bits.code(0, 7); // end of block (256)
  return bits.done();
}

/** The distance code, its extra bits and their value for `distance` (RFC 1951 §3.2.5). */
function distanceCodeOf(distance: number): [number, number, number] {
  let base = 1;
  for (let code = 0; code < 30; code += 1) {
    const extra = code < 4 ? 0 : (code >> 1) - 1;
    const span = 1 << extra;
    if (distance < base + span) return [code, extra, distance - base];
    base += span;
  }
  throw new Error('distance too far');
}

/** A one-entry zip holding raw deflate `data` that claims to inflate to `size` bytes (CRC left 0). */
export function zipOfDeflated(name: string, data: Uint8Array, size: number): Uint8Array {
  const nameBytes = strToU8(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, size, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, size, true);
  cv.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + data.length, true);
  const out = new Uint8Array(local.length + data.length + central.length + end.length);
  out.set(local, 0);
  out.set(data, local.length);
  out.set(central, local.length + data.length);
  out.set(end, local.length + data.length + central.length);
  return out;
}

/** Options of one case beyond its name, class and content. */
type Expect = { readonly message?: RegExp };

/** A case whose one file is refused: exit 1, the workbook unchanged. */
export function refused(
  name: string,
  damage: string,
  file: string,
  content: () => Uint8Array | string,
  expect: Expect = {},
): CorpusCase {
  return {
    name,
    damage,
    make: writeOne(file, content),
    exit: 1,
    unchanged: true,
    ...(expect.message === undefined ? {} : { message: expect.message }),
  };
}

/** A case whose one file is read, its damage reported as problems: exit 0. */
export function reported(
  name: string,
  damage: string,
  file: string,
  content: () => Uint8Array | string,
): CorpusCase {
  return { name, damage, make: writeOne(file, content), exit: 0, unchanged: false };
}

function writeOne(file: string, content: () => Uint8Array | string): CorpusCase['make'] {
  return async (dir) => {
    const target = path.join(dir, file);
    await writeFile(target, content());
    return { args: (workbook) => ['import', workbook, target], names: file };
  };
}
