/**
 * The indicators engine: placement stability, reviews,
 * missing episodes, placement providers, care leavers, health, social worker
 * changes (SSDA903) and the Annex A List 8 / List 9 measures, for the council
 * as a whole and for each delegated provider. Pure: plain rows in, plain JSON
 * out; usable in a Web Worker and in Node.
 *
 * Input: a list of {@link IndicatorSource}s, `{ kind: 'council' | 'provider',
 * id, name, tables }`, where `tables` holds rows as the record readers keep
 * them (`{ row, values }`), 903 tables by the readers' names (`Header`,
 * `Episodes`, `Reviews`, `Missing`, `OC2`, `OC3`, `SW_Episodes`…) and Annex
 * A lists by sheet (`List 8`, `List 9`). {@link sourceFromTables} builds one
 * from `ParsedFile.tables` (records/read-files.ts).
 *
 * Output ({@link IndicatorReport}, the JSON of `workbook indicators --json`):
 *
 * ```json
 * { "year": { "label": "2017/18", "start": "2017-04-01", "end": "2018-03-31", "detected": true },
 *   "asAt": "2024-03-03",
 *   "indicators": [{ "id": "placement-stability-3-plus", "label": "…", "scope": "council",
 *     "scopeName": "…", "numerator": 5370, "denominator": 44842, "value": 12, "unit": "percent",
 *     "source": "DfE, …", "definition": "…", "data": "ssda903", "available": true }],
 *   "notes": [] }
 * ```
 *
 * `value` is a percentage rounded to one decimal place, null when the
 * denominator is 0 or the indicator is not available (`available: false`
 * with a `reason`). See catalogue-903.ts and catalogue-annex-a.ts for every
 * indicator's definition and source.
 */
export type { IndicatorDefinition } from './catalogue-903';
export {
  computeIndicators,
  indexImport,
  indexIndicatorSources,
  indicatorIndexOf,
  indicatorsFromIndex,
  indicatorsReadTable,
  INDICATORS,
  type ImportIndex,
  type IndexedOwner,
  type IndicatorIndex,
} from './compute';
export { cinCensusTables, recordRows, sourceFromTables } from './from-tables';
export type {
  AnnexAListName,
  IndicatorData,
  IndicatorOptions,
  IndicatorReport,
  IndicatorResult,
  IndicatorScope,
  IndicatorSource,
  IndicatorTableName,
  IndicatorUnit,
  IndicatorYear,
  RecordRow,
  Ssda903TableName,
} from './types';
export { childIdColumn, childIdOfRow } from './child-rows';
export { childOnlySources, indicatorsCountingChild, type ChildIndicator } from './child-membership';
