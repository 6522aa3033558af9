/**
 * The workbook bundle layer: HLC timestamps, the append-only operation log
 * (state, audit trail, merge with clash detection) and the `.inspection` zip
 * file. Generic over entity types: the domain layer supplies record schemas
 * through an {@link EntityRegistry}. See README, Layout ("Data") and
 * fflate, https://github.com/101arrowz/fflate.
 */
export { BundleError, OperationError } from './errors';
export type { BundleErrorCode, BundleErrorLocation, OperationErrorCode } from './errors';
export { jsonEqual, jsonValueSchema, toJsonValue } from './json';
export type { JsonCheck, JsonValue } from './json';
export {
  compareHlc,
  createClock,
  decodeNode,
  encodeNode,
  formatHlc,
  hlcSchema,
  MAX_COUNTER,
  MAX_WALL_MS,
  parseHlc,
} from './hlc';
export type { Clock, Hlc, HlcParts } from './hlc';
export {
  compareOperations,
  DELETED_FIELD,
  fieldKey,
  operationSchema,
  sameOperation,
  sideOf,
} from './operation';
export type { ClashSide, Operation } from './operation';
export { isDeleted, latestByField, materialise, observeLatest } from './state';
export type { EntityRecord, LatestIndex, WorkbookState } from './state';
export { createRecorder, recordChange, recordEntity, restoreOperation } from './recorder';
export type { Change, Recorder } from './recorder';
export { history } from './history';
export type { HistoryBefore, HistoryEntry } from './history';
export {
  canonicalJson,
  OPERATION_SIGNATURE_CONTEXT,
  operationHash,
  operationLine,
  operationMessage,
} from './canonical';
export { signatureHolds, signatureOf, signOperations } from './signatures';
export type { SignMessage } from './signatures';
export { checkChains, MAX_CHAIN_PROBLEMS, MAX_SIGNATURE_CHECKS } from './chains';
export type { ChainCheck, ChainKeys, ChainProblem, ChainProblemReason } from './chains';
export { findClashes, mergeOperations } from './merge';
export type { Clash, MergeResult } from './merge';
export { findEditsOfDeleted } from './deletions';
export type { EditOfDeleted } from './deletions';
export {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MANIFEST_PART,
  manifestSchema,
  parseManifest,
} from './manifest';
export type { Manifest } from './manifest';
export { checkEntities, isKnownEntity } from './entities';
export type { EntityRegistry } from './entities';
export {
  bytesPart,
  findPartRule,
  jsonPart,
  PART_NAME_HINT,
  partNameSchema,
  PARTS_FOLDER,
} from './parts';
export type { PartRule } from './parts';
export { OPERATIONS_PART, writeBundle } from './bundle';
export type { Bundle, BundleParts, ReadBundleOptions, WriteBundleInput } from './bundle';
export { readBundle, type PartReading } from './read-bundle';
export { mergeBundles } from './merge-bundles';
export type { MergedBundle } from './merge-bundles';
