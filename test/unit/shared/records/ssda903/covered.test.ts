import { describe, expect, it, vi } from 'vitest';
import type { DfeRule } from '../../../../../shared/records/ssda903/dfe/rule';
import { import903, type CollectionYear } from '../../../../../shared/records/ssda903';

/**
 * A made-up rule under a real code whose ruleset years are 2022/23 and
 * 2023/24 only (catalogue.ts: 370), declaring that it checks the PLACE code
 * itself. The registry is replaced so the test does not depend on which real
 * rules other work has added.
 */
vi.mock('../../../../../shared/records/ssda903/dfe/registry', () => {
  const placeRule: DfeRule = {
    code: '370',
    covers: [{ table: 'Episodes', column: 'PLACE', kind: 'code' }],
    check: ({ tables }, flag) => {
      for (const source of tables.Episodes ?? []) {
        for (const row of source.rows) if (row.values.PLACE === 'XX') flag(source, row, 'PLACE');
      }
    },
  };
  return { DFE_RULES: [placeRule] };
});

const year = (start: number): CollectionYear => ({
  start: `${start}-04-01`,
  end: `${start + 1}-03-31`,
});

const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
  '1,01/05/2023,S,C2,N1,XX,PR1,,,,,,\n';

function placeProblems(given: CollectionYear): string[] {
  const imported = import903([{ name: 'episodes.csv', bytes: EPISODES }], { year: given });
  return imported.results
    .flatMap((result) => result.problems)
    .filter((problem) => problem.column === 'PLACE')
    .map((problem) => problem.rule);
}

describe('cell checks a DfE rule covers', () => {
  it('are left to the rule while it is in force (2023/24): one problem, with its DfE code', () => {
    expect(placeProblems(year(2023))).toEqual(['903.dfe.370']);
  });

  it('are reported by the reader when the rule is not in force (2024/25)', () => {
    expect(placeProblems(year(2024))).toEqual(['903.Episodes.PLACE.code']);
  });
});
