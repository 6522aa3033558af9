import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('1000', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E2' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }],
    },
    at: { table: 'OC3', row: 2, column: 'IN_TOUCH' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E2' },
        { CHILD: '2', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E11' },
      ],
      OC3: [
        { CHILD: '1', IN_TOUCH: '', ACTIV: '', ACCOM: '' },
        { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ],
    },
  },
});

// A care leaver born 01/06/2007: 14 on 01/06/2021, 16 on 01/06/2023, 18 on 01/06/2025.
const LEAVER_HEADER = [{ CHILD: '1', DOB: '01/06/2007' }];
const LEAVER_OC3 = [{ CHILD: '1', DOB: '01/06/2007', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }];

describeRule('1001', {
  fails: {
    // In care only 60 days since turning 14 (and a short break that does not count).
    tables: {
      Header: LEAVER_HEADER,
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '31/05/2025', REC: 'E4A', LS: 'C2' }],
      OC3: LEAVER_OC3,
    },
    previous: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '01/03/2025', REC: 'E4A', LS: 'V3' }],
    },
    at: { table: 'OC3', row: 2, column: 'IN_TOUCH' },
  },
  passes: {
    // 91 days or more from 14 (60 last year + 60 this year), some after 16.
    tables: {
      Header: LEAVER_HEADER,
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '31/05/2025', REC: 'E4A', LS: 'C2' }],
      OC3: LEAVER_OC3,
    },
    previous: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '02/03/2025', REC: 'X1', LS: 'C2' }],
    },
  },
});

describe('DfE rule 1001 readings', () => {
  const enough = {
    Header: LEAVER_HEADER,
    Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '31/05/2025', REC: 'E11', LS: 'C2' }],
    OC3: LEAVER_OC3,
  };
  it('flags a child whose final episode ended in adoption', () => {
    expect(findingsOf('1001', { tables: enough, previous: { Episodes: [] } })).toHaveLength(1);
  });
  it('judges nothing without last year\u2019s return', () => {
    expect(findingsOf('1001', { tables: enough })).toEqual([]);
  });
});

describeRule('1002', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '2', DECOM: '01/05/2025' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
    },
    previous: { Episodes: [{ CHILD: '3', DECOM: '01/05/2024' }] },
    at: { table: 'OC3', row: 2, column: 'IN_TOUCH' },
  },
  passes: {
    tables: {
      Episodes: [{ CHILD: '2', DECOM: '01/05/2025' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
    },
    previous: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2024' }] },
  },
});

describeRule('1003', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', RNE: 'S' },
        { CHILD: '1', DECOM: '01/08/2025', RNE: 'P' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '30/04/2025' }],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', RNE: 'S' },
        { CHILD: '1', DECOM: '01/08/2025', RNE: 'S' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/05/2025' }],
    },
  },
});

describeRule('1004', {
  fails: {
    tables: { Missing: [{ MIS_START: '' }] },
    at: { table: 'Missing', row: 2, column: 'MIS_START' },
  },
  passes: { tables: { Missing: [{ MIS_START: '03/03/2026' }] } },
});

describeRule('1005', {
  fails: {
    tables: { Missing: [{ MIS_END: '03/03/26' }] },
    at: { table: 'Missing', row: 2, column: 'MIS_END' },
  },
  passes: { tables: { Missing: [{ MIS_END: '' }, { MIS_END: '03/03/2026' }] } },
});

describeRule('1006', {
  fails: {
    tables: { Missing: [{ MISSING: 'AWAY' }] },
    at: { table: 'Missing', row: 2, column: 'MISSING' },
  },
  passes: { tables: { Missing: [{ MISSING: 'M' }, { MISSING: 'a' }] } },
});

describeRule('1007', {
  fails: {
    // 18 on 01/06/2025 while in an open episode.
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/01/2025' }], OC3: LEAVER_OC3 },
    at: { table: 'OC3', row: 2, column: 'IN_TOUCH' },
  },
  passes: {
    // Left care the day before the 18th birthday.
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '31/05/2025' }], OC3: LEAVER_OC3 },
  },
});
