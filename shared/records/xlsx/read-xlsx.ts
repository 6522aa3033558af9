import { quoted } from '../../limits';
import { FileRefusedError } from '../problem';
import type { AnnexAResult } from './read-annex-a';
import { annexAHeaderIndex, listSheets, readAnnexAFrom } from './read-annex-a';
import type { OfstedProvidersResult } from './read-providers';
import { findSettingsSheets, readOfstedProvidersFrom } from './read-providers';
import type { XlsxWorkbook } from './workbook';
import { openXlsx } from './workbook';

/**
 * Recognises an xlsx by its content — sheet names and header rows, never the
 * file name — and reads it as Annex A or as an Ofsted provider list.
 */

/** The kinds of xlsx the app reads. */
export type XlsxKind = 'annex-a' | 'ofsted-providers';

/** What {@link readXlsx} returns: one of the two readers' results. */
export type XlsxReadResult = AnnexAResult | OfstedProvidersResult;

/** Rows read before deciding what a workbook is (header rows may sit below a title). */
const HEAD_ROWS = 10;

function kindOf(workbook: XlsxWorkbook): XlsxKind | undefined {
  for (const { list, sheet } of listSheets(workbook)) {
    if (annexAHeaderIndex(list, workbook.rows(sheet, HEAD_ROWS)) !== undefined) return 'annex-a';
  }
  if (findSettingsSheets(workbook, HEAD_ROWS).length > 0) return 'ofsted-providers';
  return undefined;
}

function unknownWorkbook(workbook: XlsxWorkbook): FileRefusedError {
  const names = quoted(workbook.sheetNames.map((name) => `"${name}"`).join(', '));
  return new FileRefusedError(
    workbook.file,
    'xlsx.unknown-workbook',
    `${workbook.file} is neither an Annex A return nor an Ofsted provider list (its sheets are ${names || 'none'}). ` +
      'Annex A has sheets "List 1" … "List 11"; a provider list has a URN column with registration, code or owner columns. ' +
      'Choose one of those files, with its sheet names and header rows unchanged.',
  );
}

/**
 * Says what an xlsx is from its content. Throws {@link FileRefusedError}
 * when the bytes are not a readable xlsx, or the workbook is neither kind.
 */
export function detectXlsx(name: string, bytes: Uint8Array): XlsxKind {
  const workbook = openXlsx(name, bytes);
  const kind = kindOf(workbook);
  if (kind === undefined) throw unknownWorkbook(workbook);
  return kind;
}

/**
 * Recognises and reads an xlsx in one pass over its zip. Throws
 * {@link FileRefusedError} as {@link detectXlsx} does.
 */
export function readXlsx(name: string, bytes: Uint8Array): XlsxReadResult {
  const workbook = openXlsx(name, bytes);
  const kind = kindOf(workbook);
  if (kind === 'annex-a') return readAnnexAFrom(workbook);
  if (kind === 'ofsted-providers') return readOfstedProvidersFrom(workbook);
  throw unknownWorkbook(workbook);
}
