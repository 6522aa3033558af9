import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS_PER_RULE } from '../../../../shared/limits';
import { countBySeverity } from '../../../../shared/records/problem';
import { import903, read903Csv } from '../../../../shared/records/ssda903';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';

describe('problems are capped per rule and file, with one summary', () => {
  it('lists the first of a rule one by one, then says how many more, and still marks every row', () => {
    const rows = 2500;
    const result = read903Csv('header.csv', `${HEADER}\n${'x\n'.repeat(rows)}`);
    const fieldCount = result.problems.filter((problem) => problem.rule === '903.read.field-count');
    expect(fieldCount).toHaveLength(MAX_PROBLEMS_PER_RULE + 1);
    const summary = fieldCount.at(-1);
    expect(summary?.row).toBeUndefined();
    expect(summary?.message).toMatch(
      /^1,500 more like this \(903\.read\.field-count\) in header\.csv/,
    );
    expect(summary?.count).toBe(rows - MAX_PROBLEMS_PER_RULE);
    // The counts by severity still count every problem, listed or summarised.
    expect(countBySeverity(fieldCount).error).toBe(rows);
    expect(result.rows).toHaveLength(rows);
    for (const row of result.rows) {
      const rules = row.problems.map((index) => result.problems[index]?.rule);
      expect(rules).toContain('903.read.field-count');
    }
  });

  it('caps the cross-table findings too (every episode of a child not in the Header)', () => {
    const episodes =
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
      Array.from({ length: 1500 }, (_, k) => `${k},01/05/2023,S,C2,N1,U1,PR1,,,,,,`).join('\n');
    const imported = import903([
      { name: 'header.csv', bytes: `${HEADER}\n1,1,01/01/2010,WBRI,A123456789012,,\n` },
      { name: 'episodes.csv', bytes: episodes },
    ]);
    const result = imported.results.find((read) => read.file === 'episodes.csv');
    const byRule = new Map<string, number>();
    for (const problem of result?.problems ?? []) {
      byRule.set(problem.rule, (byRule.get(problem.rule) ?? 0) + 1);
    }
    expect(Math.max(...byRule.values())).toBeLessThanOrEqual(MAX_PROBLEMS_PER_RULE + 1);
    expect(
      result?.problems.some((problem) => problem.message.startsWith('500 more like this')),
    ).toBe(true);
  });
});
