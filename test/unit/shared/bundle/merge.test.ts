import { describe, expect, it } from 'vitest';
import {
  createClock,
  createRecorder,
  findClashes,
  formatHlc,
  materialise,
  mergeOperations,
  OperationError,
  restoreOperation,
  type Operation,
  type Recorder,
} from '../../../../shared/bundle';

/** Jane creates a judgement; Sam and Priya each get a copy of her log. */
function team() {
  let now = 1_000;
  const clock = (name: string) => createClock(name, () => now);
  const jane = createRecorder(clock('Jane'));
  const base = jane.create('judgement', 'leadership', { grade: 'good', note: '' });
  const sam = createRecorder(clock('Sam'), base);
  const priya = createRecorder(clock('Priya'), base);
  const tick = () => {
    now += 10;
  };
  return { base, jane, sam, priya, tick };
}

function edit(recorder: Recorder, field: string, value: unknown): Operation[] {
  const op = recorder.change({ entity: 'judgement', id: 'leadership', field, value });
  return op === null ? [] : [op];
}

describe('clash detection', () => {
  it('reports two authors changing one field from the same value to different values', () => {
    const { base, sam, priya, tick } = team();
    const samOps = edit(sam, 'grade', 'requires improvement');
    tick();
    const priyaOps = edit(priya, 'grade', 'outstanding');
    const { operations, clashes } = mergeOperations([...base, ...samOps], [...base, ...priyaOps]);

    expect(operations).toHaveLength(base.length + 2);
    const gradeOp = base.find((op) => op.field === 'grade');
    expect(clashes).toEqual([
      {
        entity: 'judgement',
        id: 'leadership',
        field: 'grade',
        prev: gradeOp?.hlc,
        kept: {
          value: 'outstanding',
          author: 'Priya',
          hlc: priyaOps[0]?.hlc,
          opId: priyaOps[0]?.id,
        },
        other: {
          value: 'requires improvement',
          author: 'Sam',
          hlc: samOps[0]?.hlc,
          opId: samOps[0]?.id,
        },
        authors: ['Priya', 'Sam'],
        current: {
          value: 'outstanding',
          author: 'Priya',
          hlc: priyaOps[0]?.hlc,
          opId: priyaOps[0]?.id,
        },
      },
    ]);
    // The later edit wins, and the losing value is still in the log.
    expect(materialise(operations).judgement?.leadership?.grade).toBe('outstanding');
    expect(operations.some((op) => op.value === 'requires improvement')).toBe(true);
  });

  it('reports no clash for sequential edits (the second author saw the first)', () => {
    const { base, sam, priya, tick } = team();
    const samOps = edit(sam, 'grade', 'requires improvement');
    priya.observe(samOps);
    tick();
    const priyaOps = edit(priya, 'grade', 'outstanding');
    expect(priyaOps[0]?.prev).toBe(samOps[0]?.hlc);
    const merged = mergeOperations([...base, ...samOps], [...base, ...samOps, ...priyaOps]);
    expect(merged.clashes).toEqual([]);
    expect(materialise(merged.operations).judgement?.leadership?.grade).toBe('outstanding');
  });

  it('reports no clash when both authors chose the same value', () => {
    const { base, sam, priya, tick } = team();
    const samOps = edit(sam, 'grade', 'outstanding');
    tick();
    const priyaOps = edit(priya, 'grade', 'outstanding');
    expect(mergeOperations([...base, ...samOps], [...base, ...priyaOps]).clashes).toEqual([]);
  });

  it('reports no clash for concurrent edits of different fields', () => {
    const { base, sam, priya } = team();
    const samOps = edit(sam, 'grade', 'inadequate');
    const priyaOps = edit(priya, 'note', 'Supervision is irregular');
    const merged = mergeOperations([...base, ...samOps], [...base, ...priyaOps]);
    expect(merged.clashes).toEqual([]);
    expect(materialise(merged.operations)).toEqual({
      judgement: { leadership: { grade: 'inadequate', note: 'Supervision is irregular' } },
    });
  });

  it('does not count one author overwriting their own concurrent edit as a clash', () => {
    // Only possible when two devices share a node name; the definition of a
    // clash asks for two different authors, so this is last-writer-wins.
    const prev = formatHlc(1, 0, 'Jane');
    const base = { author: 'Jane', entity: 'e', entityId: '1', field: 'f', prev };
    const ops: Operation[] = [
      { ...base, id: 'laptop', hlc: formatHlc(5, 0, 'Jane'), value: 'x' },
      { ...base, id: 'tablet', hlc: formatHlc(6, 0, 'Jane'), value: 'y' },
    ];
    expect(findClashes(ops)).toEqual([]);
  });

  it('reports two first writes of a field on a shared id', () => {
    const sam = createRecorder(createClock('Sam', () => 5));
    const priya = createRecorder(createClock('Priya', () => 5));
    const a = edit(sam, 'grade', 'good');
    const b = edit(priya, 'grade', 'inadequate');
    const [clash] = findClashes([...a, ...b]);
    expect(clash?.prev).toBeNull();
    // Equal wall time and counter: the node name decides, "Sam" > "Priya".
    expect(clash?.kept.author).toBe('Sam');
    expect(clash?.other.value).toBe('inadequate');
  });

  it('lists each losing author once against the kept value when three inspectors clash', () => {
    const { base, jane, sam, priya, tick } = team();
    const ops = [...base, ...edit(jane, 'grade', 'a')];
    tick();
    ops.push(...edit(sam, 'grade', 'b'));
    tick();
    ops.push(...edit(priya, 'grade', 'c'));
    const clashes = findClashes(ops);
    expect(clashes.map((c) => [c.kept.value, c.other.value])).toEqual([
      ['c', 'a'],
      ['c', 'b'],
    ]);
  });

  it('shows the current value when someone edited after the clash', () => {
    const { base, sam, priya, tick } = team();
    const samOps = edit(sam, 'grade', 'x');
    tick();
    const priyaOps = edit(priya, 'grade', 'y');
    tick();
    const later = edit(priya, 'grade', 'z');
    const [clash] = findClashes([...base, ...samOps, ...priyaOps, ...later]);
    expect(clash?.kept.value).toBe('y');
    expect(clash?.current).toMatchObject({ value: 'z', opId: later[0]?.id });
  });
});

describe('restore', () => {
  it('re-applies the losing value as a new op that supersedes the kept one', () => {
    const { base, sam, priya, tick } = team();
    const samOps = edit(sam, 'grade', 'requires improvement');
    tick();
    const priyaOps = edit(priya, 'grade', 'outstanding');
    const merged = mergeOperations([...base, ...samOps], [...base, ...priyaOps]);
    const [clash] = merged.clashes;
    if (clash === undefined) throw new Error('expected a clash');

    const lead = createClock('Lead', () => 0);
    const restored = restoreOperation(merged.operations, lead, clash.other.opId);
    expect(restored).toMatchObject({
      author: 'Lead',
      field: 'grade',
      value: 'requires improvement',
      prev: clash.kept.hlc,
    });
    const log = [...merged.operations, ...(restored === null ? [] : [restored])];
    expect(materialise(log).judgement?.leadership?.grade).toBe('requires improvement');
    // Restoring is itself an edit made after seeing the kept value: no new clash.
    expect(findClashes(log)).toHaveLength(1);
    expect(restoreOperation(log, lead, clash.other.opId)).toBeNull();
  });

  it('refuses an op id the log does not hold', () => {
    expect(() => restoreOperation([], createClock('n'), 'missing')).toThrow(OperationError);
  });
});

describe('mergeOperations', () => {
  it('refuses two different ops that share an id instead of dropping one', () => {
    const { base } = team();
    const [first] = base;
    if (first === undefined) throw new Error('expected ops');
    const forged: Operation = { ...first, value: true };
    expect(() => mergeOperations(base, [forged])).toThrow(/share the id/);
    expect(() => mergeOperations([first, forged], [])).toThrow(OperationError);
  });

  it('does not modify its inputs', () => {
    const { base, sam } = team();
    const a = base.toReversed();
    const b = edit(sam, 'grade', 'x');
    const before = JSON.stringify([a, b]);
    mergeOperations(a, b);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});
