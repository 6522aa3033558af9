import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/bundle/sha256';
import {
  authorId,
  decodeIndex,
  encodeIndex,
  encodeSegment,
  inspectionFolder,
  segmentName,
} from '../../../../shared/sync';
import {
  baseLog,
  evidence,
  inspectionOf,
  member,
  memoryFolder,
  pass,
  summary,
  view,
  type MemoryFolder,
} from './sync-helpers';

function root(folder: MemoryFolder, inspection: string): string[] {
  return [...folder.files.keys()].filter((name) =>
    name.startsWith(`${inspectionFolder(inspection)}/`),
  );
}

describe('a sync pass over a team folder', () => {
  it('writes each member’s own changes and merges the others’, until both copies agree, clashes alike', async () => {
    const base = baseLog();
    const a = member('Amara Okafor', base);
    const b = member('Ben Lee', base);
    const folder = memoryFolder();
    evidence(a, 'Visited the front door');
    summary(a, 'Amara’s summary');
    evidence(b, 'Case files sampled');
    summary(b, 'Ben’s summary');

    const first = await pass(a, folder);
    expect(first.written).toMatchObject({ seq: 1, operations: a.ops.length - base.length });
    expect(first.arrivals).toEqual([]);
    const second = await pass(b, folder);
    expect(second.written?.seq).toBe(1);
    expect(second.arrivals).toEqual([
      expect.objectContaining({ author: 'Amara Okafor', segments: 1 }),
    ]);
    expect(second.clashes).toHaveLength(1);
    expect(second.clashes[0]).toMatchObject({
      entity: 'summary',
      authors: ['Amara Okafor', 'Ben Lee'],
    });
    const third = await pass(a, folder);
    expect(third.arrivals).toEqual([expect.objectContaining({ author: 'Ben Lee', segments: 1 })]);
    expect(third.clashes).toEqual(second.clashes);
    expect(view(a)).toEqual(view(b));
    expect(Object.keys(view(a).state['evidence'] ?? {})).toHaveLength(2);
  });

  it('is idempotent: a second pass with nothing new writes, merges and changes nothing', async () => {
    const base = baseLog();
    const a = member('Amara Okafor', base);
    const b = member('Ben Lee', base);
    const folder = memoryFolder();
    evidence(a, 'Front door');
    await pass(a, folder);
    await pass(b, folder);
    const ops = b.ops;
    const writes = folder.writes.length;
    const again = await pass(b, folder);
    expect(again.changed).toBe(false);
    expect(again.written).toBeNull();
    expect(again.arrivals).toEqual([]);
    expect(b.ops).toBe(ops);
    expect(folder.writes).toHaveLength(writes);
    // Ben's own changes go out once: the next segment holds only what is new.
    evidence(b, 'Later note');
    const bens = b.ops.filter((op) => op.author === 'Ben Lee').length;
    expect((await pass(b, folder)).written).toMatchObject({ seq: 1, operations: bens });
    evidence(b, 'Another note');
    expect((await pass(b, folder)).written).toMatchObject({ seq: 2 });
  });

  it('names segments by inspection, author and number, and never writes outside its own folder and files/', async () => {
    const base = baseLog();
    const a = member('Amara Okafor', base);
    const b = member('Ben Lee', base);
    const folder = memoryFolder();
    evidence(a, 'One');
    await pass(a, folder);
    evidence(a, 'Two');
    await pass(a, folder);
    const inspection = inspectionOf(a);
    const mine = `${inspectionFolder(inspection)}/${authorId('Amara Okafor')}`;
    expect(root(folder, inspection).sort()).toEqual([
      `${mine}/00000001.segment`,
      `${mine}/00000002.segment`,
      `${mine}/index.json`,
    ]);
    const before = folder.writes.length;
    await pass(b, folder);
    const bens = folder.writes.slice(before);
    expect(bens.every((name) => !name.startsWith(`${mine}/`))).toBe(true);
  });

  it('skips names a sync engine or editor is still writing and segments not yet whole, never as damage', async () => {
    const base = baseLog();
    const a = member('Amara Okafor', base);
    const b = member('Ben Lee', base);
    const source = memoryFolder();
    evidence(a, 'Arrives late');
    await pass(a, source);
    const inspection = inspectionOf(a);
    const dir = `${inspectionFolder(inspection)}/${authorId('Amara Okafor')}`;
    const segment = source.files.get(`${dir}/00000001.segment`) ?? new Uint8Array();
    const index = source.files.get(`${dir}/index.json`) ?? new Uint8Array();

    // Ben's copy of the folder while the sync engine is still bringing Amara's files.
    const folder = memoryFolder();
    folder.files.set(`${dir}/.syncthing.00000001.segment.tmp`, segment.slice(0, 100));
    folder.files.set(`${dir}/~syncthing~00000001.segment.tmp`, segment.slice(0, 100));
    folder.files.set(`${dir}/~$index.json`, new Uint8Array([1]));
    folder.files.set(`${dir}/00000001.segment`, segment.slice(0, segment.length - 10));
    let result = await pass(b, folder);
    // No index yet: the segment waits.
    expect(result.refused).toEqual([]);
    expect(result.waiting.map((w) => w.file)).toEqual([`${dir}/index.json`]);
    folder.files.set(`${dir}/index.json`, index.slice(0, 40));
    expect((await pass(b, folder)).refused).toEqual([]);
    folder.files.set(`${dir}/index.json`, index);
    result = await pass(b, folder);
    expect(result.refused).toEqual([]);
    expect(result.waiting).toEqual([
      { file: `${dir}/00000001.segment`, reason: expect.stringMatching(/still arriving/) },
    ]);
    expect(result.arrivals).toEqual([]);
    folder.files.set(`${dir}/00000001.segment`, segment);
    result = await pass(b, folder);
    expect(result.waiting).toEqual([]);
    expect(result.arrivals).toEqual([expect.objectContaining({ author: 'Amara Okafor' })]);
    expect(view(b)).toEqual(view(a));
  });

  it('refuses another inspection’s segment once, by name, leaving it and the workbook as they were', async () => {
    const base = baseLog();
    const other = member('Amara Okafor', baseLog());
    const b = member('Ben Lee', base);
    const folder = memoryFolder();
    const inspection = inspectionOf(b);
    evidence(other, 'Elsewhere');
    // Amara's segment of another inspection, copied into this inspection's folder by hand.
    const dir = `${inspectionFolder(inspection)}/${authorId('Amara Okafor')}`;
    const bytes = encodeSegment({
      inspectionId: inspectionOf(other),
      author: 'Amara Okafor',
      authorId: authorId('Amara Okafor'),
      seq: 1,
      through: other.ops.at(-1)?.hlc ?? null,
      files: [],
      changes: other.ops.filter((op) => op.author === 'Amara Okafor'),
      writtenAt: '2026-10-05T09:00:00Z',
    });
    folder.files.set(`${dir}/${segmentName(1)}`, bytes);
    folder.files.set(
      `${dir}/index.json`,
      encodeIndex({
        inspectionId: inspection,
        author: 'Amara Okafor',
        authorId: authorId('Amara Okafor'),
        updatedAt: '2026-10-05T09:00:00Z',
        segments: [{ seq: 1, size: bytes.length, sha256: sha256Hex(bytes) }],
      }),
    );
    const ops = b.ops;
    const first = await pass(b, folder);
    expect(first.refused).toEqual([
      { file: `${dir}/00000001.segment`, reason: expect.stringMatching(/another inspection/) },
    ]);
    expect(first.arrivals).toEqual([]);
    expect(b.ops).toEqual(ops);
    const second = await pass(b, folder);
    expect(second.refused).toEqual([]);
    expect(second.changed).toBe(false);
    expect(folder.files.get(`${dir}/00000001.segment`)).toEqual(bytes);
  });

  it('refuses a damaged segment once and still merges the author’s later ones', async () => {
    const base = baseLog();
    const a = member('Amara Okafor', base);
    const b = member('Ben Lee', base);
    const folder = memoryFolder();
    evidence(a, 'First');
    await pass(a, folder);
    evidence(a, 'Second');
    await pass(a, folder);
    const dir = `${inspectionFolder(inspectionOf(a))}/${authorId('Amara Okafor')}`;
    // Segment 1 damaged where it was written: its index lists the damaged bytes.
    const damaged = strToU8('not a segment at all');
    folder.files.set(`${dir}/00000001.segment`, damaged);
    const index = decodeIndex(folder.files.get(`${dir}/index.json`) ?? new Uint8Array());
    if (index === undefined) throw new Error('no index');
    folder.files.set(
      `${dir}/index.json`,
      encodeIndex({
        ...index,
        segments: index.segments.map((s) =>
          s.seq === 1 ? { seq: 1, size: damaged.length, sha256: sha256Hex(damaged) } : s,
        ),
      }),
    );
    const first = await pass(b, folder);
    expect(first.refused).toEqual([
      { file: `${dir}/00000001.segment`, reason: expect.stringMatching(/not a readable segment/) },
    ]);
    // Segment 2 holds only the second item's changes, which need nothing from segment 1.
    expect(first.arrivals).toEqual([expect.objectContaining({ segments: 1 })]);
    expect((await pass(b, folder)).refused).toEqual([]);
    expect(folder.files.get(`${dir}/00000001.segment`)).toEqual(damaged);
  });
});
