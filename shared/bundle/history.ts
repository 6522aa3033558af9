import { parseHlc, type Hlc } from './hlc';
import type { JsonValue } from './json';
import { compareOperations, fieldKey, type Operation } from './operation';

/**
 * The audit trail read straight from the log: each op says who changed what,
 * when, and (through `prev`) which value it replaced.
 */

/** What an op replaced. */
export type HistoryBefore =
  /** The first write of the field (`prev` is null). */
  | { readonly kind: 'first-write' }
  /** The replaced value and the op that set it. */
  | {
      readonly kind: 'value';
      readonly value: JsonValue;
      readonly opId: string;
      readonly author: string;
      readonly hlc: Hlc;
    }
  /** The replaced op is not in this log (e.g. only part of a log was merged). */
  | { readonly kind: 'missing'; readonly hlc: Hlc };

/** One line of the audit trail. */
export type HistoryEntry = {
  /** The op's id, for `restore`. */
  readonly opId: string;
  /** Who made the change (the replica's node name). */
  readonly author: string;
  /** When, as the op's HLC timestamp (orders entries exactly). */
  readonly hlc: Hlc;
  /** When, as an ISO 8601 UTC timestamp from the HLC's wall time (for display). */
  readonly at: string;
  /** Entity type. */
  readonly entity: string;
  /** Entity id. */
  readonly id: string;
  /** Field changed (`$deleted` for deletion and creation markers). */
  readonly field: string;
  /** The value replaced. */
  readonly before: HistoryBefore;
  /** The new value. */
  readonly after: JsonValue;
};

/**
 * The changes to one entity (or one field of it), oldest first, with the old
 * and new value of each. Concurrent edits appear as separate entries that
 * share a `before`.
 */
export function history(
  operations: Iterable<Operation>,
  entity: string,
  id: string,
  field?: string,
): HistoryEntry[] {
  const mine: Operation[] = [];
  const byFieldAndHlc = new Map<string, Operation>();
  for (const op of operations) {
    if (op.entity !== entity || op.entityId !== id) continue;
    if (field !== undefined && op.field !== field) continue;
    mine.push(op);
    byFieldAndHlc.set(`${fieldKey(entity, id, op.field)}${op.hlc}`, op);
  }
  mine.sort(compareOperations);
  return mine.map((op): HistoryEntry => {
    const replaced =
      op.prev === null
        ? undefined
        : byFieldAndHlc.get(`${fieldKey(entity, id, op.field)}${op.prev}`);
    const before: HistoryBefore =
      op.prev === null
        ? { kind: 'first-write' }
        : replaced === undefined
          ? { kind: 'missing', hlc: op.prev }
          : {
              kind: 'value',
              value: replaced.value,
              opId: replaced.id,
              author: replaced.author,
              hlc: replaced.hlc,
            };
    return {
      opId: op.id,
      author: op.author,
      hlc: op.hlc,
      at: new Date(parseHlc(op.hlc)?.wallMs ?? 0).toISOString(),
      entity,
      id,
      field: op.field,
      before,
      after: op.value,
    };
  });
}
