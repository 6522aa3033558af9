import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { json, newWorkbook, run, workDir } from './helpers';

let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

const sideSchema = z.object({ value: z.unknown(), author: z.string(), op: z.string() });
const clashesSchema = z.object({
  clashes: z.array(
    z.object({
      entity: z.string(),
      id: z.string(),
      field: z.string(),
      kept: sideSchema,
      other: sideSchema,
    }),
  ),
});
const logSchema = z.object({
  entries: z.array(
    z.object({
      opId: z.string(),
      author: z.string(),
      at: z.string(),
      entity: z.string(),
      id: z.string(),
      field: z.string(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});

describe('audit trail and restore', () => {
  it('logs who changed what, and restores the losing side of a clash', async () => {
    const base = await newWorkbook(dir, 'base');
    const a = path.join(dir, 'a.inspection');
    const b = path.join(dir, 'b.inspection');
    await copyFile(base, a);
    await copyFile(base, b);
    await run([
      'grade',
      a,
      '--area',
      'leaders',
      '--grade',
      'good',
      '--rationale',
      'Ann: strong audits',
      '--as',
      'Ann',
    ]);
    await run([
      'grade',
      b,
      '--area',
      'leaders',
      '--grade',
      'good',
      '--rationale',
      'Bo: strong audits, weak oversight',
      '--as',
      'Bo',
    ]);
    const merged = path.join(dir, 'merged.inspection');
    const { clashes } = clashesSchema.parse(
      json(await run(['merge', a, b, '--out', merged, '--json'])),
    );
    const clash = clashes.find((c) => c.entity === 'judgement' && c.field === 'rationale');
    if (clash === undefined) throw new Error('no rationale clash');

    // Restore the value that lost: it becomes the current rationale, as a new change by the lead.
    expect((await run(['restore', merged, '--op', clash.other.op, '--as', 'Lead'])).code).toBe(0);
    const judged = JSON.stringify(json(await run(['judge', merged, '--json'])));
    expect(judged).toContain(JSON.stringify(clash.other.value).slice(1, -1));

    const { entries } = logSchema.parse(
      json(await run(['log', merged, '--entity', 'judgement', '--json'])),
    );
    const rationale = entries.filter((e) => e.field === 'rationale');
    expect(rationale.map((e) => e.author)).toEqual(expect.arrayContaining(['Ann', 'Bo', 'Lead']));
    expect(rationale.at(-1)).toMatchObject({ author: 'Lead', after: clash.other.value });
  });

  it('refuses an unknown change id, leaving the file as it was', async () => {
    const file = await newWorkbook(dir, 'unknown');
    const result = await run(['restore', file, '--op', 'nope']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/workbook log/);
  });
});
