import { describe, expect, it } from 'vitest';
import { import903 } from '../../../../../shared/records/ssda903';
import { generate903 } from '../../../../support/ssda903-generate';

describe('import903 on a generated 100,000-episode 2025/26 return with every table', () => {
  const generated = generate903(100_000);
  const imported = import903(generated.files);
  const rowsOf = (name: string): number => {
    const result = imported.results.find((candidate) => candidate.file === name);
    return result?.kind === 'ssda903-csv' ? result.rows.length : 0;
  };

  it('keeps every row', () => {
    expect(rowsOf('header.csv')).toBe(generated.children);
    expect(rowsOf('episodes.csv')).toBe(100_000);
    for (const table of ['reviews.csv', 'oc2.csv', 'oc3.csv', 'missing.csv', 'sw_episodes.csv']) {
      expect(rowsOf(table), table).toBeGreaterThan(1000);
    }
    for (const table of ['uasc.csv', 'ad1.csv', 'placed_for_adoption.csv']) {
      expect(rowsOf(table), table).toBeGreaterThan(100);
    }
  });

  it('finds exactly the DEC-before-DECOM episodes the generator broke and what each necessarily raises, and nothing else', () => {
    expect(imported.year).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(generated.broken).toBeGreaterThan(50);
    // A broken episode ends before it began (DfE 356, which the reader's own
    // check leaves it to), still says a new episode follows it (X1) when none
    // starts that day (388), and the next episode, a continuation, no longer
    // starts the day it ended (433).
    const expected = generated.brokenRows.flatMap((row) => [
      `episodes.csv ${row} 903.dfe.356`,
      `episodes.csv ${row} 903.dfe.388`,
      `episodes.csv ${row + 1} 903.dfe.433`,
    ]);
    const found = imported.results.flatMap((result) =>
      result.problems.map((problem) => `${result.file} ${String(problem.row)} ${problem.rule}`),
    );
    expect(found.toSorted()).toEqual(expected.toSorted());
    expect(
      imported.results.flatMap((result) => result.problems).every((p) => p.severity === 'error'),
    ).toBe(true);
  });
});
