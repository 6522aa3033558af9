import { findEditsOfDeleted, type EditOfDeleted } from './deletions';
import { OperationError } from './errors';
import type { Hlc } from './hlc';
import { jsonEqual } from './json';
import {
  compareOperations,
  fieldKey,
  sameOperation,
  sideOf,
  type ClashSide,
  type Operation,
} from './operation';
import { latestByField } from './state';

/**
 * Merging two logs is a set union of ops by id, so it is commutative,
 * associative and idempotent and never loses an op (hybrid logical clocks, https://cse.buffalo.edu/tech-reports/2014-04.pdf). The
 * state then follows from last-writer-wins; what LWW would hide, concurrent
 * edits of one field to different values, is reported as clashes.
 */

/**
 * Two authors changed the same field of the same entity from the same
 * starting value (`prev`) to different values. The log keeps both; `kept`
 * won last-writer-wins between the two, `other` can be brought back with
 * `restore(other.opId)`.
 */
export type Clash = {
  readonly entity: string;
  readonly id: string;
  readonly field: string;
  /** The starting value both edits replaced (its op's HLC), or null for two first writes. */
  readonly prev: Hlc | null;
  readonly kept: ClashSide;
  readonly other: ClashSide;
  /** The two authors, sorted. */
  readonly authors: readonly string[];
  /**
   * The field's current winner: `kept` itself, or a later edit made after the
   * clash. Lets a reviewer see whether anyone has touched the field since.
   */
  readonly current: ClashSide;
};

/** The outcome of a merge. */
export type MergeResult = {
  /** Every op of both logs once, in last-writer-wins order (HLC, then id). */
  readonly operations: readonly Operation[];
  /** Every clash in the merged log, in a deterministic order. */
  readonly clashes: readonly Clash[];
  /** Edits hidden by a deletion their author had not seen; see {@link EditOfDeleted}. */
  readonly editsOfDeleted: readonly EditOfDeleted[];
};

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lists every clash in a log. Within a group of ops sharing entity, id,
 * field and `prev`, the LWW winner is `kept`; each op by another author with
 * a different value is a clash against it. The result depends only on the
 * set of ops, not their order.
 */
export function findClashes(operations: Iterable<Operation>): Clash[] {
  const ops = [...operations];
  const latest = latestByField(ops);
  const groups = new Map<string, Operation[]>();
  for (const op of ops) {
    const key = JSON.stringify([op.entity, op.entityId, op.field, op.prev]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [op]);
    else group.push(op);
  }
  const clashes: Clash[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort(compareOperations);
    const kept = group.at(-1);
    if (kept === undefined) continue;
    const current = latest.get(fieldKey(kept.entity, kept.entityId, kept.field)) ?? kept;
    for (const other of group) {
      if (other.author === kept.author || jsonEqual(other.value, kept.value)) continue;
      clashes.push({
        entity: kept.entity,
        id: kept.entityId,
        field: kept.field,
        prev: kept.prev,
        kept: sideOf(kept),
        other: sideOf(other),
        authors: [kept.author, other.author].sort(byText),
        current: sideOf(current),
      });
    }
  }
  return clashes.sort(
    (a, b) =>
      byText(a.entity, b.entity) ||
      byText(a.id, b.id) ||
      byText(a.field, b.field) ||
      byText(a.kept.hlc, b.kept.hlc) ||
      byText(a.other.hlc, b.other.hlc) ||
      byText(a.other.opId, b.other.opId),
  );
}

/**
 * Merges two logs. Ops present in both are kept once; two different ops
 * sharing an id throw an {@link OperationError} (`duplicate-id`) instead of
 * one being dropped. Neither input is modified.
 */
export function mergeOperations(a: Iterable<Operation>, b: Iterable<Operation>): MergeResult {
  const byId = new Map<string, Operation>();
  for (const log of [a, b]) {
    for (const op of log) {
      const seen = byId.get(op.id);
      if (seen === undefined) byId.set(op.id, op);
      else if (!sameOperation(seen, op)) {
        throw new OperationError(
          'duplicate-id',
          `Two different changes share the id "${op.id}" (by ${seen.author} and ${op.author}). ` +
            'Each device needs its own node name; rename one and export again.',
        );
      }
    }
  }
  const operations = [...byId.values()].sort(compareOperations);
  return {
    operations,
    clashes: findClashes(operations),
    editsOfDeleted: findEditsOfDeleted(operations),
  };
}
