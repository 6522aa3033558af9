import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf, type TableRows } from './harness';

describeRule('407', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/06/2007' }],
      Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '01/06/2025', REC: 'E45' }],
    },
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/06/2007' }],
      Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '31/05/2025', REC: 'E48' }],
    },
  },
});

describeRule('408', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', PLACE: 'A5', LS: 'C2' }] },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', PLACE: 'A5', LS: 'E1' },
        { CHILD: '2', PLACE: 'A4', LS: 'C2' },
      ],
    },
  },
});

describeRule('426', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', LS: 'V3' },
        { CHILD: '1', LS: 'V4' },
      ],
    },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', LS: 'V3' },
        { CHILD: '1', LS: 'V3' },
        { CHILD: '2', LS: 'V4' },
      ],
    },
  },
});

/** An episode ended 01/06/2025 with `rec`, then one with `next`'s fields. */
function twoEpisodes(rec: string, next: Record<string, string>): TableRows {
  return {
    Episodes: [
      { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: rec, RNE: 'S' },
      { CHILD: '1', DECOM: '01/06/2025', ...next },
    ],
  };
}

describeRule('431', {
  fails: {
    tables: twoEpisodes('E13', { RNE: 'S' }),
    at: { table: 'Episodes', row: 3, column: 'RNE' },
  },
  passes: { tables: twoEpisodes('E13', { DECOM: '02/06/2025', RNE: 'S' }) },
});

describeRule('432', {
  fails: {
    tables: twoEpisodes('E13', { DECOM: '10/06/2025', RNE: 'P' }),
    at: { table: 'Episodes', row: 3, column: 'RNE' },
  },
  passes: { tables: twoEpisodes('E13', { DECOM: '10/06/2025', RNE: 'S' }) },
});

describe('DfE rule 432 after X1', () => {
  it('lets a continuation follow a new episode beginning', () => {
    expect(findingsOf('432', { tables: twoEpisodes('X1', { RNE: 'P' }) })).toEqual([]);
  });
});

describeRule('433', {
  fails: {
    tables: twoEpisodes('X1', { DECOM: '02/06/2025', RNE: 'P' }),
    at: { table: 'Episodes', row: 3, column: 'RNE' },
  },
  passes: { tables: twoEpisodes('X1', { RNE: 'P' }) },
});

describe('DfE rule 433 with an open previous episode', () => {
  it('flags a continuation after an episode with no end', () => {
    const found = findingsOf('433', {
      tables: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2025', RNE: 'S' },
          { CHILD: '1', DECOM: '01/06/2025', RNE: 'L' },
        ],
      },
    });
    expect(found).toHaveLength(1);
  });
});

/** Where the child is placed before the change. */
const placement = {
  LS: 'C2',
  PLACE: 'U3',
  PL_POST: 'AB1 2',
  URN: 'SC123456',
  PLACE_PROVIDER: 'PR1',
};

/** A placement, then a new episode for reason `rne` with `changes`. */
function change(rne: string, changes: Record<string, string>): TableRows {
  return {
    Episodes: [
      { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', RNE: 'S', REC: 'X1', ...placement },
      { CHILD: '1', DECOM: '01/06/2025', RNE: rne, ...placement, ...changes },
    ],
  };
}

describeRule('434', {
  fails: {
    tables: change('L', { URN: 'SC654321', LS: 'E1' }),
    at: { table: 'Episodes', row: 3, column: 'RNE' },
  },
  passes: { tables: change('L', { LS: 'E1' }) },
});

describe('DfE rule 434 names what contradicts the reason', () => {
  it('flags an unchanged legal status', () => {
    expect(findingsOf('434', { tables: change('L', {}) })).toHaveLength(1);
  });
});

describeRule('435', {
  fails: {
    tables: change('P', { LS: 'E1', PLACE: 'U4' }),
    at: { table: 'Episodes', row: 3, column: 'RNE' },
  },
  passes: { tables: change('T', { PL_POST: 'CD3 4' }) },
});

describe('DfE rule 435 with no change of placement', () => {
  it('flags a placement change where nothing about the placement changed', () => {
    expect(findingsOf('435', { tables: change('P', {}) })).toHaveLength(1);
  });
});

describeRule('436', {
  fails: { tables: change('B', { LS: 'E1' }), at: { table: 'Episodes', row: 3, column: 'RNE' } },
  passes: { tables: change('U', { LS: 'E1', PLACE_PROVIDER: 'PR2' }) },
});

describeRule('437', {
  fails: {
    tables: twoEpisodes('E15', { RNE: 'S' }),
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E2', RNE: 'S' },
        { CHILD: '2', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E13', RNE: 'S' },
        { CHILD: '2', DECOM: '01/07/2025', RNE: 'S' },
      ],
    },
  },
});
