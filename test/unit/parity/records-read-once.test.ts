import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as readFilesModule from '../../../shared/records/read-files';
import { readRecordFiles } from '../../../shared/records/read-files';

type ReadFilesModule = typeof readFilesModule;
import { createInspection, indicatorsFor, sourceReadCount } from '../../../shared/workbook';
import { readBundleFile } from '../../support/read-bundle-file';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import { openTestDb } from '../renderer/db/test-db';
import { storeImportCall } from '../../../renderer/src/db/import-call';
import { storedRecords } from '../../../renderer/src/db/stored-records';
import { loadWorkbook, runCommand } from '../../../renderer/src/db/workbook-repository';
import { newWorkbook, run, workDir } from '../electron/cli/helpers';

// Counts every call of the readers' entry points, in this process (the command's import
// reads through readRecordCall, which keeps the readable files of a call with a refused one).
const readerCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../shared/records/read-files', async (original) => {
  const actual: ReadFilesModule = await original();
  return {
    ...actual,
    readRecordFiles: (...args: Parameters<typeof actual.readRecordFiles>) => {
      readerCalls.count += 1;
      return actual.readRecordFiles(...args);
    },
    readRecordCall: (...args: Parameters<typeof actual.readRecordCall>) => {
      readerCalls.count += 1;
      return actual.readRecordCall(...args);
    },
  };
});

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const returnFiles = ['header.csv', 'episodes.csv', 'reviews.csv', 'missing.csv', 'oc2.csv'];

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('records are read once, at import', () => {
  it('the command computes indicators, conflicts and the report from the stored reads', async () => {
    const dir = await workDir();
    const file = await newWorkbook(dir, 'read-once');
    const paths = [
      ...returnFiles.map((name) => path.join(fixtures, 'ssda903', name)),
      path.join(fixtures, 'ofsted-providers', 'scp_fake.xlsx'),
    ];
    expect((await run(['import', file, ...paths])).code).toBe(0);
    const graded = await run([
      'grade',
      file,
      '--area',
      'children-in-care',
      '--grade',
      'good',
      '--rationale',
      'Strong practice',
      '--as',
      'Lead',
    ]);
    expect(graded.code, graded.stderr).toBe(0);
    const parsedAtImport = readerCalls.count;
    const rereadsAtImport = sourceReadCount();
    expect(parsedAtImport).toBeGreaterThan(0);
    for (const args of [
      ['indicators', file, '--json'],
      ['conflicts', file, '--json'],
      ['report', file, '--out', path.join(dir, 'r.pdf')],
    ]) {
      const result = await run([...args, '--as', 'Lead']);
      expect(result.code, result.stderr).toBe(0);
    }
    expect(readerCalls.count).toBe(parsedAtImport);
    expect(sourceReadCount()).toBe(rereadsAtImport);
  });

  it('the demo bundle holds what the readers made of every file, so opening it reads none', async () => {
    const dir = await workDir();
    const file = path.join(dir, 'demo.inspection');
    await run(['demo', '--out', file]);
    const bundle = await readBundleFile(file);
    const { importedRecords } = await import('../../../shared/workbook');
    const before = sourceReadCount();
    const records = importedRecords(bundle.operations, bundle.parts);
    expect(records.owners.length).toBeGreaterThan(2);
    expect(records.reread.size).toBe(0);
    expect(sourceReadCount()).toBe(before);
  });

  it('a bundle without stored reads (an older one) is read from its files instead', async () => {
    const dir = await workDir();
    const file = await newWorkbook(dir, 'older');
    await run(['import', file, path.join(fixtures, 'ssda903', 'header.csv')]);
    const bundle = await readBundleFile(file);
    const withoutReads = Object.fromEntries(
      Object.entries(bundle.parts).filter(([name]) => !name.startsWith('reads/')),
    );
    expect(Object.keys(bundle.parts).some((name) => name.startsWith('reads/'))).toBe(true);
    const { importedRecords } = await import('../../../shared/workbook');
    const before = sourceReadCount();
    const stored = importedRecords(bundle.operations, bundle.parts);
    expect(sourceReadCount()).toBe(before);
    const reread = importedRecords(bundle.operations, withoutReads);
    expect(sourceReadCount()).toBe(before + 1);
    // Either way, the same records.
    expect(reread.owners).toEqual(stored.owners);
  });

  it('the app reads the records back from its store, never from the files', async () => {
    const store = openTestDb(`read-once-${Math.random().toString(36).slice(2)}`);
    db = store;
    const created = await runCommand(store, null, 'Lead', (context) =>
      createInspection(context, {
        kind: 'ilacs-standard',
        council: { name: 'Northmoor', laCode: '899' },
        onSite: { start: '2026-10-05', end: '2026-10-05' },
        team: [{ name: 'Lead', role: 'lead' }],
      }),
    );
    if (!created.ok) throw new Error(created.error.message);
    const files = await Promise.all(
      returnFiles.map(async (name) => ({
        name,
        bytes: new Uint8Array(await readFile(path.join(fixtures, 'ssda903', name))),
      })),
    );
    const parsed = readRecordFiles(files);
    const saved = await storeImportCall(
      store,
      created.data,
      'council',
      'Lead',
      parsed.map((result, index) => ({
        parsed: result,
        sha256: createHash('sha256')
          .update(files[index]?.bytes ?? new Uint8Array())
          .digest('hex'),
        bytes: files[index]?.bytes ?? new Uint8Array(),
      })),
    );
    if (!saved.ok) throw new Error(saved.error.message);
    const calls = readerCalls.count;
    const records = await storedRecords(store, created.data);
    expect(readerCalls.count).toBe(calls);
    const council = records.owners.find((owner) => owner.owner === 'council');
    const byName = new Map(parsed.map((result) => [result.file, result]));
    expect(council?.files).toHaveLength(parsed.length);
    for (const stored of council?.files ?? []) {
      const { importId: _id, ...rest } = stored;
      expect(rest).toEqual(byName.get(stored.file));
    }
    // The indicators from the store are those from the files as read.
    const workbook = await loadWorkbook(store, created.data);
    if (!workbook.ok) throw new Error(workbook.error.message);
    const fromStore = indicatorsFor(workbook.data, records);
    const fromFiles = indicatorsFor(workbook.data, {
      owners: [{ owner: 'council', files: parsed.map((p) => ({ ...p, importId: 'x' })) }],
      missing: [],
    });
    expect(fromStore.indicators).toEqual(fromFiles.indicators);
    expect(fromStore.indicators.some((i) => i.value !== null)).toBe(true);
  });
});
