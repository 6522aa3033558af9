/**
 * SSDA903 (children looked after) return: readers for the CSV tables and the
 * XML return, the column spec of each collection year as data (spec-years/), cell and cross-table validation,
 * and collection-year detection. Pure: bytes or text in, rows and problems
 * out; usable in a Web Worker and in Node.
 *
 * Shapes (types.ts):
 * - `read903Csv(name, bytes, { year? })` → `{ kind: 'ssda903-csv', file, table,
 *   columns, rows, problems, encoding }`, with the cell checks (type, code,
 *   blank) done against the year's spec.
 * - `read903Xml(name, bytes)` → `{ kind: 'ssda903-xml', file, tables: { Header:
 *   rows, Episodes: rows, … }, problems, encoding }`.
 * - A row is `{ row, values: { COLUMN: text }, problems: [indexes into the
 *   result's problems] }`.
 * - `validate903(tablesOf(results), { year? })` → the cross-table problems.
 * - `import903(files, { year? })` does all of it and marks every row, and
 *   refuses a file on its own (`refused`); for
 *   `import --json`, per result: `rows` = row count, `tables` = `{ [table]:
 *   rows }` (a CSV has one), `problems` = `countBySeverity(result.problems)`.
 * Refusals throw FileRefusedError (reason `ssda903.*`).
 */
export { detect903, read903, type Detection } from './detect';
export {
  import903,
  type RefusedFile,
  type Ssda903File,
  type Ssda903Import,
  type Ssda903Outcome,
} from './import';
export { read903Csv } from './read-csv';
export { read903Xml } from './read-xml';
export {
  columnChecks,
  DEFAULT_SPEC_YEAR,
  specYearOf,
  tableInYear,
  type CheckKind,
  type ColumnCheck,
  type ColumnKind,
} from './spec';
export { checkCells, type CellCheckOptions } from './spec-cells';
export { coveredChecks, type CoveredChecks } from './spec-covered';
export { SPEC_BY_YEAR, SPEC_YEARS, specYearFor, type SpecYear } from './spec-years';
export { SSDA903_SPEC_2024 } from './spec-2024';
export type { SpecColumn, SpecSections } from './spec-types';
export {
  identifyTable,
  SPEC_SECTION,
  TABLE_COLUMNS,
  TABLE_NAMES,
  USUAL_FILE_NAME,
  xmlColumns,
  type TableName,
} from './tables';
export { decodeText, type TextEncodingName } from './text';
export type {
  CollectionYear,
  Ssda903CsvResult,
  Ssda903Result,
  Ssda903Row,
  Ssda903Tables,
  Ssda903XmlResult,
  TableSource,
} from './types';
export {
  crossTableFindings,
  tablesOf,
  validate903,
  type ValidateOptions,
  type YearSource,
} from './validate';
export {
  collectionYear,
  collectionYearLabel,
  detectCollectionYear,
  isCollectionYear,
  parseCollectionYear,
} from './year';
