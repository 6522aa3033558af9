import { strFromU8 } from 'fflate';
import {
  MAX_INFLATED_BYTES_PER_FILE,
  MAX_INFLATED_TEXT_PART_BYTES,
  MAX_ZIP_ENTRIES,
} from '../../limits';
import { FileRefusedError } from '../problem';
import { inflateEntry, readZipDirectory, ZipDamage, type ZipDirectory } from '../zip';
import { TagCursor } from './xml-text';

/**
 * The zip package of an xlsx (ECMA-376 Part 2, Open Packaging Conventions):
 * refuses bytes that are not one, then finds the workbook part, its sheets
 * (in tab order), shared strings and styles through the relationship parts.
 */

/** A worksheet as the workbook lists it. */
export type SheetEntry = {
  readonly name: string;
  /** Path of the sheet's XML part inside the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly path: string;
};

/** The parts of an xlsx needed to read its cells. */
export type XlsxPackage = {
  readonly file: string;
  readonly sheets: readonly SheetEntry[];
  /** True when the workbook uses the 1904 date system (`workbookPr date1904`). */
  readonly date1904: boolean;
  readonly sharedStringsXml: string | undefined;
  readonly stylesXml: string | undefined;
  /** The XML text of one part, or undefined if the zip has no such entry. */
  readonly part: (path: string) => string | undefined;
};

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** True when the first bytes read as text (no control bytes other than tab, CR, LF). */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length === 0) return false;
  for (const byte of sample) {
    if (byte < 9 || (byte > 13 && byte < 32) || byte === 127) return false;
  }
  return true;
}

function refuse(file: string, reason: string, message: string): FileRefusedError {
  return new FileRefusedError(file, reason, message);
}

/** Explains why bytes that are not a zip cannot be an xlsx, in terms the user can act on. */
function notZipError(file: string, bytes: Uint8Array): FileRefusedError {
  if (bytes.length === 0) {
    return refuse(file, 'xlsx.empty', `${file} is empty. Choose the workbook again.`);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return refuse(
      file,
      'xlsx.legacy-or-encrypted',
      `${file} is an Excel 97–2003 (.xls) workbook or a password-protected one, which cannot be read. ` +
        'Open it in Excel, remove any password, and save it as "Excel Workbook (*.xlsx)".',
    );
  }
  if (looksLikeText(bytes)) {
    const firstLine = strFromU8(bytes.subarray(0, 512)).split(/\r?\n/, 1)[0] ?? '';
    const kind = /[,;\t]/.test(firstLine) ? 'CSV or other text' : 'text';
    return refuse(
      file,
      'xlsx.text-not-workbook',
      `${file} holds ${kind}, not an Excel workbook, although its name says .xlsx. ` +
        'If it is a CSV file, rename it to .csv and import it as CSV; otherwise save it from Excel as .xlsx.',
    );
  }
  return refuse(
    file,
    'xlsx.not-zip',
    `${file} is not an Excel .xlsx workbook (an .xlsx is a zip file, and this is not one). ` +
      'Save it from Excel as "Excel Workbook (*.xlsx)" and import it again.',
  );
}

/** Turns zip damage into a refusal naming the workbook and the part. */
function zipRefusal(file: string, damage: ZipDamage): FileRefusedError {
  const reason =
    damage.kind === 'too-large' || damage.kind === 'too-many-entries'
      ? 'xlsx.too-large'
      : damage.kind === 'duplicate-entry'
        ? 'xlsx.duplicate-part'
        : damage.kind === 'encrypted'
          ? 'xlsx.legacy-or-encrypted'
          : 'xlsx.corrupt-zip';
  const advice =
    reason === 'xlsx.too-large'
      ? 'Check it is the right file; split a list that really is this large into several workbooks.'
      : 'Copy or download the workbook again, check it opens in Excel, save it again as .xlsx and import it again.';
  return refuse(
    file,
    reason,
    `${file} is damaged or not a real workbook: it ${damage.detail}. ${advice}`,
  );
}

/** The zip's table of contents, checked against the limits before anything is inflated. */
function directoryOrRefuse(file: string, bytes: Uint8Array): ZipDirectory {
  try {
    return readZipDirectory(bytes, {
      entries: MAX_ZIP_ENTRIES,
      totalBytes: MAX_INFLATED_BYTES_PER_FILE,
    });
  } catch (error: unknown) {
    if (error instanceof ZipDamage) throw zipRefusal(file, error);
    throw error;
  }
}

/** Resolves a relationship target against the folder of the part that owns it (OPC Part 2 §9.3). */
function resolveTarget(ownerFolder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : ownerFolder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

type Relationship = { readonly id: string; readonly type: string; readonly target: string };

function relationships(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  const found: Relationship[] = [];
  const cursor = new TagCursor(xml);
  while (cursor.next()) {
    if (cursor.closing || cursor.name !== 'Relationship') continue;
    found.push({
      id: cursor.attribute('Id') ?? '',
      type: cursor.attribute('Type') ?? '',
      target: cursor.attribute('Target') ?? '',
    });
  }
  return found;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function relsPathOf(path: string): string {
  const folder = folderOf(path);
  const name = path.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === '' ? '' : `${folder}/`}_rels/${name}.rels`;
}

/**
 * Opens the zip package of an xlsx. Throws {@link FileRefusedError} for
 * bytes that are not a zip (text such as CSV named `.xlsx`, an old `.xls`, a
 * password-protected workbook), a damaged zip, or a zip with no workbook part.
 */
export function openXlsxPackage(file: string, bytes: Uint8Array): XlsxPackage {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) throw notZipError(file, bytes);
  const directory = directoryOrRefuse(file, bytes);
  // Each part is inflated and decoded once, when first asked for.
  const decoded = new Map<string, string>();
  const text = (path: string): string | undefined => {
    const cached = decoded.get(path);
    if (cached !== undefined) return cached;
    const entry = directory.byName.get(path);
    if (entry === undefined) return undefined;
    let data: Uint8Array;
    try {
      data = inflateEntry(bytes, entry, MAX_INFLATED_TEXT_PART_BYTES);
    } catch (error: unknown) {
      if (error instanceof ZipDamage) throw zipRefusal(file, error);
      throw error;
    }
    const xml = strFromU8(data);
    decoded.set(path, xml);
    return xml;
  };
  // The package relationship names the workbook part (ECMA-376 Part 1 §12.3.23).
  const officeDocument = relationships(text('_rels/.rels')).find((rel) =>
    rel.type.endsWith('/officeDocument'),
  );
  const workbookPath = officeDocument
    ? resolveTarget('', officeDocument.target)
    : 'xl/workbook.xml';
  const workbookXml = text(workbookPath);
  if (workbookXml === undefined || !workbookXml.includes('sheet')) {
    throw refuse(
      file,
      'xlsx.no-workbook',
      `${file} is a zip file but not an Excel workbook (it has no workbook part; is it a .docx, .ods or other file renamed?). ` +
        'Save it from Excel as "Excel Workbook (*.xlsx)" and import it again.',
    );
  }
  const folder = folderOf(workbookPath);
  const rels = relationships(text(relsPathOf(workbookPath)));
  const partOfType = (suffix: string): string | undefined => {
    const rel = rels.find((candidate) => candidate.type.endsWith(suffix));
    return rel ? text(resolveTarget(folder, rel.target)) : undefined;
  };
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const cursor = new TagCursor(workbookXml);
  while (cursor.next()) {
    if (cursor.closing) continue;
    if (cursor.name === 'workbookPr') {
      const flag = cursor.attribute('date1904');
      date1904 = flag === '1' || flag === 'true';
    } else if (cursor.name === 'sheet') {
      const id = cursor.attribute('r:id') ?? cursor.attribute('id');
      const rel = rels.find((candidate) => candidate.id === id);
      if (rel !== undefined) {
        sheets.push({
          name: cursor.attribute('name') ?? '',
          path: resolveTarget(folder, rel.target),
        });
      }
    }
  }
  return {
    file,
    sheets,
    date1904,
    sharedStringsXml: partOfType('/sharedStrings'),
    stylesXml: partOfType('/styles'),
    part: text,
  };
}
