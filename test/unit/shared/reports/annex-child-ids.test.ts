import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bundledComparators } from '../../../../shared/comparators/bundled';
import { addDemoRecords, buildDemo } from '../../../../shared/demo';
import { buildReport, reportHtml } from '../../../../shared/reports';
import { reportInputs } from '../../../../shared/tasks';
import { importedRecords, workbookFromOperations } from '../../../../shared/workbook';

/*
 * The report and its HTML twin are published, so they stay plain: the data
 * annex gives figures, never a child's identifier. Checked over the demo
 * inspection with all its records: every child id the records hold (the
 * SSDA903 CHILD, the CIN census LAchildID, and UPNs), searched for in the
 * report's inputs and in the HTML.
 */

// A UPN is a letter, then 12 digits and letters; "UN1"–"UN5" are the codes for an unknown one.
const UPN = /^[A-Z]\d{11}[0-9A-Z]$/;
const ID_FIELDS = new Set(['CHILD', 'LAchildID', 'Child Unique ID', 'ChildID']);

function childIds(records: ReturnType<typeof importedRecords>): Set<string> {
  const ids = new Set<string>();
  for (const owner of records.owners) {
    for (const file of owner.files) {
      for (const rows of Object.values(file.tables)) {
        for (const row of rows) {
          const values: unknown =
            typeof row === 'object' && row !== null ? Reflect.get(row, 'values') : undefined;
          if (typeof values !== 'object' || values === null) continue;
          for (const [field, value] of Object.entries(values)) {
            if (typeof value !== 'string' || value.trim() === '') continue;
            if (ID_FIELDS.has(field) || (field === 'UPN' && UPN.test(value))) ids.add(value.trim());
          }
        }
      }
    }
  }
  return ids;
}

describe('the report’s data annex lists no child identifiers', () => {
  it('holds none of the demo’s child ids in its inputs or its HTML twin', () => {
    let counter = 0;
    const ids = {
      newId: (prefix: string) => `${prefix}-${String((counter += 1)).padStart(4, '0')}`,
      now: () => '2027-02-16T12:00:00Z',
    };
    const demo = addDemoRecords(buildDemo('ilacs-2026', ids), {
      ...ids,
      sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
    });
    const workbook = workbookFromOperations(demo.operations);
    if (!workbook.ok) throw new Error(workbook.error.message);
    const records = importedRecords(demo.operations, demo.parts);
    const children = childIds(records);
    // Every kind of id is there to look for: 903 ids, CIN census ids and UPNs.
    expect(children.size).toBeGreaterThan(1000);
    expect([...children].some((id) => id.startsWith('NM-'))).toBe(true);
    expect([...children].some((id) => /^NM\d+$/.test(id))).toBe(true);
    expect([...children].some((id) => UPN.test(id))).toBe(true);

    const inputs = reportInputs(
      workbook.data,
      demo.operations,
      records,
      '2027-02-16',
      { indicators: true, conflicts: true },
      bundledComparators(),
    );
    // The annex has something to show, so the check is of a real annex.
    expect(inputs.indicators?.indicators.length).toBeGreaterThan(0);
    expect(inputs.conflicts?.flags.length).toBeGreaterThan(0);
    const html = reportHtml(
      buildReport(workbook.data, { version: 1, generatedAt: '2027-02-16T12:00:00Z', ...inputs }),
    );
    expect(html).toContain('Data annex');
    const inputsText = JSON.stringify(inputs);
    const found = [...children].filter((id) => html.includes(id) || inputsText.includes(id));
    expect(found).toEqual([]);
    // The demo with its records takes a while to build on a loaded machine.
  }, 120_000);
});
