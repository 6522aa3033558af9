import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import { openBundle, readInspectionBundle } from '../../../renderer/src/db/bundle-repository';
import { storedRecords } from '../../../renderer/src/db/stored-records';
import { loadOperations, loadWorkbook } from '../../../renderer/src/db/workbook-repository';
import { readRecordFiles } from '../../../shared/records/read-files';
import { buildReport, reportHtml } from '../../../shared/reports';
import { reportInputs, reportNeedsRecords } from '../../../shared/tasks';
import { reportIndicatorsFrom } from '../../../shared/workbook';
import { bundledComparators } from '../../../shared/comparators/bundled';
import { ok } from '../../../shared/util/result';
import { jsonOutputSchemas } from '../../../electron/cli/json-schemas';
import { json, runProcess, workDir } from '../electron/cli/helpers';
import { freshStore } from './app-store';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** Drops the moments a report was made, which differ between any two runs. */
function timeless(html: string): string {
  return html
    .replace(/\d{1,2} [A-Z][a-z]+ \d{4}(,? (at )?\d{1,2}[:.]\d{2}(am|pm)?)?/g, 'DATE')
    .replace(/\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?/g, 'DATE');
}

describe('report inputs: the command and the app build the report from the records alike', () => {
  it('the demo’s indicators and conflicts, from the command’s file and from the app’s store', async () => {
    // The command: the demo with its records, then the draft report and the indicators as JSON.
    const dir = await workDir();
    const file = path.join(dir, 'demo.inspection');
    expect((await runProcess(['demo', '--out', file])).code).toBe(0);
    const out = path.join(dir, 'report.pdf');
    const report = json(await runProcess(['report', file, '--out', out, '--json']));
    const cliHtml = await readFile(`${out}.html`, 'utf8');
    const cliIndicators = json(await runProcess(['indicators', file, '--json']));

    // The app: the same bundle opened into a Dexie store; inputs from the stored records.
    const bundle = readInspectionBundle('demo.inspection', new Uint8Array(await readFile(file)));
    if (!bundle.ok) throw new Error(bundle.error.message);
    db = freshStore();
    const opened = await openBundle(db, bundle.data, async (files) => ok(readRecordFiles(files)));
    if (!opened.ok) throw new Error(opened.error.message);
    const log = await loadOperations(db, opened.data);
    const workbook = await loadWorkbook(db, opened.data);
    if (!workbook.ok) throw new Error(workbook.error.message);
    expect(reportNeedsRecords(log)).toBe(true);
    const inputs = reportInputs(
      workbook.data,
      log,
      await storedRecords(db, opened.data),
      new Date().toISOString().slice(0, 10),
      { indicators: true, conflicts: true },
      bundledComparators(),
    );
    expect(inputs.indicators?.indicators.length).toBeGreaterThan(0);
    expect(inputs.conflicts?.flags.length).toBeGreaterThan(0);
    // The indicators the command prints are the ones the app puts in the report.
    expect(
      reportIndicatorsFrom(jsonOutputSchemas.indicators.parse(cliIndicators), workbook.data),
    ).toEqual(inputs.indicators);
    // And the report the app would make reads as the command's, word for word.
    const appHtml = reportHtml(
      buildReport(workbook.data, {
        version: Number(Reflect.get(Object(report), 'version')),
        generatedAt: new Date().toISOString(),
        ...inputs,
      }),
    );
    expect(timeless(appHtml)).toBe(timeless(cliHtml));
  }, 120_000); // the demo with all its records, imported into fake-indexeddb: slow on a busy machine

  it('a workbook without records needs none and gets neither section', async () => {
    const dir = await workDir();
    const file = path.join(dir, 'bare.inspection');
    expect((await runProcess(['demo', '--out', file, '--without-records'])).code).toBe(0);
    const bundle = readInspectionBundle('bare.inspection', new Uint8Array(await readFile(file)));
    if (!bundle.ok) throw new Error(bundle.error.message);
    db = freshStore();
    const opened = await openBundle(db, bundle.data, async (files) => ok(readRecordFiles(files)));
    if (!opened.ok) throw new Error(opened.error.message);
    const log = await loadOperations(db, opened.data);
    const workbook = await loadWorkbook(db, opened.data);
    if (!workbook.ok) throw new Error(workbook.error.message);
    expect(reportNeedsRecords(log)).toBe(false);
    expect(
      reportInputs(workbook.data, log, await storedRecords(db, opened.data), '2026-10-16'),
    ).toEqual({});
    const out = path.join(dir, 'report.pdf');
    expect((await runProcess(['report', file, '--out', out])).code).toBe(0);
    const html = await readFile(`${out}.html`, 'utf8');
    expect(html).not.toMatch(/Figures from SSDA903/);
  });
});
