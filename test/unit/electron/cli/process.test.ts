import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { idOf, json, runProcess, workDir } from './helpers';

// These run the real command as a council's script would: a child process
// through the package's bin entry, checking exit codes, stdout and stderr.
let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

describe('workbook command (child process)', () => {
  it('creates, records and judges a workbook, printing ids and one JSON document', async () => {
    const file = path.join(dir, 'leeds.inspection');
    const created = await runProcess([
      'new',
      file,
      '--council',
      'Northmoor',
      '--la-code',
      '899',
      '--kind',
      'ilacs-standard',
      '--on-site',
      '2026-05-11',
      '--until',
      '2026-05-22',
      '--lead',
      'A Lead',
      '--json',
      '--as',
      'A Lead',
    ]);
    expect(idOf(created)).toMatch(/^insp-/);
    const provider = idOf(
      await runProcess([
        'provider',
        'add',
        file,
        '--name',
        'Northmoor Trust CIC',
        '--legal-form',
        'cic',
        '--functions',
        'relevant-care',
        '--functions',
        'wider',
        '--company-number',
        '1234567',
        '--json',
        '--as',
        'A Lead',
      ]),
    );
    const evidence = idOf(
      await runProcess([
        'evidence',
        'add',
        file,
        '--source',
        provider,
        '--area',
        'children-in-care',
        '--finding',
        'concern',
        '--text',
        'Plans out of date',
        '--kind',
        'case-sampling',
        '--child',
        'C1',
        '--date',
        '2026-05-12',
        '--json',
        '--as',
        'Inspector One',
      ]),
    );
    expect(evidence).toMatch(/^ev-/);
    const graded = await runProcess([
      'grade',
      file,
      '--area',
      'children-in-care',
      '--grade',
      'requires-improvement',
      '--rationale',
      'Plans lag',
      '--evidence',
      evidence,
      '--as',
      'Inspector One',
    ]);
    expect(graded.code).toBe(0);
    expect(graded.stdout.trim()).toBe('children-in-care');

    const judged = await runProcess(['judge', file, '--json']);
    expect(judged.code).toBe(0);
    expect(judged.stderr).toBe('');
    const result = json(judged);
    expect(result).toMatchObject({
      framework: 'ilacs-2026',
      judgements: expect.arrayContaining([
        {
          area: 'children-in-care',
          grade: 'requires-improvement',
          rationale: 'Plans lag',
          contributions: expect.arrayContaining([
            {
              source: provider,
              name: 'Northmoor Trust CIC',
              strengths: 0,
              improvements: 0,
              concerns: 1,
            },
            { source: 'council', name: 'Northmoor', strengths: 0, improvements: 0, concerns: 0 },
          ]),
        },
      ]),
      warnings: [],
      gaps: expect.arrayContaining([
        { area: 'leaders', reason: 'no-grade' },
        { area: 'leaders', reason: 'no-evidence' },
      ]),
    });
    // No overall effectiveness under ilacs-2026 (test/fixtures/docs/ilacs.md §1.0).
    expect(JSON.stringify(result)).not.toContain('"area":"overall"');
  });

  it('refuses a grade the framework does not give, exit 1, one line on stderr, file unchanged', async () => {
    const file = path.join(dir, 'refuse.inspection');
    expect(
      (
        await runProcess([
          'new',
          file,
          '--council',
          'Northmoor',
          '--la-code',
          '899',
          '--kind',
          'ilacs-short',
          '--on-site',
          '2026-06-01',
        ])
      ).code,
    ).toBe(0);
    const before = await readFile(file);
    const refused = await runProcess([
      'grade',
      file,
      '--area',
      'overall',
      '--grade',
      'good',
      '--rationale',
      'x',
      '--json',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/overall/i);
    expect(await readFile(file)).toEqual(before);
  });

  it('exits 2 on bad usage', async () => {
    const result = await runProcess(['grade']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^workbook: /);
    expect((await runProcess(['frobnicate'])).code).toBe(2);
    expect((await runProcess(['judge', 'x.inspection', '--no-such-flag'])).code).toBe(2);
  });

  it.each([
    ['a text file', () => strToU8('CHILD,SEX,DOB\n1,1,01/01/2010\n'), /zip|workbook/i],
    [
      'a truncated bundle',
      async () => (await readFile(path.join(dir, 'leeds.inspection'))).subarray(0, 200),
      /damaged|corrupt|zip/i,
    ],
    [
      'a bundle of a newer format',
      () =>
        zipSync({
          'manifest.json': strToU8(
            JSON.stringify({
              format: 'inspection-workbook',
              formatVersion: 99,
              inspectionId: 'i',
              exportedBy: 'x',
              exportedAt: '2026-01-01T00:00:00Z',
            }),
          ),
          'operations.jsonl': strToU8(''),
        }),
      /newer/i,
    ],
  ])('refuses %s with exit 1 and a message naming the file', async (_label, make, pattern) => {
    const file = path.join(dir, `broken-${Math.random().toString(36).slice(2)}.inspection`);
    await writeFile(file, await make());
    const result = await runProcess(['judge', file, '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(path.basename(file));
    expect(result.stderr).toMatch(pattern);
  });
});
