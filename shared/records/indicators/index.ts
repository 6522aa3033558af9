/**
 * The indicators engine (issue #5, part 4): placement stability, reviews,
 * missing episodes, placement providers, care leavers, health, social worker
 * changes (SSDA903) and the Annex A List 8 / List 9 measures, for the council
 * as a whole and for each delegated provider. Pure: plain rows in, plain
 * JSON out; usable in a Web Worker and in Node.
 */
export type { IndicatorDefinition } from './catalogue-903';
export {
  computeIndicators,
  indexIndicatorSources,
  indicatorsFromIndex,
  INDICATORS,
  type IndicatorIndex,
} from './compute';
export { recordRows, sourceFromTables } from './from-tables';
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
