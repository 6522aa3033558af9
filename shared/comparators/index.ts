/**
 * The comparators: the DfE's published figures for England, each region,
 * each local authority and its statistical neighbours, offline. build.ts
 * turns the DfE files into a dataset; compare.ts reads a council's
 * comparisons from it; bundled.ts gives the copy bundled with the app.
 */
export { buildComparators, type BuildResult } from './build';
export {
  compareMeasure,
  councilComparators,
  findLa,
  type ComparatorLa,
  type CouncilComparators,
  type Figure,
  type MeasureComparison,
  type NeighbourFigure,
  type NeighboursFigure,
} from './compare';
export { COMPARATOR_FILES, fileSpecFor, type ComparatorFileSpec } from './files';
export { isComparatorDataset } from './guard';
export { MEASURES, measureById, type MeasureDefinition, type MeasureUnit } from './measures';
export {
  comparatorDatasetSchema,
  type ComparatorDataset,
  type ComparatorFile,
  type ComparatorFileProblem,
} from './types';
