import { OperationError } from './errors';
import type { Clock, Hlc } from './hlc';
import { jsonEqual, toJsonValue, type JsonValue } from './json';
import { DELETED_FIELD, fieldKey, operationSchema, type Operation } from './operation';
import { isDeleted, latestByField, observeLatest } from './state';
import { firstIssue } from '../util/zod-issues';

/**
 * Turns a user's edits into operations with the right `prev`. The recorder
 * keeps an index of the log (winner per field, ops by id) so each edit costs
 * O(1); feed it every op appended or imported with `observe`.
 */

/** One field edit: entity type, entity id, field name and new value. */
export type Change = {
  readonly entity: string;
  readonly id: string;
  readonly field: string;
  readonly value: unknown;
};

/** Records changes as operations for one replica. */
export type Recorder = {
  /** The node name of this replica's clock (the author of every op it makes). */
  readonly node: string;
  /** Indexes ops from the log or from an import and advances the clock past them. */
  observe(operations: Iterable<Operation>): void;
  /**
   * Records a field edit. Returns `null` when the field already holds the
   * value, so saving an unchanged form writes nothing and cannot overturn a
   * colleague's concurrent edit.
   */
  change(change: Change): Operation | null;
  /**
   * Records a new entity: a `$deleted: false` op (the "created" entry of the
   * audit trail, and what a later undelete restores) and one op per field.
   */
  create(entity: string, id: string, fields: { readonly [field: string]: unknown }): Operation[];
  /** Records a deletion (`$deleted: true`); `null` if already deleted. */
  remove(entity: string, id: string): Operation | null;
  /**
   * Re-applies the value of an earlier op (e.g. the losing side of a clash)
   * as a new op; `null` if the field already holds that value.
   */
  restore(opId: string): Operation | null;
};

function checkField(entity: string, id: string, field: string): void {
  if (field.startsWith('$')) {
    throw new OperationError(
      'reserved-field',
      `Field "${field}" of ${entity} "${id}" starts with $, which is reserved; rename the field.`,
    );
  }
}

function checkValue(entity: string, id: string, field: string, value: unknown): JsonValue {
  const checked = toJsonValue(value);
  if (checked.ok) return checked.value;
  const where = checked.path === '' ? '' : ` at ${checked.path}`;
  throw new OperationError(
    'not-json',
    `The value for field "${field}" of ${entity} "${id}" cannot be saved${where}: ${checked.problem}.`,
  );
}

/** Creates a recorder for `clock`'s replica over an existing log. */
export function createRecorder(clock: Clock, operations: Iterable<Operation> = []): Recorder {
  const latest = latestByField([]);
  const byId = new Map<string, Operation>();
  const entities = new Set<string>();

  const observe = (ops: Iterable<Operation>): void => {
    let newest: Hlc | undefined;
    for (const op of ops) {
      byId.set(op.id, op);
      entities.add(JSON.stringify([op.entity, op.entityId]));
      observeLatest(latest, op);
      if (newest === undefined || op.hlc > newest) newest = op.hlc;
    }
    // One receive of the newest timestamp puts the clock past all of them.
    if (newest !== undefined) clock.receive(newest);
  };

  const deletedGuard = (entity: string, id: string): void => {
    if (isDeleted(latest, entity, id)) {
      throw new OperationError(
        'entity-deleted',
        `${entity} "${id}" has been deleted; restore it before changing it.`,
      );
    }
  };

  const write = (entity: string, id: string, field: string, value: JsonValue): Operation | null => {
    const current = latest.get(fieldKey(entity, id, field));
    if (current !== undefined && jsonEqual(current.value, value)) return null;
    const hlc = clock.tick();
    const candidate = {
      id: hlc,
      author: clock.node,
      hlc,
      entity,
      entityId: id,
      field,
      value,
      prev: current?.hlc ?? null,
    };
    // Check with the same schema readBundle uses, so a recorded op can always be read back.
    const parsed = operationSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = firstIssue(parsed.error);
      throw new OperationError(
        'invalid-change',
        `Cannot record ${entity} "${id}" field "${field}": ${issue.field} ${issue.message}.`,
      );
    }
    observe([parsed.data]);
    return parsed.data;
  };

  observe(operations);

  return {
    node: clock.node,
    observe,
    change({ entity, id, field, value }) {
      checkField(entity, id, field);
      const json = checkValue(entity, id, field, value);
      deletedGuard(entity, id);
      return write(entity, id, field, json);
    },
    create(entity, id, fields) {
      if (entities.has(JSON.stringify([entity, id]))) {
        throw new OperationError(
          'entity-exists',
          `${entity} "${id}" already exists (or existed and was deleted); use a new id.`,
        );
      }
      // Check every field before writing any, so a bad field records nothing.
      const values = Object.entries(fields).map(([field, value]): [string, JsonValue] => {
        checkField(entity, id, field);
        return [field, checkValue(entity, id, field, value)];
      });
      const ops: Operation[] = [];
      for (const [field, value] of [[DELETED_FIELD, false] as const, ...values]) {
        const op = write(entity, id, field, value);
        if (op !== null) ops.push(op);
      }
      return ops;
    },
    remove(entity, id) {
      if (!entities.has(JSON.stringify([entity, id]))) {
        throw new OperationError('invalid-change', `There is no ${entity} "${id}" to delete.`);
      }
      return write(entity, id, DELETED_FIELD, true);
    },
    restore(opId) {
      const op = byId.get(opId);
      if (op === undefined) {
        throw new OperationError(
          'unknown-operation',
          `No change with id "${opId}" is in this workbook; merge the bundle that holds it first.`,
        );
      }
      if (op.field !== DELETED_FIELD) deletedGuard(op.entity, op.entityId);
      return write(op.entity, op.entityId, op.field, op.value);
    },
  };
}

/** One-shot {@link Recorder.change} over a log (indexes the log each call). */
export function recordChange(
  operations: Iterable<Operation>,
  clock: Clock,
  change: Change,
): Operation | null {
  return createRecorder(clock, operations).change(change);
}

/** One-shot {@link Recorder.create} over a log. */
export function recordEntity(
  operations: Iterable<Operation>,
  clock: Clock,
  entity: string,
  id: string,
  fields: { readonly [field: string]: unknown },
): Operation[] {
  return createRecorder(clock, operations).create(entity, id, fields);
}

/** One-shot {@link Recorder.restore} over a log. */
export function restoreOperation(
  operations: Iterable<Operation>,
  clock: Clock,
  opId: string,
): Operation | null {
  return createRecorder(clock, operations).restore(opId);
}
