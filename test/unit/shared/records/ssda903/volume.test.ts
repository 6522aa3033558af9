import { describe, expect, it } from 'vitest';
import { countBySeverity, type RecordProblem } from '../../../../../shared/records/problem';
import { import903 } from '../../../../../shared/records/ssda903';
import { generate903 } from '../../../../support/ssda903-generate';

describe('import903 on a generated 100,000-episode return', () => {
  const generated = generate903(100_000);
  const encoder = new TextEncoder();
  const imported = import903([
    { name: 'header.csv', bytes: encoder.encode(generated.header) },
    { name: 'episodes.csv', bytes: encoder.encode(generated.episodes) },
  ]);
  const [header, episodes] = imported.results;

  it('keeps every row', () => {
    expect(header?.kind === 'ssda903-csv' ? header.rows.length : 0).toBe(generated.children);
    expect(episodes?.kind === 'ssda903-csv' ? episodes.rows.length : 0).toBe(100_000);
  });

  // The generator makes rows that are well-formed for the readers' own checks; it does not try
  // to satisfy every DfE rule (MOTHER, for one, is left blank), so those findings are set aside.
  const own = (problems: readonly RecordProblem[] | undefined): RecordProblem[] =>
    (problems ?? []).filter((problem) => problem.dfeCode === undefined);

  it('finds exactly the DEC-before-DECOM episodes the generator broke, and nothing else', () => {
    expect(imported.year).toEqual({ start: '2023-04-01', end: '2024-03-31' });
    expect(own(header?.problems)).toEqual([]);
    expect(countBySeverity(own(episodes?.problems))).toEqual({
      error: generated.broken,
      warning: 0,
      info: 0,
    });
    expect(new Set(own(episodes?.problems).map((problem) => problem.rule))).toEqual(
      new Set(generated.broken > 0 ? ['903.Episodes.DEC.before-DECOM'] : []),
    );
    expect(generated.broken).toBeGreaterThan(50);
  });
});
