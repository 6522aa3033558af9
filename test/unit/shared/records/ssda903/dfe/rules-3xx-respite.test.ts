import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('365', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '19/05/2025', LS: 'V3' }] },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '18/05/2025', LS: 'V3' },
        { CHILD: '2', DECOM: '01/05/2025', DEC: '19/05/2025', LS: 'V4' },
      ],
    },
  },
});

describeRule('366', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', LS: 'V3', RNE: 'P' }] },
    at: { table: 'Episodes', row: 2, column: 'RNE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', LS: 'V3', RNE: 'S' },
        { CHILD: '2', LS: 'V4', RNE: 'P' },
      ],
    },
  },
});

/** Five 16-day breaks, the last `lastEnd` instead of 17/09/2025. */
function breaks(lastEnd: string): Record<string, string>[] {
  return ['05', '06', '07', '08', '09'].map((month) => ({
    CHILD: '1',
    DECOM: `01/${month}/2025`,
    DEC: month === '09' ? lastEnd : `17/${month}/2025`,
    LS: 'V3',
  }));
}

describeRule('367', {
  fails: {
    tables: { Episodes: breaks('17/09/2025') },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: { tables: { Episodes: breaks('12/09/2025') } },
});

describe('DfE rule 367 counts days within the collection year', () => {
  it('counts a break that began before 1 April from 1 April', () => {
    const found = findingsOf('367', {
      tables: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '15/06/2025', LS: 'V3' }],
      },
    });
    expect(found).toEqual([]);
  });
});
