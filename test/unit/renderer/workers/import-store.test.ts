import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readImportFiles } from '../../../../shared/tasks';
import { createInspection, readOptionsFor } from '../../../../shared/workbook';
import { openWorkbookDb, type WorkbookDb } from '../../../../renderer/src/db/db';
import { storeImportCall } from '../../../../renderer/src/db/import-call';
import { listImports, rowsOf } from '../../../../renderer/src/db/imports-repository';
import { createDataKeys } from '../../../../renderer/src/db/protection/data-keys';
import { runCommand } from '../../../../renderer/src/db/workbook-repository';
import { hashedFilesOf, storeInWorker } from '../../../../renderer/src/workers/import-store';
import type { ImportStoreTarget } from '../../../../renderer/src/workers/import-messages';

/*
 * The import worker storing what it read (import-store.ts): the same
 * records the page stored before, and all or nothing.
 */

const opened: WorkbookDb[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

const encoder = new TextEncoder();

/** A 903 return with a Header (one blank DOB, a problem) and an Episodes table, and one file no reader knows. */
const files = [
  {
    name: 'header.csv',
    bytes: encoder.encode(
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,,WBRI,UN1,,\n1002,F,01/02/2012,WBRI,UN1,,\n',
    ),
  },
  { name: 'notes.txt', bytes: encoder.encode('not a record file') },
  {
    name: 'episodes.csv',
    bytes: encoder.encode(
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
        '1002,01/05/2025,S,C2,N1,U1,PR1,,,,AB1 2CD,AB1 2CE,SC123456\n',
    ),
  },
];
const hashes = ['aa', 'bb', 'cc'];

async function storeWithInspection(): Promise<{ db: WorkbookDb; target: ImportStoreTarget }> {
  const keys = createDataKeys();
  await keys.unlock(crypto.getRandomValues(new Uint8Array(32)));
  const db = openWorkbookDb(`import-store-${Math.random().toString(36).slice(2)}`, keys);
  opened.push(db);
  const created = await runCommand(db, null, 'Amara Lead', (context) =>
    createInspection(context, {
      kind: 'ilacs-standard',
      council: { name: 'Harbourshire', laCode: '999' },
      onSite: { start: '2026-10-05', end: '2026-10-09' },
      team: [{ name: 'Amara Lead', role: 'lead' }],
    }),
  );
  if (!created.ok) throw new Error(created.error.message);
  const target = {
    dbName: db.name,
    inspectionId: created.data,
    owner: 'council',
    author: 'Amara Lead',
    meta: {},
  };
  return { db, target };
}

describe('the import worker storing what it read', () => {
  it('pairs each file read with its own bytes and hash, skipping the refused one', () => {
    const read = readImportFiles(files, [], readOptionsFor(undefined, undefined));
    expect(read.read).toEqual([true, false, true]);
    const hashed = hashedFilesOf(read, files, hashes);
    expect(hashed.map((file) => [file.parsed.file, file.sha256, file.bytes])).toEqual([
      ['header.csv', 'aa', files[0]?.bytes],
      ['episodes.csv', 'cc', files[2]?.bytes],
    ]);
    // The indexes are built from the rows just read.
    expect(hashed.every((file) => file.index !== undefined)).toBe(true);
  });

  it('stores the rows the page stored, and answers with the files, their rows and the refusals only', async () => {
    const { db, target } = await storeWithInspection();
    const read = readImportFiles(files, [], readOptionsFor(undefined, undefined));
    const hashed = hashedFilesOf(read, files, hashes);
    const reply = await storeInWorker(db, target, hashed, read, 12);
    expect(reply).toMatchObject({
      type: 'stored',
      files: [
        { file: 'header.csv', kind: 'ssda903-csv', rows: 2 },
        { file: 'episodes.csv', kind: 'ssda903-csv', rows: 1 },
      ],
      refused: [{ file: 'notes.txt' }],
      timings: { read: 12 },
    });
    // No row crosses back to the page.
    expect(JSON.stringify(reply)).not.toContain('1001');
    const imports = await listImports(db, target.inspectionId);
    const header = imports.find((record) => record.fileName === 'header.csv');
    expect(header?.sha256).toBe('aa');
    expect(header?.problems.error).toBeGreaterThan(0);
    const stored = await rowsOf(db, header?.id ?? '', 'Header');
    const parsedHeader = read.files[0]?.tables['Header'];
    expect(stored).toEqual(parsedHeader);

    // The same call stored by the page's path holds the same rows.
    const { db: pageDb, target: pageTarget } = await storeWithInspection();
    await storeImportCall(pageDb, pageTarget.inspectionId, 'council', 'Amara Lead', hashed);
    const pageHeader = (await listImports(pageDb, pageTarget.inspectionId)).find(
      (record) => record.fileName === 'header.csv',
    );
    expect(await rowsOf(pageDb, pageHeader?.id ?? '', 'Header')).toEqual(stored);
  });

  it('answers `failed` and stores nothing when a row chunk cannot be sealed', async () => {
    const { db, target } = await storeWithInspection();
    const read = readImportFiles(files, [], readOptionsFor(undefined, undefined));
    const hashed = hashedFilesOf(read, files, hashes);
    const subtle = crypto.subtle;
    const encrypt = subtle.encrypt.bind(subtle);
    vi.spyOn(subtle, 'encrypt').mockImplementation(async (algorithm, key, data) => {
      const additional: unknown =
        typeof algorithm === 'object' ? Reflect.get(algorithm, 'additionalData') : undefined;
      const text = additional instanceof Uint8Array ? new TextDecoder().decode(additional) : '';
      if (text.includes('\u0000rowChunks\u0000') && text.includes('/Episodes/')) {
        throw new DOMException('The operation failed', 'OperationError');
      }
      return encrypt(algorithm, key, data);
    });
    const reply = await storeInWorker(db, target, hashed, read, 0);
    expect(reply).toMatchObject({ type: 'failed' });
    expect(reply.type === 'failed' ? reply.message : '').toMatch(/could not be stored/);
    vi.restoreAllMocks();
    expect(await listImports(db, target.inspectionId)).toEqual([]);
    expect(await db.rowChunks.count()).toBe(0);
    expect(await db.sourceFiles.count()).toBe(0);
  });
});
