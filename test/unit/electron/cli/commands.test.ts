import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../../../electron/cli/registry';
import { openWorkbook } from '../../../../electron/cli/store';
import { idOf, json, run, workDir, newWorkbook } from './helpers';

let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

function fresh(name: string, extra: readonly string[] = []): Promise<string> {
  return newWorkbook(dir, name, extra);
}

function field(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>(
    (current, key) =>
      typeof current === 'object' && current !== null ? Reflect.get(current, key) : undefined,
    value,
  );
}

describe('help', () => {
  it('lists every sub-command and answers --help for each', async () => {
    const overview = await run(['--help']);
    expect(overview.code).toBe(0);
    for (const command of await loadCommands()) {
      expect(overview.stdout).toContain(command.name);
      const help = await run([...command.name.split(' '), '--help']);
      expect(help.code, command.name).toBe(0);
      expect(help.stdout).toContain(`Usage: workbook ${command.name}`);
    }
  });
});

describe('providers', () => {
  it('keeps company numbers as 8-character text and flags profit-making holders of wider functions', async () => {
    const file = await fresh('providers');
    const id = idOf(
      await run([
        'provider',
        'add',
        file,
        '--name',
        'Acme Care Ltd',
        '--company-number',
        '345678',
        '--for-profit',
        '--functions',
        'wider',
        '--json',
      ]),
    );
    const listed = json(await run(['provider', 'list', file, '--json']));
    expect(field(listed, 'providers', '0')).toMatchObject({
      id,
      companyNumber: '00345678',
      forProfit: true,
      functions: ['wider'],
      councils: ['899'],
    });
    const judged = json(await run(['judge', file, '--json']));
    expect(JSON.stringify(field(judged, 'providerFlags'))).toContain('Acme Care Ltd');
  });

  it('refuses a malformed company number and an unknown legal form', async () => {
    const file = await fresh('bad-provider');
    const before = await readFile(file);
    const badNumber = await run([
      'provider',
      'add',
      file,
      '--name',
      'X',
      '--company-number',
      'ABC!!',
    ]);
    expect(badNumber.code).toBe(1);
    expect(badNumber.stderr).toMatch(/Companies House/);
    expect((await run(['provider', 'add', file, '--name', 'X', '--legal-form', 'plc'])).code).toBe(
      2,
    );
    expect(await readFile(file)).toEqual(before);
  });
});

describe('evidence', () => {
  it('refuses evidence from a source that is neither the council nor a provider', async () => {
    const file = await fresh('evidence');
    const result = await run([
      'evidence',
      'add',
      file,
      '--source',
      'prov-nope',
      '--area',
      'leaders',
      '--finding',
      'strength',
      '--text',
      't',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/prov-nope/);
  });

  it('refuses a date that is not on the calendar', async () => {
    const file = await fresh('evidence-date');
    const result = await run([
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
      't',
      '--date',
      '2026-02-30',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/YYYY-MM-DD/);
  });
});

describe('grades, warnings and acceptance', () => {
  it('fires a limiting rule among graded areas, refuses acceptance without a firing rule, and keeps an accepted one visible', async () => {
    const file = await fresh('limiting', ['--framework', 'ilacs-2023']);
    expect(
      (await run(['accept', file, '--rule', 'experiences-inadequate', '--rationale', 'r'])).code,
    ).toBe(1);
    await run([
      'grade',
      file,
      '--area',
      'care-leavers',
      '--grade',
      'inadequate',
      '--rationale',
      'Too few in EET',
      '--as',
      'Ann',
    ]);
    await run([
      'grade',
      file,
      '--area',
      'overall',
      '--grade',
      'requires-improvement',
      '--rationale',
      'Mixed',
      '--as',
      'Lead',
    ]);
    const warned = json(await run(['judge', file, '--json']));
    expect(field(warned, 'warnings')).toEqual([
      expect.objectContaining({ rule: 'experiences-inadequate', accepted: null }),
    ]);
    const blank = await run([
      'accept',
      file,
      '--rule',
      'experiences-inadequate',
      '--rationale',
      '   ',
    ]);
    expect(blank.code).toBe(2);
    expect(
      (
        await run([
          'accept',
          file,
          '--rule',
          'experiences-inadequate',
          '--rationale',
          'Leavers service is new; other evidence strong',
          '--as',
          'Lead',
        ])
      ).code,
    ).toBe(0);
    const accepted = json(await run(['judge', file, '--json']));
    expect(field(accepted, 'warnings')).toEqual([
      expect.objectContaining({
        rule: 'experiences-inadequate',
        accepted: { by: 'Lead', rationale: 'Leavers service is new; other evidence strong' },
      }),
    ]);
  });

  it('records a moderator when someone else regrades, and notes a self-moderated grade', async () => {
    const file = await fresh('moderation', ['--moderator', 'Bo']);
    await run([
      'grade',
      file,
      '--area',
      'leaders',
      '--grade',
      'good',
      '--rationale',
      'Strong',
      '--as',
      'Ann',
    ]);
    await run([
      'grade',
      file,
      '--area',
      'leaders',
      '--grade',
      'requires-improvement',
      '--rationale',
      'Moderated down',
      '--as',
      'Lead',
    ]);
    const judged = json(await run(['judge', file, '--json']));
    expect(field(judged, 'judgements')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          area: 'leaders',
          grade: 'requires-improvement',
          rationale: 'Moderated down',
        }),
      ]),
    );
    // The lead who regraded is recorded as the moderator, and Ann stays the preparer.
    const moderated = (await openWorkbook(file)).workbook.judgements.find(
      (j) => j.area === 'leaders',
    );
    expect(moderated).toMatchObject({ preparedBy: 'Ann', moderatedBy: 'Lead' });
    await run([
      'grade',
      file,
      '--area',
      'help-and-protection',
      '--grade',
      'good',
      '--rationale',
      'r',
      '--as',
      'Bo',
    ]);
    expect(
      (await run(['moderate', file, '--area', 'help-and-protection', '--as', 'Bo'])).code,
    ).toBe(0);
    const selfModerated = (await openWorkbook(file)).workbook.judgements.find(
      (j) => j.area === 'help-and-protection',
    );
    expect(selfModerated).toMatchObject({ preparedBy: 'Bo', moderatedBy: 'Bo' });
    const noted = json(await run(['judge', file, '--json']));
    expect(field(noted, 'notes')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'same-preparer-and-moderator',
          area: 'help-and-protection',
        }),
      ]),
    );
    // Only that area is noted: the leaders grade had a different moderator.
    expect(JSON.stringify(field(noted, 'notes'))).not.toMatch(/"area":"leaders"/);
  });

  it('refuses grades on a monitoring visit, and a focused visit without a theme', async () => {
    const visit = path.join(dir, 'visit.inspection');
    await run([
      'new',
      visit,
      '--council',
      'N',
      '--la-code',
      '899',
      '--kind',
      'monitoring-visit',
      '--on-site',
      '2026-10-05',
    ]);
    const graded = await run([
      'grade',
      visit,
      '--area',
      'leaders',
      '--grade',
      'good',
      '--rationale',
      'r',
    ]);
    expect(graded.code).toBe(1);
    expect(graded.stderr).toMatch(/no grades/i);
    expect(
      idOf(
        await run(['priority', 'add', visit, '--text', 'Supervision of social workers', '--json']),
      ),
    ).toMatch(/^pa-/);
    const focused = await run([
      'new',
      path.join(dir, 'focused.inspection'),
      '--council',
      'N',
      '--la-code',
      '899',
      '--kind',
      'focused-visit',
    ]);
    expect(focused.code).toBe(1);
    expect(focused.stderr).toMatch(/theme/);
  });
});

describe('report text', () => {
  it('adds the summary, findings numbered within their area and tagged improvements', async () => {
    const file = await fresh('report');
    expect((await run(['summary', 'set', file, '--text', 'Children are safe.'])).code).toBe(0);
    const first = idOf(
      await run(['finding', 'add', file, '--area', 'leaders', '--text', 'One', '--json']),
    );
    const second = idOf(
      await run([
        'finding',
        'add',
        file,
        '--area',
        'leaders',
        '--text',
        'Two',
        '--action',
        'Fixed on day 3',
        '--json',
      ]),
    );
    expect(first).not.toBe(second);
    const { workbook } = await openWorkbook(file);
    expect(workbook.summary).toBe('Children are safe.');
    expect(workbook.findings.map((f) => [f.id, f.order, f.actionTaken ?? null])).toEqual(
      expect.arrayContaining([
        [first, 1, null],
        [second, 2, 'Fixed on day 3'],
      ]),
    );
    const improvement = idOf(
      await run(['improve', 'add', file, '--text', 'Plans', '--tag', 'outcome-4', '--json']),
    );
    const after = await openWorkbook(file);
    expect(after.workbook.improvements).toEqual([
      { id: improvement, text: 'Plans', tag: { kind: 'outcome', number: 4 } },
    ]);
    expect(
      (await run(['improve', 'add', file, '--text', 'Plans', '--tag', 'outcome-9'])).code,
    ).toBe(2);
  });
});

/** The ids of every operation in a bundle's log. */
async function opIds(file: string): Promise<Set<string>> {
  return new Set((await openWorkbook(file)).bundle.operations.map((op) => op.id));
}

describe('merge', () => {
  it('merges two inspectors’ copies, keeping every change and listing the clash', async () => {
    const base = await fresh('merge-base');
    const ev = idOf(
      await run([
        'evidence',
        'add',
        base,
        '--source',
        'council',
        '--area',
        'leaders',
        '--finding',
        'strength',
        '--text',
        'Audit',
        '--json',
      ]),
    );
    const a = path.join(dir, 'merge-a.inspection');
    const b = path.join(dir, 'merge-b.inspection');
    const baseBytes = await readFile(base);
    await import('node:fs/promises').then((fs) =>
      Promise.all([fs.writeFile(a, baseBytes), fs.writeFile(b, baseBytes)]),
    );
    await run([
      'grade',
      a,
      '--area',
      'leaders',
      '--grade',
      'good',
      '--rationale',
      'Ann says good',
      '--evidence',
      ev,
      '--as',
      'Ann',
    ]);
    await run([
      'grade',
      b,
      '--area',
      'leaders',
      '--grade',
      'requires-improvement',
      '--rationale',
      'Bo says RI',
      '--evidence',
      ev,
      '--as',
      'Bo',
    ]);
    await run([
      'evidence',
      'add',
      b,
      '--source',
      'council',
      '--area',
      'help-and-protection',
      '--finding',
      'improvement',
      '--text',
      'Re-referrals',
      '--as',
      'Bo',
    ]);
    const out = path.join(dir, 'merged.inspection');
    const merged = json(await run(['merge', a, b, '--out', out, '--json']));
    const clashes = field(merged, 'clashes');
    expect(Array.isArray(clashes) ? clashes.length : 0).toBeGreaterThan(0);
    expect(clashes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entity: 'judgement',
          id: 'leaders',
          authors: ['Ann', 'Bo'],
          kept: expect.objectContaining({ value: expect.anything() }),
          other: expect.objectContaining({ value: expect.anything() }),
        }),
      ]),
    );
    // Nothing lost: the merged log holds every operation of both copies, and
    // each copy brought changes of its own (so an empty merge cannot pass).
    const baseOps = await opIds(base);
    const aOps = await opIds(a);
    const bOps = await opIds(b);
    const mergedOps = await opIds(out);
    expect(baseOps.size).toBeGreaterThan(0);
    expect([...aOps].filter((id) => !baseOps.has(id)).length).toBeGreaterThan(0);
    expect([...bOps].filter((id) => !baseOps.has(id) && !aOps.has(id)).length).toBeGreaterThan(1);
    const union = new Set([...aOps, ...bOps]);
    expect([...union].filter((id) => !mergedOps.has(id))).toEqual([]);
    expect(mergedOps.size).toBe(union.size);
    expect(field(merged, 'operations')).toBe(union.size);
    // Both inspectors' work is in the merged workbook: Bo's new evidence beside the base's.
    const texts = (await openWorkbook(out)).workbook.evidence.map((item) => item.text);
    expect(texts).toEqual(expect.arrayContaining(['Audit', 'Re-referrals']));
    // Merging is idempotent: merging the result with a copy again adds nothing.
    const again = json(
      await run(['merge', out, out, '--out', path.join(dir, 'merged2.inspection'), '--json']),
    );
    expect(field(again, 'operations')).toBe(field(merged, 'operations'));
  });

  it('refuses to merge bundles of different inspections', async () => {
    const a = await fresh('merge-x');
    const b = await fresh('merge-y');
    const result = await run(['merge', a, b, '--out', path.join(dir, 'xy.inspection'), '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/different inspections/);
  });
});

describe('demo', () => {
  it.each(['ilacs-2026', 'ilacs-2023', 'ilacs-2018'])(
    'writes a complete %s demo with evidence in every graded area',
    async (framework) => {
      const file = path.join(dir, `demo-${framework}.inspection`);
      expect(idOf(await run(['demo', '--out', file, '--framework', framework, '--json']))).toMatch(
        /^insp-/,
      );
      const judged = json(await run(['judge', file, '--json']));
      expect(field(judged, 'framework')).toBe(framework);
      expect(field(judged, 'gaps')).toEqual([]);
      const providers = field(json(await run(['provider', 'list', file, '--json'])), 'providers');
      expect(JSON.stringify(providers)).toMatch(/Children's Trust CIC/);
      expect(JSON.stringify(providers)).toMatch(/Social Work Practice/);
      const rules = JSON.stringify(field(judged, 'warnings'));
      // Only the ilacs-2023 demo grades overall, with a limiting-rule warning to accept.
      expect(rules.includes('experiences-inadequate')).toBe(framework === 'ilacs-2023');
    },
  );
});
