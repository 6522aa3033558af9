import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createClock,
  createRecorder,
  materialise,
  mergeOperations,
  type Operation,
} from '../../../../shared/bundle';
import { scenarioArb, simulate } from './simulation';

/** Three replicas' logs from one simulated team. */
const threeLogs = scenarioArb.map((scenario) => {
  const [a = [], b = [], c = []] = simulate(scenario);
  return [a, b, c] as const;
});

const ids = (ops: readonly Operation[]) => new Set(ops.map((op) => op.id));
const group = (op: Operation) => JSON.stringify([op.entity, op.entityId, op.field, op.prev]);

describe('merge properties', () => {
  it('is commutative on the op set, the clashes and the state', () => {
    fc.assert(
      fc.property(threeLogs, ([a, b]) => {
        const ab = mergeOperations(a, b);
        const ba = mergeOperations(b, a);
        expect(ab.operations).toEqual(ba.operations);
        expect(ab.clashes).toEqual(ba.clashes);
        expect(ab.editsOfDeleted).toEqual(ba.editsOfDeleted);
        expect(materialise(ab.operations)).toEqual(materialise(ba.operations));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(threeLogs, ([a, b, c]) => {
        const left = mergeOperations(mergeOperations(a, b).operations, c);
        const right = mergeOperations(a, mergeOperations(b, c).operations);
        expect(left.operations).toEqual(right.operations);
        expect(left.clashes).toEqual(right.clashes);
        expect(left.editsOfDeleted).toEqual(right.editsOfDeleted);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(threeLogs, ([a, b]) => {
        const ab = mergeOperations(a, b);
        expect(mergeOperations(ab.operations, ab.operations)).toEqual(ab);
        expect(mergeOperations(ab.operations, b)).toEqual(ab);
        expect(ids(mergeOperations(a, a).operations)).toEqual(ids(a));
      }),
    );
  });

  it('never loses an op: every op of either side is in the result, unchanged, once', () => {
    fc.assert(
      fc.property(threeLogs, ([a, b]) => {
        const { operations } = mergeOperations(a, b);
        expect(ids(operations).size).toBe(operations.length);
        const byId = new Map(operations.map((op) => [op.id, op]));
        for (const op of [...a, ...b]) expect(byId.get(op.id)).toEqual(op);
        expect(operations.length).toBe(new Set([...ids(a), ...ids(b)]).size);
      }),
    );
  });

  it('gives the same state whatever order the team merges in', () => {
    const orders = threeLogs.chain((logs) =>
      fc.tuple(fc.constant(logs), fc.shuffledSubarray([0, 1, 2], { minLength: 3 })),
    );
    fc.assert(
      fc.property(orders, ([logs, order]) => {
        const reference = materialise(
          mergeOperations(mergeOperations(logs[0], logs[1]).operations, logs[2]).operations,
        );
        let merged: readonly Operation[] = [];
        for (const index of order) merged = mergeOperations(merged, logs[index] ?? []).operations;
        expect(materialise(merged)).toEqual(reference);
      }),
    );
  });

  it('lists exactly the concurrent edits to different values by different authors', () => {
    fc.assert(
      fc.property(threeLogs, ([a, b, c]) => {
        const { operations, clashes } = mergeOperations(mergeOperations(a, b).operations, c);
        // Brute-force oracle over all pairs: same field and prev, different
        // authors and values, one of them the greatest (hlc, id) of its group.
        const greatest = new Map<string, Operation>();
        for (const op of operations) {
          const seen = greatest.get(group(op));
          if (seen === undefined || op.hlc > seen.hlc || (op.hlc === seen.hlc && op.id > seen.id)) {
            greatest.set(group(op), op);
          }
        }
        const expected = new Set<string>();
        for (const op of operations) {
          const kept = greatest.get(group(op));
          if (kept === undefined || kept.author === op.author) continue;
          if (isDeepStrictEqual(kept.value, op.value)) continue;
          expected.add(`${kept.id} > ${op.id}`);
        }
        expect(new Set(clashes.map((x) => `${x.kept.opId} > ${x.other.opId}`))).toEqual(expected);
      }),
    );
  });

  it('restoring the other side of any clash makes it the current value, losing nothing', () => {
    fc.assert(
      fc.property(threeLogs, ([a, b, c]) => {
        const { operations, clashes } = mergeOperations(mergeOperations(a, b).operations, c);
        for (const clash of clashes) {
          const lead = createRecorder(
            createClock('Lead', () => 0),
            operations,
          );
          const record = materialise(operations)[clash.entity]?.[clash.id];
          // A deleted entity must be restored first; that refusal is tested elsewhere.
          if (record === undefined && clash.field !== '$deleted') continue;
          const op = lead.restore(clash.other.opId);
          const log = [...operations, ...(op === null ? [] : [op])];
          const value =
            clash.field === '$deleted'
              ? materialise(log)[clash.entity]?.[clash.id] === undefined
              : materialise(log)[clash.entity]?.[clash.id]?.[clash.field];
          expect(value).toEqual(clash.other.value);
          expect(ids(log)).toEqual(new Set([...ids(operations), ...(op === null ? [] : [op.id])]));
        }
      }),
    );
  });
});
