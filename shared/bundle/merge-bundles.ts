import { OPERATIONS_PART, type Bundle, type BundleParts } from './bundle';
import type { EditOfDeleted } from './deletions';
import { BundleError, OperationError } from './errors';
import { MANIFEST_PART } from './manifest';
import { mergeOperations, type Clash } from './merge';
import type { Operation } from './operation';
import { PARTS_FOLDER } from './parts';
import { checkNotAhead } from './read-operations';

/** Two bundles of one inspection, combined. Export it with `writeBundle` to share it. */
export type MergedBundle = {
  readonly inspectionId: string;
  /** Every op of both bundles once, in last-writer-wins order. */
  readonly operations: readonly Operation[];
  /** Concurrent edits to review; see {@link Clash}. */
  readonly clashes: readonly Clash[];
  /** Edits hidden by a deletion their author had not seen. */
  readonly editsOfDeleted: readonly EditOfDeleted[];
  /** Every part of both bundles. */
  readonly parts: BundleParts;
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * Merges two bundles read with `readBundle`. Refuses bundles of different
 * inspections, two different changes sharing an id, and two different parts
 * sharing a name, and a change dated more than a day ahead of `now`; never
 * drops anything silently. Inputs are not modified.
 */
export function mergeBundles(a: Bundle, b: Bundle, now: number = Date.now()): MergedBundle {
  // A bundle built in memory, or read before this check existed, is held to it here too.
  for (const op of [...a.operations, ...b.operations]) checkNotAhead(op, now, 'Cannot merge: ');
  const first = a.manifest.inspectionId;
  const second = b.manifest.inspectionId;
  if (first !== second) {
    throw new BundleError(
      'different-inspections',
      { part: MANIFEST_PART, field: 'inspectionId' },
      `These bundles belong to different inspections ("${first}" and "${second}"), so they ` +
        'cannot be merged. Choose two bundles exported from the same inspection.',
    );
  }
  let merged: ReturnType<typeof mergeOperations>;
  try {
    merged = mergeOperations(a.operations, b.operations);
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
    throw new BundleError(
      'duplicate-operation',
      { part: OPERATIONS_PART, field: 'id' },
      error.message,
    );
  }
  const parts = new Map<string, Uint8Array>();
  for (const bundle of [a, b]) {
    for (const [name, bytes] of Object.entries(bundle.parts)) {
      const seen = parts.get(name);
      if (seen !== undefined && !sameBytes(seen, bytes)) {
        throw new BundleError(
          'part-conflict',
          { part: `${PARTS_FOLDER}${name}` },
          `Both bundles hold a part "${name}" with different contents; parts are never ` +
            'overwritten. Rename one of them in its workbook and export again.',
        );
      }
      if (seen === undefined) parts.set(name, bytes.slice());
    }
  }
  const sortedParts = [...parts].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return {
    inspectionId: first,
    operations: merged.operations,
    clashes: merged.clashes,
    editsOfDeleted: merged.editsOfDeleted,
    parts: Object.fromEntries(sortedParts),
  };
}
