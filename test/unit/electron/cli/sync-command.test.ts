import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorId, inspectionFolder } from '../../../../shared/sync';
import { jsonOutputSchemas } from '../../../../electron/cli/json-schemas';
import { json, newWorkbook, run, workDir } from './helpers';

function field(value: unknown, ...keys: (string | number)[]): unknown {
  return keys.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined),
    value,
  );
}

describe('workbook sync', () => {
  it('refuses a team folder that does not exist, changing nothing', async () => {
    const dir = await workDir();
    const file = await newWorkbook(dir, 'a');
    const before = await readFile(file);
    const result = await run(['sync', file, path.join(dir, 'missing'), '--as', 'Lead']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing: no such folder/);
    expect(await readFile(file)).toEqual(before);
  });

  it('tells Syncthing to ignore files still being written, keeping a person’s own ignore lines', async () => {
    const dir = await workDir();
    const file = await newWorkbook(dir, 'a');
    const fresh = path.join(dir, 'fresh');
    await mkdir(fresh);
    expect((await run(['sync', file, fresh, '--as', 'Lead'])).code).toBe(0);
    const written = await readFile(path.join(fresh, '.stignore'), 'utf8');
    expect(written.split('\n')).toContain('(?d)*.workbook-tmp');
    // A folder whose owner keeps ignore patterns: theirs stay, ours is added once.
    const own = path.join(dir, 'own');
    await mkdir(own);
    await writeFile(path.join(own, '.stignore'), 'Thumbs.db');
    for (let pass = 0; pass < 2; pass += 1) {
      expect((await run(['sync', file, own, '--as', 'Lead'])).code).toBe(0);
    }
    const lines = (await readFile(path.join(own, '.stignore'), 'utf8')).split('\n');
    expect(lines[0]).toBe('Thumbs.db');
    expect(lines.filter((line) => line === '(?d)*.workbook-tmp')).toHaveLength(1);
  });

  it('seals segments to the workbook’s recipients; a colleague opens them with their identity', async () => {
    const dir = await workDir();
    const team = path.join(dir, 'team');
    await mkdir(team);
    const amaraKey = path.join(dir, 'amara.key');
    const benKey = path.join(dir, 'ben.key');
    const amaraPublic = String(
      field(json(await run(['keys', 'new', '--out', amaraKey, '--json'])), 'recipient'),
    );
    const benPublic = String(
      field(json(await run(['keys', 'new', '--out', benKey, '--json'])), 'recipient'),
    );
    const a = await newWorkbook(dir, 'a', ['--recipient', amaraPublic, '--recipient', benPublic]);
    const b = path.join(dir, 'b.inspection');
    await copyFile(a, b);
    const summary = [
      'summary',
      'set',
      a,
      '--text',
      'Sealed',
      '--as',
      'Amara',
      '--identity',
      amaraKey,
    ];
    expect((await run(summary)).code).toBe(0);
    const wrote = await run(['sync', a, team, '--as', 'Amara', '--identity', amaraKey, '--json']);
    const inspection = String(field(json(wrote), 'folder'));
    // The printed document is the one the README describes (`npm run docs:json`).
    expect(jsonOutputSchemas.sync.parse(json(wrote)).written).toMatchObject({
      seq: 1,
      attachments: 0,
    });
    const segment = path.join(team, inspection, authorId('Amara'), '00000001.segment');
    expect((await readFile(segment)).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    const merged = json(
      await run(['sync', b, team, '--as', 'Ben', '--identity', benKey, '--json']),
    );
    expect(field(merged, 'merged', 0, 'author')).toBe('Amara');
    expect(field(merged, 'refused')).toEqual([]);
    // Without Ben's key the same segment cannot be opened: refused once, named, left there.
    const c = path.join(dir, 'c.inspection');
    await copyFile(a, c);
    const stranger = path.join(dir, 'stranger.key');
    const strangerPublic = String(
      field(json(await run(['keys', 'new', '--out', stranger, '--json'])), 'recipient'),
    );
    // Cara's copy, encrypted to her alone.
    const cara = ['--as', 'Cara', '--identity', amaraKey, '--recipient', strangerPublic];
    expect((await run(['summary', 'set', c, '--text', 'Cara', ...cara])).code).toBe(0);
    const refused = await run(['sync', c, team, '--as', 'Cara', '--identity', stranger]);
    expect(refused.code).toBe(0);
    expect(refused.stderr).toContain(`refused ${inspection}/${authorId('Amara')}/00000001.segment`);
    const again = await run(['sync', c, team, '--as', 'Cara', '--identity', stranger]);
    expect(again.stderr).not.toContain('refused');
    expect(await readdir(path.join(team, inspection, authorId('Amara')))).toEqual([
      '00000001.segment',
      'index.json',
    ]);
  });

  it('passes over a colleague’s files still arriving, saying so, never as damage', async () => {
    const dir = await workDir();
    const team = path.join(dir, 'team');
    await mkdir(team);
    const a = await newWorkbook(dir, 'a');
    const b = path.join(dir, 'b.inspection');
    await copyFile(a, b);
    await run(['summary', 'set', a, '--text', 'Mine', '--as', 'Amara']);
    const inspection = String(
      field(json(await run(['sync', a, team, '--as', 'Amara', '--json'])), 'folder'),
    );
    expect(inspection).toBe(inspectionFolder(inspection));
    const mine = path.join(team, inspection, authorId('Amara'));
    const segment = await readFile(path.join(mine, '00000001.segment'));
    // As a sync engine leaves it half-way: cut short, beside its own temporary file.
    await writeFile(path.join(mine, '00000001.segment'), segment.subarray(0, 50));
    await writeFile(path.join(mine, '.syncthing.00000001.segment.tmp'), segment.subarray(0, 80));
    const waiting = await run(['sync', b, team, '--as', 'Ben']);
    expect(waiting.code).toBe(0);
    expect(waiting.stderr).toBe('');
    expect(waiting.stdout).toMatch(/Waiting for .*00000001\.segment: still arriving/);
    await writeFile(path.join(mine, '00000001.segment'), segment);
    expect((await run(['sync', b, team, '--as', 'Ben'])).stdout).toMatch(
      /Merged \d+ changes? from Amara \(1 segment\)/,
    );
  });
});
