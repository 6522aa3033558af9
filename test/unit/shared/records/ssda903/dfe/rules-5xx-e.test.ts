import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('559', {
  fails: {
    previous: { PlacedAdoption: [{ CHILD: '2', DATE_PLACED: '01/03/2025' }] },
    tables: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '31/03/2025' }] },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    previous: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '31/03/2025' }] },
    tables: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '31/03/2025' },
        { CHILD: '2', DATE_PLACED: '01/04/2025' },
      ],
    },
  },
});

describeRule('560', {
  fails: {
    previous: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/03/2025' }] },
    tables: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/03/2025' }] },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    previous: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/03/2025' },
        { CHILD: '2', DATE_PLACED: '01/03/2024', DATE_PLACED_CEASED: '01/03/2025' },
      ],
    },
    tables: {
      PlacedAdoption: [
        {
          CHILD: '1',
          DATE_PLACED: '01/03/2025',
          DATE_PLACED_CEASED: '01/06/2025',
          REASON_PLACED_CEASED: 'RD1',
        },
        { CHILD: '1', DATE_PLACED: '01/09/2025' },
        { CHILD: '2', DATE_PLACED: '01/09/2025' },
      ],
    },
  },
});

describeRule('561', {
  fails: {
    previous: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/03/2024', REASON_PLACED_CEASED: 'RD1' }],
    },
    tables: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/03/2024' }] },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    previous: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/03/2024', REASON_PLACED_CEASED: 'RD1' },
        { CHILD: '2', DATE_PLACED: '01/03/2024' },
      ],
    },
    tables: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/06/2025' },
        { CHILD: '2', DATE_PLACED: '01/03/2024' },
      ],
    },
  },
});

describeRule('562', {
  fails: {
    previous: { Episodes: [{ CHILD: '1', DECOM: '01/01/2025' }] },
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/02/2025' }] },
    at: { table: 'Episodes', row: 2, column: 'DECOM' },
  },
  passes: {
    previous: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2024', DEC: '01/02/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/02/2025' },
      ],
    },
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/02/2025', DEC: '01/05/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/05/2025' },
        // New to care this year: nothing to carry over.
        { CHILD: '2', DECOM: '01/04/2025' },
      ],
    },
  },
});

describe('DfE rule 562 and children new to last year', () => {
  it('flags a child who started before 1 April but is missing from last year', () => {
    const found = findingsOf('562', {
      previous: { Episodes: [] },
      tables: { Episodes: [{ CHILD: '1', DECOM: '31/03/2025' }] },
    });
    expect(found).toHaveLength(1);
  });
});

describeRule('563', {
  fails: {
    tables: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '01/06/2025' }] },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    tables: {
      PlacedAdoption: [
        {
          CHILD: '1',
          DATE_PLACED: '01/05/2025',
          DATE_PLACED_CEASED: '01/06/2025',
          REASON_PLACED_CEASED: 'RD1',
        },
        { CHILD: '2' },
      ],
    },
  },
});

describeRule('579', {
  fails: {
    tables: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/07/2025' },
        { CHILD: '1', DATE_PLACED: '30/06/2025' },
      ],
    },
    at: { table: 'PlacedAdoption', row: 3, column: 'DATE_PLACED' },
  },
  passes: {
    tables: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/07/2025' },
        { CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/07/2025' },
      ],
    },
  },
});

describeRule('582', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/09/2025', REC: 'E11', PLACE: 'A3' }],
      AD1: [{ CHILD: '1', DATE_MATCH: '01/09/2025' }],
    },
    at: { table: 'Episodes', row: 2, column: 'DEC' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/09/2025', REC: 'E11', PLACE: 'A3' },
        { CHILD: '2', DECOM: '01/05/2025', DEC: '01/09/2025', REC: 'X1', PLACE: 'A3' },
      ],
      AD1: [
        { CHILD: '1', DATE_MATCH: '01/06/2025' },
        { CHILD: '2', DATE_MATCH: '01/09/2025' },
      ],
    },
  },
});

describeRule('583', {
  fails: {
    tables: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/05/2025' },
        { CHILD: '1', DATE_PLACED: '01/09/2025' },
      ],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED_CEASED' },
  },
  passes: {
    tables: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/09/2025' },
        { CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/07/2025' },
        { CHILD: '2', DATE_PLACED: '01/05/2025' },
      ],
    },
  },
});

describeRule('584', {
  fails: {
    previous: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/03/2024', DATE_PLACED_CEASED: '01/02/2025' }],
    },
    tables: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/02/2024' }] },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    previous: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/03/2024', DATE_PLACED_CEASED: '01/02/2025' },
        { CHILD: '2', DATE_PLACED: '01/03/2024' },
      ],
    },
    tables: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '02/03/2024' },
        { CHILD: '2', DATE_PLACED: '01/02/2024' },
      ],
    },
  },
});
