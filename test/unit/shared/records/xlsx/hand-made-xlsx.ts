import { strToU8, zipSync } from 'fflate';

/**
 * Builds small xlsx files from hand-written part XML, to test what Excel and
 * other writers produce that write-excel-file does not: rich and phonetic
 * shared strings, inline strings, prefixed element names, error cells, the
 * 1904 date system, sparse cells, relative and absolute part targets.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** One sheet: its name and the XML inside `<sheetData>` (rows and cells). */
export type HandSheet = { readonly name: string; readonly rows: string };

/** Options for {@link handMadeXlsx}. */
export type HandOptions = {
  /** The `<si>` elements of the shared string table. */
  readonly sharedStrings?: readonly string[];
  /** Number format codes for cell styles 1, 2, … (style 0 is General). */
  readonly formats?: readonly string[];
  readonly date1904?: boolean;
  /** Element prefix for the main namespace (e.g. `x`), as the OpenXML SDK writes. */
  readonly prefix?: string;
  /** Write relationship targets as absolute part names (`/xl/worksheets/…`). */
  readonly absoluteTargets?: boolean;
};

/** Builds an xlsx whose sheets hold the given rows. */
export function handMadeXlsx(sheets: readonly HandSheet[], options: HandOptions = {}): Uint8Array {
  const p = options.prefix === undefined ? '' : `${options.prefix}:`;
  const ns = options.prefix === undefined ? `xmlns="${MAIN}"` : `xmlns:${options.prefix}="${MAIN}"`;
  const target = (path: string): string =>
    options.absoluteTargets === true ? `/xl/${path}` : path;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}">` +
        `<${p}workbookPr${options.date1904 === true ? ' date1904="1"' : ''}/><${p}sheets>` +
        sheets
          .map(
            (sheet, index) =>
              `<${p}sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
          )
          .join('') +
        `</${p}sheets></${p}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${PKG}">` +
        sheets
          .map(
            (_sheet, index) =>
              `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="${target(`worksheets/sheet${index + 1}.xml`)}"/>`,
          )
          .join('') +
        `<Relationship Id="rS" Type="${REL}/sharedStrings" Target="${target('sharedStrings.xml')}"/>` +
        `<Relationship Id="rT" Type="${REL}/styles" Target="${target('styles.xml')}"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<${p}sst ${ns}>${(options.sharedStrings ?? []).join('')}</${p}sst>`,
    ),
    'xl/styles.xml': strToU8(
      `<${p}styleSheet ${ns}><${p}numFmts>` +
        (options.formats ?? [])
          .map((code, index) => `<${p}numFmt numFmtId="${164 + index}" formatCode="${code}"/>`)
          .join('') +
        `</${p}numFmts><${p}cellStyleXfs><${p}xf numFmtId="14"/></${p}cellStyleXfs><${p}cellXfs><${p}xf numFmtId="0"/>` +
        (options.formats ?? [])
          .map((_code, index) => `<${p}xf numFmtId="${164 + index}"/>`)
          .join('') +
        `</${p}cellXfs></${p}styleSheet>`,
    ),
  };
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(
      `<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${sheet.rows}</${p}sheetData></${p}worksheet>`,
    );
  });
  return zipSync(files);
}
