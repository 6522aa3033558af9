import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRecordFiles } from '../../../../shared/records/read-files';
import { RULES_VERSION } from '../../../../shared/records/rules-version';
import { ok } from '../../../../shared/util/result';
import { createInspection } from '../../../../shared/workbook';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import { storeImportCall } from '../../../../renderer/src/db/import-call';
import { listImports, problemsOf } from '../../../../renderer/src/db/imports-repository';
import type { RebuildParser } from '../../../../renderer/src/db/rebuild-imports';
import { recheckImports } from '../../../../renderer/src/db/recheck-imports';
import { runCommand } from '../../../../renderer/src/db/workbook-repository';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/ssda903');

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** The readers, counting the files they are given. */
function countingParser(): { parse: RebuildParser; files: string[] } {
  const files: string[] = [];
  return {
    files,
    parse: async (inputs) => {
      files.push(...inputs.map((input) => input.name));
      return ok(readRecordFiles(inputs));
    },
  };
}

async function inspectionWithReturn(store: WorkbookDb): Promise<string> {
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
    ['header.csv', 'episodes.csv'].map(async (name) => ({
      name,
      bytes: new Uint8Array(await readFile(path.join(fixtures, name))),
    })),
  );
  const saved = await storeImportCall(
    store,
    created.data,
    'council',
    'Lead',
    readRecordFiles(files).map((parsed, index) => ({
      parsed,
      sha256: createHash('sha256')
        .update(files[index]?.bytes ?? new Uint8Array())
        .digest('hex'),
      bytes: files[index]?.bytes ?? new Uint8Array(),
    })),
  );
  if (!saved.ok) throw new Error(saved.error.message);
  return created.data;
}

describe('imports checked again when the rules change', () => {
  it('leaves imports made under this version alone, reading nothing', async () => {
    const store = openTestDb(`recheck-${Math.random().toString(36).slice(2)}`);
    db = store;
    const id = await inspectionWithReturn(store);
    expect((await listImports(store, id)).every((r) => r.rulesVersion === RULES_VERSION)).toBe(
      true,
    );
    const parser = countingParser();
    expect(await recheckImports(store, id, parser.parse)).toEqual({ ok: true, data: 0 });
    expect(parser.files).toEqual([]);
  });

  it('checks an import from other rules again, with its owner’s other files, and records the version', async () => {
    const store = openTestDb(`recheck-${Math.random().toString(36).slice(2)}`);
    db = store;
    const id = await inspectionWithReturn(store);
    const episodes = (await listImports(store, id)).find((r) => r.fileName === 'episodes.csv');
    if (episodes === undefined) throw new Error('no episodes import');
    const truth = await problemsOf(store, episodes.id);
    // As an older version would have left it: other rules, different problems.
    await store.imports.update(episodes.id, {
      rulesVersion: RULES_VERSION - 1,
      problems: { error: 0, warning: 0, info: 0 },
    });
    await store.problemChunks.where('importId').equals(episodes.id).delete();
    const parser = countingParser();
    expect(await recheckImports(store, id, parser.parse)).toEqual({ ok: true, data: 1 });
    // Read with the Header, so the checks across the return's tables ran.
    expect(parser.files.sort()).toEqual(['episodes.csv', 'header.csv']);
    const after = (await listImports(store, id)).find((r) => r.fileName === 'episodes.csv');
    expect(after?.rulesVersion).toBe(RULES_VERSION);
    expect(after?.id).toBe(episodes.id);
    expect(await problemsOf(store, episodes.id)).toEqual(truth);
    expect(truth.length).toBeGreaterThan(0);
    // Done once: the next open reads nothing.
    const again = countingParser();
    expect(await recheckImports(store, id, again.parse)).toEqual({ ok: true, data: 0 });
    expect(again.files).toEqual([]);
  });
});
