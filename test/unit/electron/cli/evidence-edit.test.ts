import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { childrenInCareChecklist } from '../../../../shared/domain';
import { idOf, json, newWorkbook, run, runProcess, workDir } from './helpers';

let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

const listSchema = z.object({
  evidence: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      areas: z.array(z.string()),
      finding: z.string(),
      text: z.string(),
      relatesTo: z.string(),
      childIds: z.array(z.string()),
      checklistItems: z.array(z.string()),
      withdrawn: z.object({ by: z.string(), at: z.string(), reason: z.string() }).nullable(),
    }),
  ),
});

async function listed(file: string) {
  return listSchema.parse(json(await runProcess(['evidence', 'list', file, '--json']))).evidence;
}

async function withOneItem(name: string): Promise<{ file: string; id: string }> {
  const file = await newWorkbook(dir, name);
  const id = idOf(
    await run([
      'evidence',
      'add',
      file,
      '--source',
      'council',
      '--area',
      'children-in-care',
      '--finding',
      'strength',
      '--text',
      'Children see their social workers alone',
      '--child',
      'NM-1042',
      '--date',
      '2026-10-05',
      '--json',
    ]),
  );
  return { file, id };
}

describe('evidence edit', () => {
  it('changes only the fields given, recorded under --as, and lists the result', async () => {
    const { file, id } = await withOneItem('edit');
    const criterion = childrenInCareChecklist.find((item) => item.group !== 'note')?.id ?? '';
    const edited = await runProcess([
      'evidence',
      'edit',
      file,
      id,
      '--finding',
      'improvement',
      '--child',
      'NM-1042',
      '--child',
      'NM-1077',
      '--criterion',
      criterion,
      '--date',
      '2026-10-06',
      '--as',
      'Priya Natarajan',
      '--json',
    ]);
    expect(edited.code).toBe(0);
    expect(JSON.parse(edited.stdout)).toEqual({ id });
    const [item] = await listed(file);
    expect(item).toMatchObject({
      id,
      finding: 'improvement',
      text: 'Children see their social workers alone',
      childIds: ['NM-1042', 'NM-1077'],
      checklistItems: [criterion],
      relatesTo: '2026-10-06',
      withdrawn: null,
    });
    const log = await run(['log', file, '--json']);
    expect(log.stdout).toContain('Priya Natarajan');

    const cleared = await run(['evidence', 'edit', file, id, '--no-children', '--no-criteria']);
    expect(cleared.code).toBe(0);
    expect((await listed(file))[0]).toMatchObject({ childIds: [], checklistItems: [] });
  });

  it('refuses an unknown id or source with exit 1 and leaves the file byte-for-byte unchanged', async () => {
    const { file, id } = await withOneItem('edit-refused');
    const before = await readFile(file);
    const unknown = await runProcess(['evidence', 'edit', file, 'ev-nope', '--text', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(new RegExp(`no evidence item "ev-nope".*${id}`));
    const source = await runProcess(['evidence', 'edit', file, id, '--source', 'prov-x']);
    expect(source.code).toBe(1);
    expect(source.stderr).toMatch(/neither "council"/);
    expect(await readFile(file)).toEqual(before);
  });

  it('is bad usage (exit 2) without an id, with a blank text or a bad finding', async () => {
    const { file, id } = await withOneItem('edit-usage');
    expect((await run(['evidence', 'edit', file])).code).toBe(2);
    expect((await run(['evidence', 'edit', file, id, '--text', ' '])).code).toBe(2);
    expect((await run(['evidence', 'edit', file, id, '--finding', 'great'])).code).toBe(2);
    expect((await run(['evidence', 'edit', file, id, '--child', 'A', '--no-children'])).code).toBe(
      2,
    );
  });
});

describe('evidence withdraw', () => {
  it('keeps the item, listed as withdrawn with who and why, and refuses a second withdrawal', async () => {
    const { file, id } = await withOneItem('withdraw');
    const done = await runProcess([
      'evidence',
      'withdraw',
      file,
      id,
      '--reason',
      'Recorded against the wrong child',
      '--as',
      'Amara Okafor',
    ]);
    expect(done.code).toBe(0);
    expect(done.stdout.trim()).toBe(id);
    const [item] = await listed(file);
    expect(item?.withdrawn).toMatchObject({
      by: 'Amara Okafor',
      reason: 'Recorded against the wrong child',
    });
    expect(Date.parse(item?.withdrawn?.at ?? '')).not.toBeNaN();
    const text = await run(['evidence', 'list', file]);
    expect(text.stdout).toContain(`${id}  WITHDRAWN by Amara Okafor`);

    const before = await readFile(file);
    const again = await runProcess(['evidence', 'withdraw', file, id, '--reason', 'Again']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already withdrawn by Amara Okafor/);
    const edit = await run(['evidence', 'edit', file, id, '--text', 'Changed']);
    expect(edit.code).toBe(1);
    expect(edit.stderr).toMatch(/cannot be changed/);
    expect(await readFile(file)).toEqual(before);
  });

  it('needs a reason (exit 2)', async () => {
    const { file, id } = await withOneItem('withdraw-usage');
    expect((await run(['evidence', 'withdraw', file, id])).code).toBe(2);
    expect((await run(['evidence', 'withdraw', file, id, '--reason', '  '])).code).toBe(2);
  });
});
