/**
 * The conflict-of-interest engine. Pure: plain data in, JSON-ready
 * data out; usable in a Web Worker and in Node.
 *
 * - {@link normaliseCompanyName}`(name)` → the key that identifies a body by name.
 * - {@link buildOwnershipGraph}`({ settings, companies, pscs, links, asOf })` → the graph
 *   (build once; it holds the national register).
 * - {@link placementsFrom903}`(file, episodeRows)` and {@link placementsFromList8}`(file, list8Rows)`
 *   → placements.
 * - {@link detectConflicts}`(graph, { providers, placements, year, reviews })` →
 *   `{ conflicts, leads, skipped, unmatchedReviews }`, the `conflicts --json` shape.
 * - {@link placementIndexOf}`(tables)` → one file's placements in columns (kept
 *   beside its rows at import); {@link poolPlacements}`(files)` pools them and
 *   {@link detectPooled} finds the same report from the pool.
 */
export { coreCompanyName, normaliseCompanyName } from './company-name';
export { buildOwnershipGraph } from './build-graph';
export { detectConflicts, detectPooled, type PooledDetectInput } from './detect';
export type {
  CompanyLink,
  ControlEdge,
  GraphNode,
  GraphSetting,
  NodeKind,
  Owner,
  OwnershipGraph,
  ProposedLink,
} from './graph-model';
export type { EpisodeRow, List8Row } from './placements';
export { daysWithin, mergePlacements, placementsFrom903, placementsFromList8 } from './placements';
export { looksLikePlacementIndex, placementIndexOf, type PlacementIndex } from './placement-index';
export { poolPlacements, type FilePlacements, type PooledPlacements } from './pooled-placements';
export { severityOf } from './severity';
export { jaroWinkler } from './similarity';
export type {
  AffectedPlacement,
  ChainLink,
  CompanyList,
  Conflict,
  ConflictReport,
  DelegatedProvider,
  DetectInput,
  GraphInput,
  GroupMember,
  Lead,
  LinkDecision,
  Period,
  Placement,
  PlacementSource,
  PscList,
  Review,
  ReviewStatus,
  SettingList,
  SettingRecord,
  SkippedPlacement,
  Source,
} from './types';
export { placementTypeLabel, relationLabels, relationShortLabels } from './labels';
export { flagsNamingChild } from './child-flags';
export { withReviews } from './reviews';
