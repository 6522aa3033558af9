import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorId } from '../../../../shared/sync';
import { workDir } from './helpers';
import {
  attachNote,
  contents,
  expectSame,
  importHeader,
  needBuilt,
  someWork,
  twoCopies,
  workbook,
} from './sync-built';

// Two members on one plain shared folder (a network share, say), each running the built
// command in their own processes at the same time as the other: editing, then syncing.
beforeAll(needBuilt);

async function member(file: string, folder: string, who: string, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await someWork(file, who, round);
    await workbook(['sync', file, folder, '--as', who]);
  }
}

describe('workbook sync on a plain shared folder, two writers at once', () => {
  it('ends with both copies holding the same judgements, evidence, imports and clashes', async () => {
    const dir = await workDir();
    const folder = path.join(dir, 'team');
    await mkdir(folder);
    const [a, b] = await twoCopies(dir);
    await importHeader(a, 'Amara Okafor');
    // A scanned visit note (bytes that are not text) attached to Amara's evidence.
    const scan = new Uint8Array(2000).map((_, i) => (i * 131 + 17) % 256);
    const attached = await attachNote(a, 'Amara Okafor', 'visit-notes.pdf', scan);
    await Promise.all([member(a, folder, 'Amara Okafor', 3), member(b, folder, 'Ben Lee', 3)]);
    // Settle: each takes in what the other wrote last.
    await workbook(['sync', a, folder, '--as', 'Amara Okafor']);
    await workbook(['sync', b, folder, '--as', 'Ben Lee']);
    const last = JSON.parse(await workbook(['sync', a, folder, '--as', 'Amara Okafor', '--json']));
    expect(last.written).toBeNull();
    await expectSame(a, b);
    const both = await contents(a);
    expect(Object.keys(both.state['evidence'] ?? {})).toHaveLength(7);
    expect(both.imports).toHaveLength(1);
    // The attachment arrived whole at Ben, with the item that names it.
    const bens = await contents(b);
    expect(bens.attachments).toEqual([
      { name: `attachments/${attached.sha}`, bytes: new Uint8Array(scan) },
    ]);
    expect(bens.state['evidence']?.[attached.id]?.['attachments']).toEqual([
      { name: 'visit-notes.pdf', sha256: attached.sha },
    ]);
    expect(both.clashes.length).toBeGreaterThan(0);
    // Only our own names in the folder: no conflict copies, no temporary files left.
    const top = (await readdir(folder)).sort();
    expect(top.filter((name) => name !== '.stignore')).toHaveLength(1);
    const inspection = top.find((name) => name !== '.stignore') ?? '';
    const names = (await readdir(path.join(folder, inspection), { recursive: true })).sort();
    const ours = new RegExp(
      `^((files|attachments)(/[0-9a-f]{64})?|(${authorId('Amara Okafor')}|${authorId('Ben Lee')})(/(\\d{8}\\.segment|index\\.json))?)$`,
    );
    expect(names.filter((name) => !ours.test(name))).toEqual([]);
    expect(names).toContain(`${authorId('Ben Lee')}/index.json`);
  }, 120_000);
});
