import type { JsonValue } from './json';
import { compareOperations, DELETED_FIELD, fieldKey, type Operation } from './operation';

/**
 * Folds the log into current records: for each field of each entity the op
 * that sorts last (HLC, then id) wins. Order-independent by construction, so
 * every replica holding the same set of ops sees the same state.
 */

/** A materialised entity: field name → current value. Its id is the key it is stored under. */
export type EntityRecord = { readonly [field: string]: JsonValue };

/** Entity type → entity id → record. Deleted entities are absent. */
export type WorkbookState = {
  readonly [entity: string]: { readonly [entityId: string]: EntityRecord };
};

/** The winning op of every field seen, keyed by {@link fieldKey}. */
export type LatestIndex = Map<string, Operation>;

/** Adds `op` to `index` if it beats the current winner of its field. */
export function observeLatest(index: LatestIndex, op: Operation): void {
  const key = fieldKey(op.entity, op.entityId, op.field);
  const current = index.get(key);
  if (current === undefined || compareOperations(op, current) > 0) index.set(key, op);
}

/** Builds the winner-per-field index of a log. */
export function latestByField(operations: Iterable<Operation>): LatestIndex {
  const index: LatestIndex = new Map();
  for (const op of operations) observeLatest(index, op);
  return index;
}

/** Whether the entity is currently deleted according to `index`. */
export function isDeleted(index: LatestIndex, entity: string, entityId: string): boolean {
  return index.get(fieldKey(entity, entityId, DELETED_FIELD))?.value === true;
}

/**
 * Materialises the log into `{ [entityType]: { [id]: record } }`. An entity
 * appears once it has any op and disappears while its `$deleted` is `true`;
 * its ops stay in the log. Records never contain `$deleted`.
 */
export function materialise(operations: Iterable<Operation>): WorkbookState {
  const index = latestByField(operations);
  // Maps, then Object.fromEntries: ids and field names are user data, and a
  // plain assignment to a key like `__proto__` would change the prototype.
  const byType = new Map<string, Map<string, [string, JsonValue][]>>();
  for (const op of index.values()) {
    let byId = byType.get(op.entity);
    if (byId === undefined) {
      byId = new Map();
      byType.set(op.entity, byId);
    }
    let fields = byId.get(op.entityId);
    if (fields === undefined) {
      fields = [];
      byId.set(op.entityId, fields);
    }
    if (op.field !== DELETED_FIELD) fields.push([op.field, op.value]);
  }
  const state: [string, { [entityId: string]: EntityRecord }][] = [];
  for (const [entity, byId] of byType) {
    const records: [string, EntityRecord][] = [];
    for (const [entityId, fields] of byId) {
      if (isDeleted(index, entity, entityId)) continue;
      // Sorted so a record's key order does not depend on the order ops arrived in.
      fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      records.push([entityId, Object.fromEntries(fields)]);
    }
    if (records.length > 0) {
      records.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      state.push([entity, Object.fromEntries(records)]);
    }
  }
  state.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(state);
}
