import { quoted } from '../../limits';
import { FileRefusedError } from '../problem';
import type { SheetContext, XlsxRow } from './sheet-scan';
import { scanSheet, SheetDamagedError } from './sheet-scan';
import { parseDateStyles, parseSharedStrings } from './workbook-parts';
import { openXlsxPackage } from './xlsx-package';

/**
 * An xlsx workbook read straight from its bytes with fflate and a small XML
 * scanner, not read-excel-file. Reading the parts directly keeps what the
 * list readers need and read-excel-file drops: `#N/A` and other error cells
 * (it reads them as empty), formulas saved without a result (also empty),
 * the column letter of every cell, and numeric IDs exactly as stored. It also
 * keeps `shared/` free of DOM and Node types (read-excel-file's universal
 * entry takes a `Blob`).
 */
export type XlsxWorkbook = {
  /** The file name as the user chose it. */
  readonly file: string;
  /** Worksheet names in tab order. */
  readonly sheetNames: readonly string[];
  /**
   * The non-empty rows of a worksheet, at most `maxRows` of them. Throws
   * {@link FileRefusedError} if the sheet's part is missing from the zip.
   */
  readonly rows: (sheet: string, maxRows?: number) => XlsxRow[];
};

/**
 * Opens an xlsx workbook from its bytes. Throws {@link FileRefusedError} for
 * text named `.xlsx`, an `.xls` or encrypted file, a damaged zip, or a zip
 * that is not a workbook. Shared strings and styles are parsed once, on the
 * first read of a sheet.
 */
export function openXlsx(file: string, bytes: Uint8Array): XlsxWorkbook {
  const pack = openXlsxPackage(file, bytes);
  let context: SheetContext | undefined;
  const contextOf = (): SheetContext => {
    context ??= {
      sharedStrings: parseSharedStrings(pack.sharedStringsXml),
      dateStyles: parseDateStyles(pack.stylesXml),
      serialOffset: pack.date1904 ? 1462 : 0,
    };
    return context;
  };
  return {
    file,
    sheetNames: pack.sheets.map((sheet) => sheet.name),
    rows: (sheet, maxRows) => {
      const entry = pack.sheets.find((candidate) => candidate.name === sheet);
      const xml = entry === undefined ? undefined : pack.part(entry.path);
      if (xml === undefined) {
        throw new FileRefusedError(
          file,
          'xlsx.missing-sheet-part',
          `${file} is damaged: the worksheet "${quoted(sheet)}" is listed but its contents are missing. ` +
            'Open the workbook in Excel, save it again as .xlsx, and import it again.',
        );
      }
      try {
        return scanSheet(xml, contextOf(), maxRows);
      } catch (error: unknown) {
        if (!(error instanceof SheetDamagedError)) throw error;
        throw new FileRefusedError(
          file,
          error.tooLarge ? 'xlsx.too-large' : 'xlsx.damaged-sheet',
          error.tooLarge
            ? `${file} cannot be read: in the worksheet "${quoted(sheet)}", ${error.message}. ` +
                'Check it is the right workbook; a list this large must be split into several workbooks.'
            : `${file} is damaged: in the worksheet "${quoted(sheet)}", ${error.message}. ` +
                'Open the workbook in Excel, save it again as .xlsx, and import it again.',
        );
      }
    },
  };
}
