import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { idOf, json, newWorkbook, run, runProcess, workDir } from './helpers';

let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

type Listed = { id: string; number: number; order: number; text: string; evidenceIds: string[] };

async function findings(file: string): Promise<Listed[]> {
  const listed = json(await run(['finding', 'list', file, '--json']));
  const value =
    typeof listed === 'object' && listed !== null ? Reflect.get(listed, 'findings') : [];
  return Array.isArray(value) ? value : [];
}

async function evidence(file: string, text: string): Promise<string> {
  return idOf(
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
      text,
      '--json',
    ]),
  );
}

async function finding(file: string, area: string, text: string): Promise<string> {
  return idOf(await run(['finding', 'add', file, '--area', area, '--text', text, '--json']));
}

describe('finding edit, move, remove and list', () => {
  it('changes, reorders and removes findings, numbered as the report numbers them', async () => {
    const file = await newWorkbook(dir, 'findings');
    const ev = await evidence(file, 'Leaders know their services well');
    const a = await finding(file, 'leaders', 'Leaders are visible.');
    const b = await finding(file, 'leaders', 'Leaders act on audits.');
    const c = await finding(file, 'help-and-protection', 'Referrals are timely.');
    expect(
      (await run(['finding', 'edit', file, a, '--evidence', ev, '--action', 'Fixed'])).code,
    ).toBe(0);
    expect((await run(['finding', 'move', file, b, '--up'])).code).toBe(0);
    let listed = await findings(file);
    // The report puts help and protection before leaders (ilacs-2026 report skeleton).
    expect(listed.map((f) => [f.id, f.number])).toEqual([
      [c, 1],
      [b, 2],
      [a, 3],
    ]);
    expect(listed.find((f) => f.id === a)).toMatchObject({
      evidenceIds: [ev],
      actionTaken: 'Fixed',
    });
    expect((await run(['finding', 'edit', file, a, '--action', ''])).code).toBe(0);
    expect((await run(['finding', 'remove', file, b])).code).toBe(0);
    listed = await findings(file);
    expect(listed.map((f) => [f.id, f.number, f.order])).toEqual([
      [c, 1, 1],
      [a, 2, 1],
    ]);
    expect(listed[1]).toMatchObject({ actionTaken: null });
    const log = await run(['log', file]);
    expect(log.stdout).toContain(b);
  });

  it('refuses an unknown finding or evidence id with one line, leaving the file unchanged', async () => {
    const file = await newWorkbook(dir, 'refusals');
    const a = await finding(file, 'leaders', 'Leaders are visible.');
    const before = await readFile(file);
    const unknown = await runProcess(['finding', 'edit', file, 'fin-nope', '--text', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toContain('There is no finding "fin-nope"');
    const badEvidence = await run(['finding', 'edit', file, a, '--evidence', 'ev-9']);
    expect(badEvidence.code).toBe(1);
    expect(badEvidence.stderr).toContain('No evidence "ev-9"');
    const stuck = await run(['finding', 'move', file, a, '--down']);
    expect(stuck.stderr).toContain('already the last');
    expect((await run(['finding', 'move', file, a])).code).toBe(2);
    expect((await run(['finding', 'edit', file, a])).code).toBe(2);
    expect(await readFile(file)).toEqual(before);
  });
});

describe('improve and priority edit, remove and list', () => {
  it('changes an improvement’s text and tag, removes the tag, and removes items', async () => {
    const file = await newWorkbook(dir, 'improve');
    const id = idOf(
      await run(['improve', 'add', file, '--text', 'Plans', '--tag', 'outcome-2', '--json']),
    );
    await run(['improve', 'edit', file, id, '--text', 'Sharper plans', '--tag', 'enabler-3']);
    expect(json(await run(['improve', 'list', file, '--json']))).toEqual({
      improvements: [{ id, text: 'Sharper plans', tag: { kind: 'enabler', number: 3 } }],
    });
    await run(['improve', 'edit', file, id, '--no-tag']);
    expect((await run(['improve', 'list', file])).stdout).toBe(`${id}  Sharper plans`);
    expect((await run(['improve', 'edit', file, id, '--tag', 'outcome-9'])).code).toBe(2);
    expect((await run(['improve', 'remove', file, id])).code).toBe(0);
    expect(json(await run(['improve', 'list', file, '--json']))).toEqual({ improvements: [] });
    expect((await run(['improve', 'remove', file, id])).stderr).toContain('no improvement');
  });

  it('edits and removes areas for priority action on a monitoring visit', async () => {
    const file = await newWorkbook(dir, 'priority', ['--kind', 'monitoring-visit']);
    const id = idOf(await run(['priority', 'add', file, '--text', 'Supervision', '--json']));
    await run(['priority', 'edit', file, id, '--text', 'Supervision of social workers']);
    expect(json(await run(['priority', 'list', file, '--json']))).toEqual({
      priorityActions: [{ id, text: 'Supervision of social workers' }],
    });
    expect((await run(['priority', 'edit', file, 'pa-x', '--text', 'y'])).stderr).toContain(
      'no area for priority action "pa-x"',
    );
    await run(['priority', 'remove', file, id]);
    expect((await run(['priority', 'list', file])).stdout).toBe(
      'No areas for priority action yet.',
    );
  });
});

describe('who may moderate, through the command', () => {
  it('refuses someone neither lead nor moderator, and records the moderator who is', async () => {
    const file = await newWorkbook(dir, 'moderators', ['--inspector', 'Ann', '--moderator', 'Bo']);
    const grade = (who: string, value: string) =>
      run([
        'grade',
        file,
        '--area',
        'leaders',
        '--grade',
        value,
        '--rationale',
        'Why',
        '--as',
        who,
      ]);
    expect((await grade('Ann', 'good')).code).toBe(0);
    const before = await readFile(file);
    const stranger = await run(['moderate', file, '--area', 'leaders', '--as', 'Zed']);
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain('Zed cannot moderate the grade');
    expect(stranger.stderr).toContain('Only Lead or Bo may moderate grades');
    expect((await grade('Zed', 'inadequate')).code).toBe(1);
    expect(await readFile(file)).toEqual(before);
    expect((await run(['moderate', file, '--area', 'leaders', '--as', 'Bo'])).code).toBe(0);
    const log = json(
      await run(['log', file, '--entity', 'judgement', '--id', 'leaders', '--json']),
    );
    const entries = typeof log === 'object' && log !== null ? Reflect.get(log, 'entries') : [];
    const moderated = (Array.isArray(entries) ? entries : []).filter(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        Reflect.get(entry, 'field') === 'moderatedBy',
    );
    expect(
      moderated.map((entry: object) => [Reflect.get(entry, 'author'), Reflect.get(entry, 'after')]),
    ).toEqual([['Bo', 'Bo']]);
  });
});
