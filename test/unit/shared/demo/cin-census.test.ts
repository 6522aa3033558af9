/**
 * The demo's CIN censuses: one per body for 2025/26, read by the real
 * reader with only the planted problems, the same children as the 903
 * where they overlap, and the planted cross-check cases in place.
 */
import { describe, expect, it } from 'vitest';
import { generateDemoRecords } from '../../../../shared/demo';
import { cinIdOf } from '../../../../shared/demo/records/cin-census';
import { recordRows } from '../../../../shared/records/indicators';
import { readRecordFiles } from '../../../../shared/records/read-files';

const records = generateDemoRecords();
const [council, trust, swp] = readRecordFiles([
  records.cin.council,
  records.cin.trust,
  records.cin.swp,
]);

function rowsOf(file: typeof council, table: string): Record<string, unknown>[] {
  return recordRows(file?.tables[table] ?? []).map((row) => row.values);
}

describe('the demo CIN census', () => {
  it('is a 2025/26 census per body, of a council’s size', () => {
    for (const file of [council, trust, swp]) expect(file?.kind).toBe('cin-census');
    expect(rowsOf(council, 'Header')[0]).toMatchObject({ ReferenceDate: '2026-03-31', LEA: '899' });
    const children = rowsOf(council, 'Children').length;
    expect(children).toBeGreaterThan(4_000);
    expect(rowsOf(trust, 'Children').length).toBeLessThan(children);
  });

  it('has only the planted problems in the council’s census', () => {
    const rules = (council?.problems ?? []).map((problem) => problem.rule).sort();
    expect(rules).toEqual(['cin.dfe.4220', 'cin.dfe.8608']);
    expect(records.cin.census.planted.map((p) => p.rule).sort()).toEqual(rules);
  });

  it('holds the 903’s children as the 903 describes them', () => {
    const header = readRecordFiles(
      records.council.filter((file) => file.name.includes('header')),
    )[0];
    const byId = new Map(
      rowsOf(header, 'Header').map((row) => [cinIdOf(String(row['CHILD'])), row]),
    );
    const shared = rowsOf(council, 'Children').filter((row) => byId.has(String(row['LAchildID'])));
    expect(shared.length).toBeGreaterThan(100);
    for (const row of shared) {
      const child = byId.get(String(row['LAchildID']));
      expect(row['Ethnicity']).toBe(child?.['ETHNIC']);
      const [d, m, y] = String(child?.['DOB']).split('/');
      expect(row['PersonBirthDate']).toBe(`${y}-${m}-${d}`);
    }
  });

  it('plants children on a plan while looked after, and trust children missing from its census', () => {
    const { protectedInCare, missingFromTrust } = records.cin.census;
    const onPlan = new Set(rowsOf(council, 'ChildProtectionPlans').map((row) => row['LAchildID']));
    expect(protectedInCare.every((id) => onPlan.has(id))).toBe(true);
    const inTrust = new Set(rowsOf(trust, 'Children').map((row) => row['LAchildID']));
    const inCouncil = new Set(rowsOf(council, 'Children').map((row) => row['LAchildID']));
    expect(missingFromTrust.every((id) => inCouncil.has(id) && !inTrust.has(id))).toBe(true);
  });
});
