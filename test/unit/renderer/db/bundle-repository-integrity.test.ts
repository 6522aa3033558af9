import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../../shared/bundle';
import { addDemoRecords, buildDemo } from '../../../../shared/demo';
import { readRecordFiles } from '../../../../shared/records/read-files';
import { ok } from '../../../../shared/util/result';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import { deleteInspection, openBundle } from '../../../../renderer/src/db/bundle-repository';
import { createDraftStore } from '../../../../renderer/src/features/evidence/draft-store';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const parse = async (files: readonly { name: string; bytes: Uint8Array }[]) =>
  ok(readRecordFiles(files));
const newId = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;
const now = () => new Date().toISOString();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A demo inspection with its imported files, as a bundle read in memory. */
function demoBundle(): Bundle {
  const { operations, parts } = addDemoRecords(buildDemo('ilacs-2026', { newId, now }), {
    newId,
    now,
    sha256,
  });
  const manifest = {
    format: 'inspection-workbook' as const,
    formatVersion: 1 as const,
    inspectionId: 'x',
    exportedBy: 'Lead',
    exportedAt: now(),
  };
  return { manifest, operations, parts };
}

/** A Map-backed stand-in for the device's localStorage. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('the app stores a bundle only once its source files are what they name', () => {
  it("refuses a bundle whose file claims another's SHA-256, and keeps the first inspection's copy", async () => {
    db = openTestDb(`integrity-${Math.random().toString(36).slice(2)}`);
    const first = demoBundle();
    const opened = await openBundle(db, first, parse);
    expect(opened.ok).toBe(true);
    const [name, bytes] =
      Object.entries(first.parts).find(([part]) => part.startsWith('imports/')) ?? [];
    if (name === undefined || bytes === undefined) throw new Error('the demo has no imports');
    const second = demoBundle();
    const hostile = { ...second, parts: { ...second.parts, [name]: new Uint8Array([1, 2, 3]) } };
    const refused = await openBundle(db, hostile, parse);
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/is not the file it names/) },
    });
    expect((await db.sourceFiles.get(name.slice('imports/'.length)))?.bytes).toEqual(bytes);
    expect(await db.inspections.count()).toBe(1);
  }, 120_000); // the demo with all its records, imported into fake-indexeddb: slow on a busy machine
});

describe('deleting an inspection', () => {
  it('removes its evidence draft and defaults from the device, and only its own', async () => {
    db = openTestDb(`drafts-${Math.random().toString(36).slice(2)}`);
    const bundle = demoBundle();
    const opened = await openBundle(db, bundle, parse);
    if (!opened.ok) throw new Error(opened.error.message);
    const storage = memoryStorage();
    const draft = {
      text: 'Half-typed note about a visit',
      source: '',
      kind: '',
      areas: [],
      date: '2026-10-05',
    };
    storage.setItem(`workbook.evidence-draft.${opened.data}`, JSON.stringify(draft));
    storage.setItem(`workbook.evidence-defaults.${opened.data}`, '{}');
    storage.setItem('workbook.evidence-draft.other', JSON.stringify(draft));
    await deleteInspection(db, opened.data, storage);
    expect(createDraftStore(storage, opened.data).load()).toBeUndefined();
    expect([...storage.items.keys()]).toEqual(['workbook.evidence-draft.other']);
  });
});
