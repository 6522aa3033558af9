import { describe, expect, it } from 'vitest';
import { TABLE_COLUMNS, TABLE_NAMES, USUAL_FILE_NAME } from '../../../../shared/records/ssda903';
import { readRecordFiles } from '../../../../shared/records/read-files';
import { readXlsx } from '../../../../shared/records/xlsx';
import { generateDemoRecords } from '../../../../shared/demo';
import { GROUPS, groupsOf, readBack } from './read-back';

describe('generateDemoRecords: the files', () => {
  const { records, groups } = readBack();

  it('writes one file per 903 table for the council and each provider, recognised as that table', () => {
    for (const group of ['council', 'trust', 'swp'] as const) {
      const csv = groups[group].filter((file) => file.kind === 'ssda903-csv');
      expect(csv).toHaveLength(11);
      for (const file of csv) {
        const table = TABLE_NAMES.find((name) => file.tables[name] !== undefined);
        expect(table).toBeDefined();
        expect(file.file.endsWith(USUAL_FILE_NAME[table ?? 'DoLo'])).toBe(true);
        expect(file.year).toEqual({ start: '2025-04-01', end: '2026-03-31' });
      }
    }
    expect(groups.trust.filter((file) => file.kind === 'annex-a')).toHaveLength(1);
    expect(groups.inspection.map((file) => file.kind)).toEqual([
      'ofsted-providers',
      'ch-basic-company-data',
      'ch-psc-snapshot',
    ]);
  });

  it('writes the exact 903 columns, LF line ends and a final newline', () => {
    for (const file of records.council) {
      const text = new TextDecoder().decode(file.bytes);
      const tables = groups.council.find((parsed) => parsed.file === file.name)?.tables ?? {};
      const table = TABLE_NAMES.find((name) => tables[name] !== undefined) ?? 'DoLo';
      expect(text.split('\n', 1)[0]).toBe(TABLE_COLUMNS[table].join(','));
      expect(text.endsWith('\n')).toBe(true);
      expect(text.includes('\r')).toBe(false);
    }
  });

  it('writes the provider list in the 2025 layout and Annex A with all eleven lists', () => {
    const [list] = records.inspection;
    const providers = readXlsx(list?.name ?? '', list?.bytes ?? new Uint8Array());
    expect(providers.kind === 'ofsted-providers' && providers.layout).toBe('scp-ch-2025');
    const annex = groups.trust.find((file) => file.kind === 'annex-a');
    expect(Object.keys(annex?.tables ?? {})).toHaveLength(11);
  });

  it('reports exactly the rows it says it wrote', () => {
    for (const parsed of Object.values(groups).flat()) {
      expect(parsed.tableCounts, parsed.file).toEqual(records.rows[parsed.file]);
    }
  });

  it('plants 5 to 10 problems, each a different rule, and the readers report those, what each necessarily raises, and nothing else', () => {
    const rules = new Set(records.planted.map((problem) => problem.rule));
    expect(rules.size).toBeGreaterThanOrEqual(5);
    expect(rules.size).toBeLessThanOrEqual(10);
    const expected = records.planted.flatMap((problem) => [
      `${problem.file} ${problem.rule} ${problem.row}`,
      ...problem.also.map((also) => `${problem.file} ${also.rule} ${also.row}`),
    ]);
    const reported = Object.values(groups)
      .flat()
      .flatMap((parsed) => parsed.problems)
      .filter((problem) => problem.severity !== 'info')
      .map((problem) => `${problem.file} ${problem.rule} ${String(problem.row)}`);
    expect(reported.toSorted()).toEqual(expected.toSorted());
  });

  it('names the DfE rules each planted 903 problem raises besides its own', () => {
    const raised = new Map(
      records.planted
        .filter((problem) => problem.file.startsWith('northmoor-903-'))
        .map((problem) => [problem.rule, problem.also.map((also) => also.rule)]),
    );
    expect(Object.fromEntries(raised)).toEqual({
      '903.dfe.356': ['903.dfe.388', '903.dfe.433'],
      '903.dfe.142': ['903.dfe.433'],
      '903.dfe.INT03': ['903.dfe.SW12STG2', '903.dfe.630'],
      '903.dfe.146': [],
      '903.Episodes.URN.format': [],
      '903.Reviews.REVIEW.after-year': [],
      '903.Episodes.LS.blank': [],
      '903.dfe.INT13': [],
    });
  });

  it('shows each 903 problem in the council return and in the return of the provider holding the child', () => {
    const byRule = new Map<string, string[]>();
    for (const problem of records.planted) {
      if (problem.rule.startsWith('903.')) {
        byRule.set(problem.rule, [...(byRule.get(problem.rule) ?? []), problem.file]);
      }
    }
    for (const [rule, files] of byRule) {
      expect(files, rule).toHaveLength(2);
      expect(
        files.some((file) => file.startsWith('northmoor-903-')),
        rule,
      ).toBe(true);
      expect(
        files.some((file) => /^(nct|harbour-lane)-903-/.test(file)),
        rule,
      ).toBe(true);
    }
  });

  it('gives byte-identical files for the same seed and different ones for another', () => {
    const again = groupsOf(generateDemoRecords());
    const first = groupsOf(records);
    for (const group of GROUPS) {
      first[group].forEach((file, index) => {
        expect(again[group][index]?.name).toBe(file.name);
        expect(
          Buffer.from(again[group][index]?.bytes ?? []).equals(Buffer.from(file.bytes)),
          file.name,
        ).toBe(true);
      });
    }
    const other = generateDemoRecords({ seed: 6 });
    expect(
      Buffer.from(other.council[1]?.bytes ?? []).equals(
        Buffer.from(records.council[1]?.bytes ?? []),
      ),
    ).toBe(false);
  });

  it('takes the collection year as an option', () => {
    const earlier = generateDemoRecords({ year: 2024 });
    expect(earlier.council[0]?.name).toBe('northmoor-903-2024-25-header.csv');
    const [episodes] = readRecordFiles(
      earlier.council.filter((file) => file.name.endsWith('episodes.csv')),
    );
    expect(episodes?.year).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(earlier.providers.trust.at(-1)?.name).toBe('nct-annex-a-2025-03-31.xlsx');
  });
});
