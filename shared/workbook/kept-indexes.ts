import { placementIndexOf, type PlacementIndex } from '../conflicts/placement-index';
import type { ImportIndex } from '../records/indicators';
import { inspectionWideKinds } from './import-record';
import { importIndexOf } from './indicators';

/**
 * What is kept beside an imported file's rows so that nothing reads them
 * again: for a council's or provider's file, the indicators' index and the
 * conflicts' placements; for an inspection-wide register (provider lists,
 * Companies House), nothing — those are read as rows to build the ownership graph.
 */
export function keptIndexesOf(file: {
  readonly kind: string;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
}): { readonly index?: ImportIndex; readonly placements?: PlacementIndex } {
  if (inspectionWideKinds.some((kind) => kind === file.kind)) return {};
  return { index: importIndexOf(file), placements: placementIndexOf(file.tables) };
}
