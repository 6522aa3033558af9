import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { leadersChecklist } from '../../../../shared/domain';
import { idOf, json, newWorkbook, run, workDir } from './helpers';

let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

const listSchema = z.object({
  evidence: z.array(
    z
      .object({
        id: z.string(),
        source: z.string(),
        kind: z.string(),
        areas: z.array(z.string()),
        finding: z.string(),
        text: z.string(),
        relatesTo: z.string(),
        recordedAt: z.string(),
        author: z.string(),
        childIds: z.array(z.string()),
        checklistItems: z.array(z.string()),
        withdrawn: z.object({ by: z.string(), at: z.string(), reason: z.string() }).nullable(),
      })
      .strict(),
  ),
});

describe('evidence list', () => {
  it('says there is none in a new workbook', async () => {
    const file = await newWorkbook(dir, 'empty');
    expect(listSchema.parse(json(await run(['evidence', 'list', file, '--json'])))).toEqual({
      evidence: [],
    });
    const text = await run(['evidence', 'list', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('No evidence yet.');
  });

  it('lists every item as recorded, in order, with its source, areas, finding, author, children and criteria', async () => {
    const file = await newWorkbook(dir, 'listed');
    const provider = idOf(
      await run(['provider', 'add', file, '--name', 'Harbour Lane SWP Ltd', '--json']),
    );
    const criterion = leadersChecklist[0]?.id ?? '';
    const first = idOf(
      await run([
        'evidence',
        'add',
        file,
        '--source',
        'council',
        '--area',
        'leaders',
        '--finding',
        'strength',
        '--text',
        'Audits lead to change',
        '--kind',
        'audit',
        '--criterion',
        criterion,
        '--date',
        '2026-10-01',
        '--as',
        'Tom Hargreaves',
        '--json',
      ]),
    );
    const second = idOf(
      await run([
        'evidence',
        'add',
        file,
        '--source',
        provider,
        '--area',
        'children-in-care',
        '--area',
        'care-leavers',
        '--finding',
        'concern',
        '--text',
        'Plans out of date after moves',
        '--child',
        'NM-2044',
        '--child',
        'NM-2045',
        '--as',
        'Priya Natarajan',
        '--json',
      ]),
    );
    const listed = listSchema.parse(json(await run(['evidence', 'list', file, '--json'])));
    expect(listed.evidence).toHaveLength(2);
    expect(listed.evidence[0]).toMatchObject({
      id: first,
      source: 'council',
      kind: 'audit',
      areas: ['leaders'],
      finding: 'strength',
      text: 'Audits lead to change',
      relatesTo: '2026-10-01',
      author: 'Tom Hargreaves',
      childIds: [],
      checklistItems: [criterion],
      withdrawn: null,
    });
    expect(listed.evidence[1]).toMatchObject({
      id: second,
      source: provider,
      kind: 'document',
      areas: ['children-in-care', 'care-leavers'],
      finding: 'concern',
      relatesTo: listed.evidence[1]?.recordedAt.slice(0, 10),
      author: 'Priya Natarajan',
      childIds: ['NM-2044', 'NM-2045'],
      checklistItems: [],
    });
    expect(Date.parse(listed.evidence[1]?.recordedAt ?? '')).not.toBeNaN();

    const text = await run(['evidence', 'list', file]);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toContain(first);
    expect(lines[0]).toContain('Northmoor');
    expect(lines[0]).toContain('by Tom Hargreaves');
    expect(lines[1]).toContain('Audits lead to change');
    expect(lines[2]).toContain('Harbour Lane SWP Ltd');
    expect(lines[2]).toContain('children: NM-2044, NM-2045');
  });

  it('refuses a missing file with exit code 1', async () => {
    const result = await run(['evidence', 'list', `${dir}/nowhere.inspection`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no such file/);
  });
});
