import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecordFiles } from '../../../../shared/records/read-files';
import { RULES_VERSION } from '../../../../shared/records/rules-version';
import {
  checkStoredRead,
  fromStoredRead,
  toStoredRead,
} from '../../../../shared/records/stored-read';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures');

async function filesIn(folder: string, pattern: RegExp) {
  const names = (await readdir(path.join(fixtures, folder))).filter((n) => pattern.test(n));
  return Promise.all(
    names.map(async (name) => ({
      name,
      bytes: new Uint8Array(await readFile(path.join(fixtures, folder, name))),
    })),
  );
}

/** Through JSON, as a bundle part or a stored record carries it. */
function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('stored reads: what the readers produced, kept to read again', () => {
  it('gives back exactly what the readers gave, for every kind of fixture', async () => {
    const groups = [
      await filesIn('ssda903', /\.csv$/),
      await filesIn('ssda903', /\.xml$/),
      await filesIn('annex-a', /\.xlsx$/),
      await filesIn('ofsted-providers', /\.xlsx$/),
    ];
    let tables = 0;
    for (const files of groups) {
      expect(files.length).toBeGreaterThan(0);
      for (const parsed of readRecordFiles(files)) {
        const checked = checkStoredRead(throughJson(toStoredRead(parsed)), parsed.file);
        if (!checked.ok) throw new Error(checked.message);
        expect(fromStoredRead(checked.read)).toEqual(parsed);
        tables += Object.keys(parsed.tables).length;
      }
    }
    expect(tables).toBeGreaterThan(10);
  });

  it('keeps an absent cell apart from an empty one', async () => {
    const [parsed] = readRecordFiles(await filesIn('ssda903', /^header\.csv$/));
    if (parsed === undefined) throw new Error('not read');
    const withGaps = {
      ...parsed,
      tables: {
        Header: [
          { row: 2, values: { CHILD: '1', SEX: '' } },
          { row: 3, values: { CHILD: '2', DOB: null } },
        ],
      },
    };
    const checked = checkStoredRead(throughJson(toStoredRead(withGaps)), 'x');
    if (!checked.ok) throw new Error(checked.message);
    expect(fromStoredRead(checked.read).tables).toEqual(withGaps.tables);
  });

  it('keeps a column named __proto__ as an ordinary column, never as a prototype', async () => {
    const [parsed] = readRecordFiles(await filesIn('ssda903', /^header\.csv$/));
    if (parsed === undefined) throw new Error('not read');
    const hostile = JSON.parse(
      '{"row":2,"values":{"CHILD":"1","__proto__":"x","constructor":"y"}}',
    ) as unknown;
    const withHostile = { ...parsed, tables: { Header: [hostile] } };
    const checked = checkStoredRead(throughJson(toStoredRead(withHostile)), 'x');
    if (!checked.ok) throw new Error(checked.message);
    const [row] = fromStoredRead(checked.read).tables['Header'] ?? [];
    const values: unknown = Reflect.get(Object(row), 'values');
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.keys(Object(values))).toEqual(['CHILD', '__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(values, '__proto__')?.value).toBe('x');
  });

  it('refuses a damaged read naming the field, and tells a read of other rules apart', async () => {
    const [parsed] = readRecordFiles(await filesIn('ssda903', /^header\.csv$/));
    if (parsed === undefined) throw new Error('not read');
    const stored = toStoredRead(parsed);
    const damaged = checkStoredRead({ ...stored, problems: 'none' }, 'parts/reads/x.json');
    expect(damaged).toMatchObject({ ok: false, reason: 'damaged' });
    expect(damaged.ok ? '' : damaged.message).toMatch(/parts\/reads\/x\.json: field "problems"/);
    const older = checkStoredRead({ ...stored, rulesVersion: RULES_VERSION - 1 }, 'x');
    expect(older).toMatchObject({ ok: false, reason: 'other-rules' });
  });

  it('is smaller than the rows as objects', async () => {
    const files = await filesIn('ssda903', /\.csv$/);
    for (const parsed of readRecordFiles(files)) {
      if (parsed.rows < 20) continue;
      const objects = JSON.stringify(parsed.tables).length;
      expect(JSON.stringify(toStoredRead(parsed).tables).length).toBeLessThan(objects);
    }
  });
});
