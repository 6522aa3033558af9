import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idOf, json, newWorkbook, run, workDir } from './helpers';

let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

const providersSchema = z.object({
  providers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      legalForm: z.string(),
      companyNumber: z.string().optional(),
      forProfit: z.boolean(),
      functions: z.array(z.string()),
      contract: z.object({ start: z.string(), end: z.string().optional() }),
      councils: z.array(z.string()),
    }),
  ),
});
const logSchema = z.object({
  entries: z.array(z.object({ author: z.string(), id: z.string(), field: z.string() })),
});
const judgedSchema = z.object({ providerFlags: z.array(z.unknown()) });

async function withProvider(name: string): Promise<{ file: string; id: string }> {
  const file = await newWorkbook(dir, name);
  const id = idOf(
    await run([
      'provider',
      'add',
      file,
      '--name',
      'Northmoor Children’s Trust CIC',
      '--legal-form',
      'cic',
      '--functions',
      'relevant-care',
      '--functions',
      'wider',
      '--contract-start',
      '2021-04-01',
      '--json',
    ]),
  );
  return { file, id };
}

describe('provider edit', () => {
  it('changes only the fields given, recording one change each, and the not-for-profit warning follows', async () => {
    const { file, id } = await withProvider('edit');
    expect(
      JSON.stringify(judgedSchema.parse(json(await run(['judge', file, '--json'])))),
    ).not.toContain('SI 2014/2407');
    const edited = await run([
      'provider',
      'edit',
      file,
      id,
      '--for-profit',
      '--legal-form',
      'company-limited-by-shares',
      '--name',
      'Northmoor Children’s Trust CIC',
      '--contract-end',
      '2027-03-31',
      '--company-number',
      '4455667',
      '--as',
      'Ravi',
      '--json',
    ]);
    expect(idOf(edited)).toBe(id);
    const [provider] = providersSchema.parse(
      json(await run(['provider', 'list', file, '--json'])),
    ).providers;
    expect(provider).toEqual({
      id,
      name: 'Northmoor Children’s Trust CIC',
      legalForm: 'company-limited-by-shares',
      companyNumber: '04455667',
      forProfit: true,
      functions: ['relevant-care', 'wider'],
      contract: { start: '2021-04-01', end: '2027-03-31' },
      councils: ['899'],
    });
    // The name was given unchanged, so only four fields are in the log under Ravi.
    const log = logSchema.parse(json(await run(['log', file, '--json'])));
    expect(
      log.entries
        .filter((e) => e.author === 'Ravi')
        .map((e) => e.field)
        .sort(),
    ).toEqual(['companyNumber', 'contract', 'forProfit', 'legalForm']);
    const judged = JSON.stringify(judgedSchema.parse(json(await run(['judge', file, '--json']))));
    expect(judged).toContain('SI 2014/2407');
  });

  it('refuses an unknown provider id and conflicting flags, leaving the file as it was', async () => {
    const { file, id } = await withProvider('edit-bad');
    const before = await readFile(file);
    const unknown = await run(['provider', 'edit', file, 'prov-nope', '--name', 'X']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no delegated provider "prov-nope"/);
    const both = await run(['provider', 'edit', file, id, '--for-profit', '--not-for-profit']);
    expect(both.code).toBe(2);
    const backwards = await run(['provider', 'edit', file, id, '--contract-end', '2020-01-01']);
    expect(backwards.code).toBe(1);
    expect(backwards.stderr).toMatch(/cannot end before it starts/);
    expect((await run(['provider', 'edit', file, id, '--functions', 'all'])).code).toBe(2);
    expect(await readFile(file)).toEqual(before);
  });
});
