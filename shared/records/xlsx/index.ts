/**
 * xlsx readers for issue #5: Ofsted provider lists (data-formats.md §3) and
 * Annex A workbooks (data-formats.md §5). Input is the file's name and bytes;
 * output is plain data plus {@link RecordProblem}s, and a file that cannot be
 * read as what it claims to be throws {@link FileRefusedError}. Pure: usable
 * in a Web Worker and in Node.
 *
 * - {@link readXlsx} recognises the file by content and reads it;
 *   {@link importSummary} turns the result into `import --json`'s
 *   `{ file, kind, rows, tables, problems }`.
 * - {@link readAnnexA} → `{ kind: 'annex-a', file, sheets: { 'List 1': { rows, columns, … } }, problems }`.
 * - {@link readOfstedProviders} → `{ kind: 'ofsted-providers', file, layout, sheets, settings, problems }`.
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
export { PROVIDER_ROLES } from './provider-columns';
export type { SettingStatus } from './provider-values';
export type { AnnexAColumn, AnnexAList, AnnexAResult, AnnexARow } from './read-annex-a';
export { readAnnexA, readAnnexAFrom } from './read-annex-a';
export type { OfstedProvidersResult, ProviderSheet } from './read-providers';
export { readOfstedProviders, readOfstedProvidersFrom } from './read-providers';
export type { XlsxImportSummary, XlsxKind, XlsxReadResult } from './read-xlsx';
export { detectXlsx, importSummary, readXlsx } from './read-xlsx';
export type { Setting } from './setting';
export type { XlsxRow } from './sheet-scan';
export type { UrnKind } from './urn';
export { classifyUrn, NO_OFSTED_URN } from './urn';
export type { XlsxWorkbook } from './workbook';
export { openXlsx } from './workbook';
