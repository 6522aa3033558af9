/**
 * SSDA903 (children looked after) return: readers for the CSV tables and the
 * XML return, the 2024 column spec as data, cell and cross-table validation,
 * and collection-year detection. Pure: bytes or text in, rows and problems
 * out; usable in a Web Worker and in Node.
 */
export { detect903, read903, type Detection } from './detect';
export { import903, type Ssda903File, type Ssda903Import } from './import';
export { read903Csv } from './read-csv';
export { read903Xml, XML_TABLES } from './read-xml';
export { columnChecks, type ColumnCheck, type ColumnKind } from './spec';
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
} from './year';
