import { describe, expect, it } from 'vitest';
import { buildComparators } from '../../../../shared/comparators/build';
import { bundledComparators } from '../../../../shared/comparators/bundled';
import { councilComparators } from '../../../../shared/comparators/compare';

const HEAD =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,CPP_start,CPP_subsequent,CPP_subsequent_percent';

/** A hand-made release of the CPP file: England, one region and one LA, for `year`. */
function cppRelease(year: number, laPercent: string): string {
  return [
    HEAD,
    `${year},Reporting year,National,E92000001,England,,,,,,Child Protection Plans which are a second or subsequent plan,60000,15000,25`,
    `${year},Reporting year,Regional,E92000001,England,E12000001,North East,,,,Child Protection Plans which are a second or subsequent plan,4000,1200,30`,
    `${year},Reporting year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,Child Protection Plans which are a second or subsequent plan,200,40,${laPercent}`,
    '',
  ].join('\n');
}
const CPP = 'd3_cpps_subsequent_plan_2013_to_2026.csv';

describe('building the comparators from DfE files', () => {
  it('a newer release replaces that file’s figures and keeps the rest', () => {
    const base = bundledComparators();
    const result = buildComparators([{ name: CPP, text: cppRelease(2026, 'c') }], base);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    const cpp = result.dataset.measures.find((m) => m.id === 'cpp-second-or-later');
    expect(cpp?.years).toEqual([2026]);
    expect(cpp?.values['841']).toEqual(['c']);
    expect(cpp?.values['E92000001']).toEqual([25]);
    expect(result.dataset.sources.find((s) => s.file === CPP)?.years).toEqual([2026, 2026]);
    expect(
      result.dataset.sources.some((s) => s.file.startsWith('d3_cpps_subsequent_plan_2013_to_2025')),
    ).toBe(false);
    expect(result.dataset.measures.find((m) => m.id === 'cla-rate')).toEqual(
      base.measures.find((m) => m.id === 'cla-rate'),
    );
    expect(result.dataset.version).not.toBe(base.version);
    const shown = councilComparators(result.dataset, '841', '?').measures.find(
      (m) => m.id === 'cpp-second-or-later',
    );
    expect(shown?.la).toMatchObject({ value: null, symbol: 'c' });
    expect(shown?.region.value).toBe(30);
  });

  it('refuses a year already loaded, naming the file and the column', () => {
    const result = buildComparators(
      [{ name: CPP, text: cppRelease(2025, '20') }],
      bundledComparators(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ file: CPP, column: 'time_period' }),
    ]);
    expect(result.problems[0]?.message).toContain('2025 is already loaded');
  });

  it('refuses a file with a column missing, naming the file and the column', () => {
    const text = cppRelease(2026, '20').replace(',CPP_subsequent_percent', ',CPP_later_percent');
    const result = buildComparators([{ name: CPP, text }], bundledComparators());
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ file: CPP, column: 'CPP_subsequent_percent' }),
    ]);
  });

  it('refuses a different layout: rows that are not a year, or not a DfE geographic level', () => {
    const notYear = cppRelease(2026, '20').replace(
      '2026,Reporting year,Regional',
      '2025/26,Reporting year,Regional',
    );
    const byYear = buildComparators([{ name: CPP, text: notYear }], bundledComparators());
    expect(byYear.ok ? [] : byYear.problems).toEqual([
      expect.objectContaining({ file: CPP, column: 'time_period' }),
    ]);
    const district = cppRelease(2026, '20').replace(',Regional,', ',Local authority district,');
    const byLevel = buildComparators([{ name: CPP, text: district }], bundledComparators());
    expect(byLevel.ok ? [] : byLevel.problems).toEqual([
      expect.objectContaining({ file: CPP, column: 'geographic_level' }),
    ]);
  });

  it('refuses a file it does not know, and a full build with a file missing', () => {
    const unknown = buildComparators(
      [{ name: 'ks4_results.csv', text: HEAD }],
      bundledComparators(),
    );
    expect(unknown.ok ? [] : unknown.problems[0]?.message).toContain('ks4_results.csv');
    const partial = buildComparators([{ name: CPP, text: cppRelease(2026, '20') }]);
    expect(partial.ok ? [] : partial.problems.map((p) => p.file)).toContain(
      'sn_model_2025_wide.csv',
    );
  });

  it('gives an LA the 2025 model lacks its April 2021 neighbours (Cumbria, 909)', () => {
    const dataset = bundledComparators();
    expect(dataset.neighbours['909']?.model).toBe('2021');
    expect(dataset.neighbours['909']?.codes).toHaveLength(10);
    expect(dataset.neighbours['942']?.model).toBe('2025');
    expect(Object.keys(dataset.neighbours)).toHaveLength(158);
  });
});
