import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf, type TableRows } from './harness';

/** A child born `dob` placed `place` from 01/05/2025. */
function placed(dob: string, place: string): TableRows {
  return {
    Header: [{ CHILD: '1', DOB: dob }],
    Episodes: [{ CHILD: '1', DECOM: '01/05/2025', PLACE: place }],
  };
}

describeRule('371', {
  fails: { tables: placed('02/05/2009', 'K3'), at: { table: 'Episodes', row: 2, column: 'PLACE' } },
  passes: { tables: placed('01/05/2009', 'K3') },
});

describe('DfE rule 371 by year', () => {
  it('asks 16 for semi-independent living (H5) in 2023/24, and does not look at K3', () => {
    expect(findingsOf('371', { year: 2023, tables: placed('02/05/2009', 'H5') })).toHaveLength(1);
    expect(findingsOf('371', { year: 2023, tables: placed('02/05/2009', 'K3') })).toEqual([]);
  });

  it('asks 14 for H5 in 2022/23', () => {
    expect(findingsOf('371', { year: 2022, tables: placed('02/05/2009', 'H5') })).toEqual([]);
    expect(findingsOf('371', { year: 2022, tables: placed('02/05/2011', 'H5') })).toHaveLength(1);
  });
});

describeRule('372', {
  fails: { tables: placed('02/05/2015', 'R5'), at: { table: 'Episodes', row: 2, column: 'PLACE' } },
  passes: { tables: placed('01/05/2015', 'R5') },
});

describeRule('373', {
  fails: { tables: placed('02/05/2021', 'S1'), at: { table: 'Episodes', row: 2, column: 'PLACE' } },
  passes: { tables: placed('01/05/2021', 'S1') },
});

describeRule('374', {
  fails: { tables: placed('02/05/2011', 'P3'), at: { table: 'Episodes', row: 2, column: 'PLACE' } },
  passes: { tables: placed('01/05/2011', 'P3') },
});

/** One episode in `place` from 01/05/2025 to `dec`. */
function stay(place: string, dec: string): TableRows {
  return { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: dec, PLACE: place }] };
}

describeRule('375', {
  fails: { tables: stay('T1', '13/06/2025'), at: { table: 'Episodes', row: 2, column: 'PLACE' } },
  passes: { tables: stay('T1', '12/06/2025') },
});

describe('DfE rules 375, 376 and 379 on an open episode', () => {
  it('measure it to the end of the year', () => {
    expect(findingsOf('375', { tables: stay('T1', '') })).toHaveLength(1);
    expect(
      findingsOf('379', {
        tables: { Episodes: [{ CHILD: '1', DECOM: '25/03/2026', PLACE: 'T4' }] },
      }),
    ).toEqual([]);
  });
});

describeRule('376', {
  fails: { tables: stay('T3', '23/05/2025'), at: { table: 'Episodes', row: 2, column: 'PLACE' } },
  passes: { tables: stay('T3', '22/05/2025') },
});

describeRule('377', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', PLACE: 'T3' },
        { CHILD: '1', DECOM: '01/08/2025', PLACE: 'T3' },
        { CHILD: '1', DECOM: '01/02/2026', PLACE: 'T3' },
      ],
    },
    at: { table: 'Episodes', row: 2, column: 'PLACE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', PLACE: 'T3' },
        { CHILD: '1', DECOM: '01/08/2025', PLACE: 'T3' },
        { CHILD: '1', DECOM: '01/02/2026', PLACE: 'T2' },
      ],
    },
  },
});

describe('DfE rule 377 counts within any 12 months', () => {
  it('does not flag three holiday placements spread over more than a year', () => {
    const found = findingsOf('377', {
      tables: {
        Episodes: [
          { CHILD: '1', DECOM: '01/03/2025', PLACE: 'T3' },
          { CHILD: '1', DECOM: '01/08/2025', PLACE: 'T3' },
          { CHILD: '1', DECOM: '02/03/2026', PLACE: 'T3' },
        ],
      },
    });
    expect(found).toEqual([]);
  });
});

describeRule('378', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', PLACE: 'P1', LS: 'V2' }] },
    at: { table: 'Episodes', row: 2, column: 'PLACE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', LS: 'C2' },
        { CHILD: '2', PLACE: 'R1', LS: 'V2' },
      ],
    },
  },
});

describeRule('379', {
  fails: { tables: stay('T4', '09/05/2025'), at: { table: 'Episodes', row: 2, column: 'PLACE' } },
  passes: { tables: stay('T4', '08/05/2025') },
});

describeRule('380', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', PLACE: 'T1', RNE: 'S' }] },
    at: { table: 'Episodes', row: 2, column: 'RNE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', PLACE: 'T1', RNE: 'P' },
        { CHILD: '2', PLACE: 'T2', RNE: 'B' },
        { CHILD: '3', PLACE: 'R1', RNE: 'S' },
      ],
    },
  },
});

describeRule('381', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', PLACE: 'T2', REC: 'E13' }] },
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', PLACE: 'T2', REC: 'X1' },
        { CHILD: '2', PLACE: 'T2', REC: '' },
        { CHILD: '3', PLACE: 'U1', REC: 'E13' },
      ],
    },
  },
});

describeRule('382', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', LS: 'V3', PLACE: 'T0' }] },
    at: { table: 'Episodes', row: 2, column: 'PLACE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', LS: 'V3', PLACE: 'R1' },
        { CHILD: '2', LS: 'C2', PLACE: 'T0' },
      ],
    },
  },
});

/** Foster care, a holiday placement, then back with `back` in place of the returning episode's fields. */
function holiday(back: Record<string, string>): TableRows {
  return {
    Episodes: [
      { CHILD: '1', DECOM: '01/05/2025', RNE: 'S', PLACE: 'U3', PL_POST: 'AB1 2' },
      { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', PLACE: 'T3', PL_POST: 'CD3 4' },
      { CHILD: '1', DECOM: '15/06/2025', RNE: 'P', PLACE: 'U3', PL_POST: 'AB1 2', ...back },
    ],
  };
}

describeRule('383', {
  fails: {
    tables: holiday({ PL_POST: 'EF5 6' }),
    at: { table: 'Episodes', row: 4, column: 'PL_POST' },
  },
  passes: { tables: holiday({}) },
});

describe('DfE rule 383 before 2025/26', () => {
  it('does not compare postcodes', () => {
    expect(findingsOf('383', { year: 2024, tables: holiday({ PL_POST: 'EF5 6' }) })).toEqual([]);
  });

  it('flags the temporary episode when the child does not go back', () => {
    const found = findingsOf('383', { year: 2024, tables: holiday({ PLACE: 'U4' }) });
    expect(found).toEqual([expect.objectContaining({ row: 3, column: 'PLACE' })]);
  });
});

describeRule('384', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', LS: 'V4', PLACE: 'U4' }] },
    at: { table: 'Episodes', row: 2, column: 'PLACE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', LS: 'V4', PLACE: 'U3' },
        { CHILD: '2', LS: 'C2', PLACE: 'U1' },
      ],
    },
  },
});
