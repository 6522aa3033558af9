import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { readRecordFiles, type InputFile } from '../../../../shared/records/read-files';
import { RULES_VERSION } from '../../../../shared/records/rules-version';
import type { CollectionYear } from '../../../../shared/records/ssda903';
import { ok } from '../../../../shared/util/result';
import {
  createInspection,
  importsFromOperations,
  readOptionsFor,
  type ImportPeriod,
} from '../../../../shared/workbook';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import { storeImportCall } from '../../../../renderer/src/db/import-call';
import { checkContextIn } from '../../../../renderer/src/db/import-context';
import { listImports, problemsOf } from '../../../../renderer/src/db/imports-repository';
import type { RebuildOptions, RebuildParser } from '../../../../renderer/src/db/rebuild-imports';
import { recheckImports } from '../../../../renderer/src/db/recheck-imports';
import { recheckReturnIn } from '../../../../renderer/src/db/recheck-return';
import { loadOperations, runCommand } from '../../../../renderer/src/db/workbook-repository';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';
const Y2526: CollectionYear = { start: '2025-04-01', end: '2026-03-31' };

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const csv = (name: string, text: string): InputFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});

/** The import worker's reading, in this process; the options each call was given are kept. */
function parser(): { parse: RebuildParser; calls: RebuildOptions[] } {
  const calls: RebuildOptions[] = [];
  return {
    calls,
    parse: async (inputs, options = {}) => {
      calls.push(options);
      return ok(readRecordFiles(inputs, readOptionsFor(options.year, options.context)));
    },
  };
}

async function inspection(store: WorkbookDb): Promise<string> {
  const created = await runCommand(store, null, 'Lead', (context) =>
    createInspection(context, {
      kind: 'ilacs-standard',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-05' },
      team: [{ name: 'Lead', role: 'lead' }],
    }),
  );
  if (!created.ok) throw new Error(created.error.message);
  return created.data;
}

async function importFiles(
  store: WorkbookDb,
  id: string,
  files: readonly InputFile[],
  period: ImportPeriod,
  year?: CollectionYear,
): Promise<void> {
  const context = await checkContextIn(store, id, 'council', period);
  const saved = await storeImportCall(
    store,
    id,
    'council',
    'Lead',
    readRecordFiles(files, readOptionsFor(year, context)).map((parsed, index) => ({
      parsed,
      sha256: createHash('sha256')
        .update(files[index]?.bytes ?? new Uint8Array())
        .digest('hex'),
      bytes: files[index]?.bytes ?? new Uint8Array(),
    })),
    { period, ...(year === undefined ? {} : { givenYear: year }) },
  );
  if (!saved.ok) throw new Error(saved.error.message);
}

function fresh(): WorkbookDb {
  const store = openTestDb(`recheck-return-${Math.random().toString(36).slice(2)}`);
  db = store;
  return store;
}

// SEX M is a code from 2024/25; a 2023/24 return must use 1 or 2.
const thisYear = [
  csv('header.csv', `${HEADER}101,M,01/02/2010,WBRI,A123456789012,,\n`),
  csv('episodes.csv', `${EPISODES}101,01/05/2023,S,C2,N1,K2,PR1,,X1,,,,XXXXXXX\n`),
];

describe('a stored return checked again under another year', () => {
  it('reads it under the year chosen, stores the new problems and records the choice in the log', async () => {
    const store = fresh();
    const id = await inspection(store);
    await importFiles(store, id, thisYear, 'current');
    const header = (await listImports(store, id)).find((r) => r.fileName === 'header.csv');
    expect(header?.yearSource).toBe('detected');
    expect(header?.year).toEqual({ start: '2023-04-01', end: '2024-03-31' });
    const sexProblems = async () =>
      (await problemsOf(store, header?.id ?? '')).filter((p) => p.column === 'SEX').length;
    expect(await sexProblems()).toBe(1);

    const { parse } = parser();
    expect(await recheckReturnIn(store, id, 'Lead', 'council', 'current', parse, Y2526)).toEqual({
      ok: true,
      data: 2,
    });
    const after = (await listImports(store, id)).find((r) => r.fileName === 'header.csv');
    expect(after).toMatchObject({ year: Y2526, yearSource: 'given', givenYear: Y2526 });
    expect(await sexProblems()).toBe(0);
    const logged = importsFromOperations(await loadOperations(store, id));
    expect(logged.map((e) => e.givenYear)).toEqual([Y2526, Y2526]);
    expect(logged.find((e) => e.fileName === 'header.csv')?.problems).toEqual(after?.problems);

    // Back to the episodes' year.
    await recheckReturnIn(store, id, 'Lead', 'council', 'current', parse, null);
    const back = (await listImports(store, id)).find((r) => r.fileName === 'header.csv');
    expect(back).toMatchObject({ yearSource: 'detected', givenYear: null });
    expect(await sexProblems()).toBe(1);
  });

  it('the re-check after a rules change reads a return under the year chosen for it', async () => {
    const store = fresh();
    const id = await inspection(store);
    await importFiles(store, id, thisYear, 'current', Y2526);
    const header = (await listImports(store, id)).find((r) => r.fileName === 'header.csv');
    await store.imports.update(header?.id ?? '', { rulesVersion: RULES_VERSION - 1 });
    const { parse, calls } = parser();
    expect(await recheckImports(store, id, parse)).toEqual({ ok: true, data: 1 });
    expect(calls.map((call) => call.year)).toEqual([Y2526]);
  });
});

describe('the previous year’s return in the app', () => {
  it('keeps both header.csv files and checks this year’s against last year’s (DfE 203)', async () => {
    const store = fresh();
    const id = await inspection(store);
    await importFiles(store, id, thisYear, 'current', Y2526);
    await importFiles(
      store,
      id,
      [csv('header.csv', `${HEADER}101,M,01/03/2010,WBRI,A123456789012,,\n`)],
      'previous',
    );
    const records = await listImports(store, id);
    const listed = records.map((r) => `${r.fileName} ${r.period ?? 'current'}`);
    expect(listed.sort((a, b) => a.localeCompare(b))).toEqual([
      'episodes.csv current',
      'header.csv current',
      'header.csv previous',
    ]);
    const context = await checkContextIn(store, id, 'council', 'current');
    expect(context.previous?.map((file) => file.name)).toEqual(['header.csv']);
    expect(context.laCode).toBe('899');
    expect(context.providers).toBeUndefined();

    const { parse } = parser();
    await recheckReturnIn(store, id, 'Lead', 'council', 'current', parse);
    const header = (await listImports(store, id)).find(
      (r) => r.fileName === 'header.csv' && r.period === undefined,
    );
    const codes = (await problemsOf(store, header?.id ?? '')).map((p) => p.dfeCode);
    expect(codes).toContain('203');
    // The year chosen at import held.
    expect(header?.year).toEqual(Y2526);
  });
});
