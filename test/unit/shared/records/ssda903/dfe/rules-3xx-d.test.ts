import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf, type TableRows } from './harness';

describeRule('385', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/04/2026' }] },
    at: { table: 'Episodes', row: 2, column: 'DEC' },
  },
  passes: { tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '31/03/2026' }] } },
});

/** A child born `dob` whose episode ended `dec` for reason `rec`. */
function ended(dob: string, dec: string, rec: string): TableRows {
  return {
    Header: [{ CHILD: '1', DOB: dob }],
    Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: dec, REC: rec }],
  };
}

describeRule('386', {
  fails: {
    tables: ended('01/06/2007', '01/06/2025', 'E11'),
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: { tables: ended('01/06/2007', '31/05/2025', 'E12') },
});

describeRule('387', {
  fails: {
    tables: ended('02/06/2011', '01/06/2025', 'E5'),
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: { tables: ended('01/06/2011', '01/06/2025', 'E6') },
});

describeRule('388', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '02/06/2025', RNE: 'P' },
      ],
    },
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P' },
      ],
    },
  },
});

describe('DfE rule 388, the other cases', () => {
  it('flags X1 on the last episode', () => {
    const found = findingsOf('388', {
      tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'X1' }] },
    });
    expect(found).toHaveLength(1);
  });

  it('flags another reason when the next episode starts the day this one ended', () => {
    const found = findingsOf('388', {
      tables: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E13' },
          { CHILD: '1', DECOM: '01/06/2025', RNE: 'S' },
        ],
      },
    });
    expect(found).toEqual([expect.objectContaining({ row: 2, column: 'REC' })]);
  });
});

describeRule('389', {
  fails: {
    tables: ended('02/06/2009', '01/06/2025', 'E7'),
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: { tables: ended('01/06/2009', '01/06/2025', 'E7') },
});

describeRule('390', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', PLACE: 'U1', REC: 'E11' }] },
    at: { table: 'Episodes', row: 2, column: 'PLACE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', PLACE: 'A4', REC: 'E11' },
        { CHILD: '2', PLACE: 'U1', REC: 'E13' },
      ],
    },
  },
});

describeRule('391', {
  fails: {
    tables: { OC3: [{ CHILD: '1', DOB: '01/04/2009', IN_TOUCH: 'YES' }] },
    at: { table: 'OC3', row: 2, column: 'DOB' },
  },
  passes: {
    tables: {
      OC3: [
        { CHILD: '1', DOB: '31/03/2009', IN_TOUCH: 'YES' },
        { CHILD: '2', DOB: '01/04/2009' },
      ],
    },
  },
});

/** Rule 391's findings for a care leaver born `dob`. */
function careLeaver(dob: string) {
  return findingsOf('391', { tables: { OC3: [{ CHILD: '1', DOB: dob, IN_TOUCH: 'YES' }] } });
}

describe('DfE rule 391 at the older end', () => {
  it('flags a young person already 22 on 1 April, not one who turns 22 in the year', () => {
    expect(careLeaver('01/04/2003')).toHaveLength(1);
    expect(careLeaver('02/04/2003')).toEqual([]);
  });
});

describeRule('392b', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', LS: 'C2', HOME_POST: 'AB1 2', PL_POST: '' }] },
    at: { table: 'Episodes', row: 2, column: 'PL_POST' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', LS: 'C2', HOME_POST: 'AB1 2', PL_POST: 'CD3 4' },
        { CHILD: '2', LS: 'V3', HOME_POST: '', PL_POST: '' },
        { CHILD: '3', LS: 'C2', HOME_POST: '', PL_POST: '' },
      ],
      UASC: [{ CHILD: '3', DUC: '01/01/2026' }],
    },
  },
});

describe('DfE rule 392b and former UASC', () => {
  it("takes last year's UASC status into account", () => {
    const episodes = { Episodes: [{ CHILD: '1', LS: 'C2', HOME_POST: '', PL_POST: '' }] };
    expect(findingsOf('392b', { tables: episodes })).toHaveLength(1);
    expect(
      findingsOf('392b', { tables: episodes, previous: { Header: [{ CHILD: '1', UASC: '1' }] } }),
    ).toEqual([]);
  });
});

describeRule('392d', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', PLACE: 'U1', HOME_POST: 'AB1 2', PL_POST: 'ab12' }] },
    at: { table: 'Episodes', row: 2, column: 'PL_POST' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', HOME_POST: 'AB1 2', PL_POST: 'AB1 2' },
        { CHILD: '2', PLACE: 'U1', HOME_POST: 'AB1 2', PL_POST: 'AB1 3' },
        { CHILD: '3', PLACE: 'U1', HOME_POST: '', PL_POST: '' },
      ],
    },
  },
});

describeRule('393', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', SEX: 'F', MOTHER: '' }],
      Episodes: [{ CHILD: '1', LS: 'C2' }],
    },
    at: { table: 'Header', row: 2, column: 'MOTHER' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '0' },
        { CHILD: '2', SEX: 'F', MOTHER: '' },
        { CHILD: '3', SEX: 'M', MOTHER: '' },
      ],
      Episodes: [
        { CHILD: '1', LS: 'C2' },
        { CHILD: '2', LS: 'V3' },
        { CHILD: '3', LS: 'C2' },
      ],
    },
  },
});

/** A child of `sex` looked after, MOTHER blank. */
function girlOrBoy(sex: string): TableRows {
  return { Header: [{ CHILD: '1', SEX: sex, MOTHER: '' }], Episodes: [{ CHILD: '1', LS: 'C2' }] };
}

describe('DfE rule 393 by year', () => {
  it('reads a girl as SEX 2 before 2024/25', () => {
    expect(findingsOf('393', { year: 2023, tables: girlOrBoy('2') })).toHaveLength(1);
    expect(findingsOf('393', { year: 2023, tables: girlOrBoy('F') })).toEqual([]);
  });
});

describeRule('398', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', LS: 'V3', HOME_POST: 'AB1 2', PL_POST: '' }] },
    at: { table: 'Episodes', row: 2, column: 'HOME_POST' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', LS: 'V3', HOME_POST: '', PL_POST: '' },
        { CHILD: '2', LS: 'C2', HOME_POST: 'AB1 2', PL_POST: 'CD3 4' },
      ],
    },
  },
});

describeRule('399', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', LS: 'V3' }],
      Header: [{ CHILD: '1', MOTHER: '0' }],
    },
    at: { table: 'Header', row: 2, column: 'MOTHER' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', LS: 'V3' },
        { CHILD: '1', LS: 'C2' },
        { CHILD: '2', LS: 'V4' },
      ],
      Header: [
        { CHILD: '1', MOTHER: '0' },
        { CHILD: '2', MOTHER: '' },
      ],
      Reviews: [{ CHILD: '1', REVIEW: '01/06/2025', REVIEW_CODE: 'PN1' }],
    },
  },
});

describe('DfE rule 399 on reviews', () => {
  it('flags a review of a child only ever on respite', () => {
    const found = findingsOf('399', {
      tables: {
        Episodes: [{ CHILD: '1', LS: 'V4' }],
        Reviews: [{ CHILD: '1', REVIEW: '01/06/2025', REVIEW_CODE: '' }],
      },
    });
    expect(found).toEqual([expect.objectContaining({ sheet: 'Reviews', column: 'REVIEW' })]);
  });
});
