import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('501', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '10/05/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '09/05/2025' },
      ],
    },
    at: { table: 'Episodes', row: 3, column: 'DECOM' },
  },
  passes: {
    tables: {
      Episodes: [
        // Out of file order, but each starts the day the previous ends.
        { CHILD: '1', DECOM: '10/05/2025' },
        { CHILD: '1', DECOM: '01/05/2025', DEC: '10/05/2025', REC: 'X1' },
        { CHILD: '2', DECOM: '09/05/2025' },
      ],
    },
  },
});

describeRule('502', {
  fails: {
    previous: { Episodes: [{ CHILD: '1', DECOM: '01/02/2025' }] },
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '02/02/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2025' },
      ],
    },
    at: { table: 'Episodes', row: 2, column: 'DECOM' },
  },
  passes: {
    previous: {
      Episodes: [
        { CHILD: '1', DECOM: '01/02/2025' },
        { CHILD: '2', DECOM: '01/01/2025', DEC: '01/02/2025', REC: 'E11' },
      ],
    },
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025' },
        { CHILD: '1', DECOM: '01/02/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '2', DECOM: '05/05/2025' },
      ],
    },
  },
});

describe('DfE rule 502 without last year', () => {
  it('finds nothing when last year is not imported', () => {
    expect(
      findingsOf('502', { tables: { Episodes: [{ CHILD: '1', DECOM: '02/02/2025' }] } }),
    ).toEqual([]);
  });
});

/** The 503 cases: last year's open episode and this year's first, differing only in `column`. */
function carriedOver(
  column: string,
  last: string,
  now: string,
): Parameters<typeof describeRule>[1] {
  return {
    fails: {
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2024', DEC: '01/02/2025', REC: 'X1', [column]: now },
          { CHILD: '1', DECOM: '01/02/2025', [column]: last },
        ],
      },
      tables: {
        Episodes: [
          { CHILD: '1', DECOM: '01/06/2025', [column]: last },
          { CHILD: '1', DECOM: '01/02/2025', DEC: '01/06/2025', REC: 'X1', [column]: now },
        ],
      },
      at: { table: 'Episodes', row: 3, column },
    },
    passes: {
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/02/2025', [column]: last },
          // Last year's latest episode ended: nothing is carried over.
          { CHILD: '2', DECOM: '01/02/2025', DEC: '01/03/2025', REC: 'E11', [column]: last },
        ],
      },
      tables: {
        Episodes: [
          { CHILD: '1', DECOM: '01/02/2025', DEC: '01/06/2025', REC: 'X1', [column]: last },
          { CHILD: '1', DECOM: '01/06/2025', [column]: now },
          { CHILD: '2', DECOM: '01/05/2025', [column]: now },
        ],
      },
    },
  };
}

describeRule('503A', carriedOver('RNE', 'S', 'L'));
describeRule('503B', carriedOver('LS', 'C2', 'E1'));
describeRule('503C', carriedOver('CIN', 'N1', 'N2'));
describeRule('503D', carriedOver('PLACE', 'U1', 'U3'));
describeRule('503E', carriedOver('PLACE_PROVIDER', 'PR1', 'PR4'));
describeRule('503F', carriedOver('URN', 'SC123456', 'SC654321'));

/** How many findings 503D makes of a placement `last` left open last year and `now` this year. */
function carried(last: string, now: string, year: number): number {
  return findingsOf('503D', {
    year,
    previous: { Episodes: [{ CHILD: '1', DECOM: '01/02/2024', PLACE: last }] },
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/02/2024', PLACE: now }] },
  }).length;
}

describe('DfE rule 503D across a change of placement codes', () => {
  it('accepts H5 carried over as K3 in 2024/25 only', () => {
    expect(carried('H5', 'K3', 2024)).toBe(0);
    expect(carried('H5', 'K2', 2024)).toBe(1);
    expect(carried('H5', 'K3', 2025)).toBe(1);
  });

  it('accepts Z1 carried over as Z11–Z14 in 2025/26 only', () => {
    expect(carried('Z1', 'Z12', 2025)).toBe(0);
    expect(carried('Z1', 'Z12', 2026)).toBe(1);
    expect(carried('Z1', 'Z12', 2024)).toBe(1);
  });
});

describeRule('504', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'X1', CIN: 'N1' },
        { CHILD: '1', DECOM: '01/06/2025', CIN: 'N2' },
      ],
    },
    at: { table: 'Episodes', row: 3, column: 'CIN' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'X1', CIN: 'N1' },
        { CHILD: '1', DECOM: '01/06/2025', DEC: '01/07/2025', REC: 'E11', CIN: 'N1' },
        // A new period of care may have another category of need.
        { CHILD: '1', DECOM: '01/09/2025', CIN: 'N2' },
      ],
    },
  },
});
