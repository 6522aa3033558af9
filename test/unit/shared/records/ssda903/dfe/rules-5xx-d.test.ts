import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('551', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', PLACE: 'A4' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '' }],
    },
    at: { table: 'Episodes', row: 2, column: 'PLACE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', PLACE: 'A4' },
        { CHILD: '2', DECOM: '01/05/2025', PLACE: 'U1' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/03/2025' }],
    },
  },
});

describeRule('552', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', PLACE: 'A3' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/05/2025' }],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '02/05/2025', REC: 'X1', PLACE: 'U1' },
        { CHILD: '1', DECOM: '02/05/2025', PLACE: 'A3' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/05/2025' }],
    },
  },
});

describeRule('553', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', LS: 'E1' }],
      PlacedAdoption: [{ CHILD: '2', DATE_PLACED: '01/03/2025' }],
    },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', LS: 'E1' },
        { CHILD: '2', DECOM: '01/05/2025', LS: 'C2' },
      ],
      PlacedAdoption: [
        {
          CHILD: '1',
          DATE_PLACED: '01/01/2024',
          DATE_PLACED_CEASED: '01/02/2024',
          REASON_PLACED_CEASED: 'RD1',
        },
        { CHILD: '1', DATE_PLACED: '01/03/2025' },
      ],
    },
  },
});

describe('DfE rule 553 while a placement order is in force', () => {
  it('flags the current decision when it has ceased', () => {
    const found = findingsOf('553', {
      tables: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2025', LS: 'E1' }],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/03/2025', REASON_PLACED_CEASED: 'RD1' }],
      },
    });
    expect(found).toEqual([
      expect.objectContaining({ sheet: 'PlacedAdoption', row: 2, column: 'REASON_PLACED_CEASED' }),
    ]);
  });
});

describeRule('554', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', LS: 'E1' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/05/2025' }],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '02/05/2025', REC: 'X1', LS: 'C2' },
        { CHILD: '1', DECOM: '02/05/2025', LS: 'E1' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/05/2025' }],
    },
  },
});

describeRule('557', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/08/2025', REC: 'E13', LS: 'E1', PLACE: 'A3' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: '01/08/2025' }],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED_CEASED' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/08/2025', REC: 'E13', LS: 'E1', PLACE: 'A3' },
        { CHILD: '2', DECOM: '01/05/2025', DEC: '01/08/2025', REC: 'E11', LS: 'E1', PLACE: 'A3' },
      ],
      PlacedAdoption: [
        {
          CHILD: '1',
          DATE_PLACED: '01/03/2025',
          DATE_PLACED_CEASED: '01/08/2025',
          REASON_PLACED_CEASED: 'RD1',
        },
        { CHILD: '2', DATE_PLACED: '01/03/2025' },
      ],
    },
  },
});

/** How many findings 557 makes of a child leaving care from a freeing order (D1), in a year. */
function freed(year: number): number {
  return findingsOf('557', {
    year,
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2023', DEC: '01/08/2023', REC: 'E13', LS: 'D1', PLACE: 'U1' },
      ],
    },
  }).length;
}

describe('DfE rule 557 by year', () => {
  it('counts a freeing order (D1) up to 2023/24 only', () => {
    expect(freed(2023)).toBe(1);
    expect(freed(2024)).toBe(0);
  });

  it('flags the episode when the child has no decision recorded at all', () => {
    const found = findingsOf('557', {
      tables: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/08/2025', REC: 'E4A', PLACE: 'A5' }],
      },
    });
    expect(found).toEqual([expect.objectContaining({ sheet: 'Episodes', row: 2, column: 'REC' })]);
  });
});

describeRule('558', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/08/2025', REC: 'E12', PLACE: 'A3' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: '01/08/2025' }],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED_CEASED' },
  },
  passes: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/08/2025', REC: 'E12', PLACE: 'A3' }],
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/01/2024', DATE_PLACED_CEASED: '01/02/2024' },
        { CHILD: '1', DATE_PLACED: '01/03/2025' },
      ],
    },
  },
});
