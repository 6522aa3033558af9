/**
 * xlsx readers: Ofsted provider lists (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england) and
 * Annex A workbooks (ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018). Input is the file's name and bytes;
 * output is plain, JSON-ready data plus {@link RecordProblem}s, and a file
 * that cannot be read as what it claims to be throws {@link FileRefusedError}
 * (reason codes `xlsx.*`, `annex-a.no-lists`,
 * `ofsted-providers.no-settings-sheet`). Pure: usable in a Web Worker and in
 * Node.
 *
 * - {@link detectXlsx}`(name, bytes)` → `'annex-a' | 'ofsted-providers'`, by
 *   sheet names and header rows, never the file name.
 * - {@link readXlsx}`(name, bytes)` recognises and reads in one pass.
 * - {@link readAnnexA} → `{ kind: 'annex-a', file, sheets, problems }` where
 *   `sheets['List 8'] = { list, sheet, headerRow, columns, rows }` and each
 *   row is `{ row, values: { 'Child Unique ID': '123', Age: 9, … } }`: values
 *   keyed by the template header (trimmed), text / number / null, dates as
 *   `YYYY-MM-DD`, coded answers as their code.
 * - {@link readOfstedProviders} → `{ kind: 'ofsted-providers', file, layout,
 *   sheets: [{ name, headerRow, supportedAccommodation, settings }],
 *   settings, problems }`, one {@link Setting} per data row.
 * - {@link importSummary}`(result)` → `import --json`'s `{ file, kind, rows,
 *   tables, problems: { error, warning, info } }`, tables keyed by list name
 *   (Annex A) or sheet name (provider lists).
 */
export type { RecordProblem } from '../problem';
export { FileRefusedError } from '../problem';
export type { CodeList, OptionList } from './annex-a-codes';
export type { AnnexAListName, ColumnKind, ListColumn } from './annex-a-lists';
export { ANNEX_A_LIST_NAMES, ANNEX_A_LISTS, columnKey, listNameOf } from './annex-a-lists';
export type { AnnexAValue } from './annex-a-values';
export type { CellValue, XlsxDate, XlsxError, XlsxFormulaWithoutValue } from './cell';
export { cellText, columnLetter, serialToIsoDate } from './cell';
export type { ProviderLayout, ProviderRole } from './provider-columns';
export type { SettingStatus } from './provider-values';
export type { AnnexAColumn, AnnexAList, AnnexAResult, AnnexARow } from './read-annex-a';
export { readAnnexA, readAnnexAFrom } from './read-annex-a';
export type { OfstedProvidersResult, ProviderSheet } from './read-providers';
export { readOfstedProviders, readOfstedProvidersFrom } from './read-providers';
export type { XlsxKind, XlsxReadResult } from './read-xlsx';
export { detectXlsx, readXlsx } from './read-xlsx';
export type { Setting } from './setting';
export type { XlsxRow } from './sheet-scan';
export type { UrnKind } from './urn';
export { classifyUrn } from './urn';
export type { XlsxWorkbook } from './workbook';
export { openXlsx } from './workbook';
