import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createClock,
  createRecorder,
  formatHlc,
  history,
  materialise,
  OperationError,
  recordChange,
  recordEntity,
  type Operation,
} from '../../../../shared/bundle';
import { scenarioArb, simulate } from './simulation';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof OperationError ? error.code : 'not an OperationError';
  }
  return undefined;
}

describe('recorder and materialise', () => {
  it('creates an entity as a created marker plus one op per field, all first writes', () => {
    const jane = createRecorder(createClock('Jane Smith', () => 1_000));
    const ops = jane.create('evidence', 'ev-1', { title: 'Case audit', grade: 2 });
    expect(ops.map((op) => [op.field, op.value, op.prev, op.author])).toEqual([
      ['$deleted', false, null, 'Jane Smith'],
      ['title', 'Case audit', null, 'Jane Smith'],
      ['grade', 2, null, 'Jane Smith'],
    ]);
    expect(materialise(ops)).toEqual({ evidence: { 'ev-1': { title: 'Case audit', grade: 2 } } });
  });

  it('gives an edit the hlc of the value it replaced as prev', () => {
    const clock = createClock('Jane Smith', () => 1_000);
    const created = recordEntity([], clock, 'evidence', 'ev-1', { title: 'Draft' });
    const edit = recordChange(created, clock, {
      entity: 'evidence',
      id: 'ev-1',
      field: 'title',
      value: 'Final',
    });
    const titleOp = created.find((op) => op.field === 'title');
    expect(edit?.prev).toBe(titleOp?.hlc);
    expect(materialise([...created, ...(edit === null ? [] : [edit])])).toEqual({
      evidence: { 'ev-1': { title: 'Final' } },
    });
  });

  it('writes nothing when the value is unchanged', () => {
    const r = createRecorder(createClock('n', () => 1));
    r.create('evidence', 'ev-1', { tags: ['a', { b: 1 }] });
    expect(
      r.change({ entity: 'evidence', id: 'ev-1', field: 'tags', value: ['a', { b: 1 }] }),
    ).toBeNull();
  });

  it('refuses reserved fields, non-JSON values and re-used ids, naming the problem', () => {
    const r = createRecorder(createClock('n', () => 1));
    r.create('evidence', 'ev-1', {});
    const change = { entity: 'evidence', id: 'ev-1' };
    expect(codeOf(() => r.change({ ...change, field: '$deleted', value: true }))).toBe(
      'reserved-field',
    );
    expect(codeOf(() => r.change({ ...change, field: 'when', value: { at: new Date() } }))).toBe(
      'not-json',
    );
    expect(() => r.change({ ...change, field: 'when', value: { at: new Date() } })).toThrow(
      /at at/,
    );
    expect(codeOf(() => r.create('evidence', 'ev-1', {}))).toBe('entity-exists');
    expect(codeOf(() => r.create('evidence', 'ev-2', { ok: 1, $bad: 2 }))).toBe('reserved-field');
    // Nothing of the refused create was recorded: ev-2 can still be created.
    expect(r.create('evidence', 'ev-2', { ok: 1 })).toHaveLength(2);
    expect(codeOf(() => r.remove('evidence', 'nope'))).toBe('invalid-change');
  });

  it('hides a deleted entity but keeps its ops, refuses edits, and restores it', () => {
    const r = createRecorder(createClock('n', () => 5));
    const log: Operation[] = [...r.create('evidence', 'ev-1', { title: 'Kept' })];
    const deletion = r.remove('evidence', 'ev-1');
    if (deletion !== null) log.push(deletion);
    expect(materialise(log)).toEqual({});
    expect(log).toHaveLength(3);
    expect(r.remove('evidence', 'ev-1')).toBeNull();
    expect(
      codeOf(() => r.change({ entity: 'evidence', id: 'ev-1', field: 'title', value: 'x' })),
    ).toBe('entity-deleted');
    const marker = log[0];
    const revived = marker === undefined ? null : r.restore(marker.id);
    expect(revived).toMatchObject({ field: '$deleted', value: false, prev: deletion?.hlc });
    if (revived !== null) log.push(revived);
    expect(materialise(log)).toEqual({ evidence: { 'ev-1': { title: 'Kept' } } });
  });

  it('lets an edit made on a slow clock win over the newer-looking value it replaced', () => {
    const fast = createRecorder(createClock('fast', () => 90_000));
    const log = fast.create('judgement', 'leadership', { grade: 'good' });
    const slow = createRecorder(
      createClock('slow', () => 1_000),
      log,
    );
    const edit = slow.change({
      entity: 'judgement',
      id: 'leadership',
      field: 'grade',
      value: 'outstanding',
    });
    expect(edit !== null && edit.hlc > (log.at(-1)?.hlc ?? '')).toBe(true);
    expect(materialise([...log, ...(edit === null ? [] : [edit])])).toEqual({
      judgement: { leadership: { grade: 'outstanding' } },
    });
  });

  it('breaks an hlc tie by op id', () => {
    const hlc = formatHlc(1_000, 0, 'twin');
    const base = { author: 'twin', hlc, entity: 'e', entityId: '1', field: 'f', prev: null };
    const a: Operation = { ...base, id: 'a', value: 'from a' };
    const b: Operation = { ...base, id: 'b', value: 'from b' };
    expect(materialise([a, b])).toEqual({ e: { 1: { f: 'from b' } } });
    expect(materialise([b, a])).toEqual({ e: { 1: { f: 'from b' } } });
  });

  it('materialises every field to its last writer, whatever order the log is in', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((scenario) => {
          const log = simulate(scenario).flat();
          return fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length }));
        }),
        ([log, shuffled]) => {
          const state = materialise(log);
          expect(materialise(shuffled)).toEqual(state);
          // Oracle: for each field, the op with the greatest (hlc, id), found by brute force.
          const winners = new Map<string, Operation>();
          for (const op of log) {
            const key = `${op.entity}\u0000${op.entityId}\u0000${op.field}`;
            const seen = winners.get(key);
            if (
              seen === undefined ||
              op.hlc > seen.hlc ||
              (op.hlc === seen.hlc && op.id > seen.id)
            ) {
              winners.set(key, op);
            }
          }
          const isDeleted = (entity: string, id: string) =>
            winners.get(`${entity}\u0000${id}\u0000$deleted`)?.value === true;
          const expected: Record<string, Record<string, Record<string, unknown>>> = {};
          for (const op of winners.values()) {
            if (isDeleted(op.entity, op.entityId)) continue;
            const records = (expected[op.entity] ??= {});
            const record = (records[op.entityId] ??= {});
            if (op.field !== '$deleted') record[op.field] = op.value;
          }
          expect(state).toEqual(expected);
        },
      ),
    );
  });
});

describe('history', () => {
  it('lists who changed what, when, from what to what', () => {
    let now = Date.UTC(2025, 2, 3, 9, 30);
    const jane = createRecorder(createClock('Jane Smith', () => now));
    const log: Operation[] = [...jane.create('evidence', 'ev-1', { title: 'Draft' })];
    now += 60_000;
    const sam = createRecorder(
      createClock('Sam Jones', () => now),
      log,
    );
    const edit = sam.change({ entity: 'evidence', id: 'ev-1', field: 'title', value: 'Final' });
    if (edit !== null) log.push(edit);

    const titles = history(log, 'evidence', 'ev-1', 'title');
    expect(titles.map((e) => [e.author, e.at, e.before, e.after])).toEqual([
      ['Jane Smith', '2025-03-03T09:30:00.000Z', { kind: 'first-write' }, 'Draft'],
      [
        'Sam Jones',
        '2025-03-03T09:31:00.000Z',
        { kind: 'value', value: 'Draft', opId: log[1]?.id, author: 'Jane Smith', hlc: log[1]?.hlc },
        'Final',
      ],
    ]);
    expect(history(log, 'evidence', 'ev-1').map((e) => e.field)).toEqual([
      '$deleted',
      'title',
      'title',
    ]);
    expect(history(log, 'evidence', 'other')).toEqual([]);
  });

  it('says so when the replaced op is not in the log', () => {
    const log = createRecorder(createClock('n', () => 1)).create('e', '1', { f: 1 });
    const clock = createClock('m', () => 2);
    const edit = recordChange(log, clock, { entity: 'e', id: '1', field: 'f', value: 2 });
    const [entry] = history(edit === null ? [] : [edit], 'e', '1');
    expect(entry?.before).toEqual({ kind: 'missing', hlc: log[1]?.hlc });
  });
});
