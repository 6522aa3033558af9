/**
 * The generated censuses (the speed tests' and the demo's children in need)
 * are clean: each year's census, as drawn, breaks no schema check and no
 * DfE rule, and its indicators land where the generator aims them.
 */
import { describe, expect, it } from 'vitest';
import { importCin } from '../../../../../shared/records/cin/import';
import { computeIndicators, recordRows } from '../../../../../shared/records/indicators';
import { generateCinXml } from '../../../../support/cin-generate';

describe('a generated census', () => {
  it.each([2023, 2024, 2025, 2026])('for %i imports with no problem', (census) => {
    const result = importCin('generated.xml', generateCinXml(600, census, 7));
    expect(result.problems.map((problem) => `${problem.rule}: ${problem.message}`)).toEqual([]);
    expect(result.tables.Children).toHaveLength(600);
  });

  it('has indicators shaped like a council’s: most assessments and conferences on time', () => {
    const result = importCin('generated.xml', generateCinXml(2_000, 2026, 9));
    const tables = Object.fromEntries(
      Object.entries(result.tables).map(([name, rows]) => [name, recordRows(rows)]),
    );
    const report = computeIndicators([
      { kind: 'council', id: 'council', name: 'Council', tables: {}, censuses: [tables] },
    ]);
    const value = (id: string) =>
      report.indicators.find((entry) => entry.id === id && entry.scope === 'council')?.value ?? -1;
    expect(value('cin-assessments-45-days')).toBeGreaterThan(70);
    expect(value('cin-icpc-15-days')).toBeGreaterThan(60);
    expect(value('cin-rereferrals-12-months')).toBeGreaterThan(5);
    expect(value('cin-rereferrals-12-months')).toBeLessThan(35);
    expect(value('cin-referrals')).toBeGreaterThan(2_000);
  });
});
