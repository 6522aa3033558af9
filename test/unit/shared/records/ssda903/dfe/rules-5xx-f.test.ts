import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('564', {
  fails: {
    tables: { Missing: [{ CHILD: '1', MISSING: 'M' }] },
    at: { table: 'Missing', row: 2, column: 'MIS_START' },
  },
  passes: {
    tables: {
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '01/05/2025' },
        { CHILD: '2', MISSING: '', MIS_START: '' },
      ],
    },
  },
});

describeRule('565', {
  fails: {
    tables: { Missing: [{ CHILD: '1', MIS_START: '01/05/2025' }] },
    at: { table: 'Missing', row: 2, column: 'MISSING' },
  },
  passes: { tables: { Missing: [{ CHILD: '1', MISSING: 'A', MIS_START: '01/05/2025' }] } },
});

describeRule('566', {
  fails: {
    tables: { Missing: [{ CHILD: '1', MIS_END: '02/05/2025' }] },
    at: { table: 'Missing', row: 2, column: 'MISSING' },
  },
  passes: { tables: { Missing: [{ CHILD: '1', MISSING: 'M', MIS_END: '02/05/2025' }] } },
});

describeRule('567', {
  fails: {
    tables: {
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '02/05/2025', MIS_END: '01/05/2025' }],
    },
    at: { table: 'Missing', row: 2, column: 'MIS_END' },
  },
  passes: {
    tables: {
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '02/05/2025', MIS_END: '02/05/2025' }],
    },
  },
});

describeRule('570', {
  fails: {
    tables: { Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '01/04/2026' }] },
    at: { table: 'Missing', row: 2, column: 'MIS_START' },
  },
  passes: { tables: { Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '31/03/2026' }] } },
});

describeRule('571', {
  fails: {
    tables: {
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '30/03/2025', MIS_END: '31/03/2025' }],
    },
    at: { table: 'Missing', row: 2, column: 'MIS_END' },
  },
  passes: {
    tables: {
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '30/03/2025', MIS_END: '01/04/2025' },
        { CHILD: '2', MISSING: 'M', MIS_START: '30/03/2026', MIS_END: '31/03/2026' },
      ],
    },
  },
});

describeRule('574', {
  fails: {
    tables: {
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '01/05/2025' },
        { CHILD: '1', MISSING: 'M', MIS_START: '03/05/2025', MIS_END: '04/05/2025' },
      ],
    },
    at: { table: 'Missing', row: 3, column: 'MIS_START' },
  },
  passes: {
    tables: {
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '03/05/2025' },
        { CHILD: '1', MISSING: 'M', MIS_START: '01/05/2025', MIS_END: '03/05/2025' },
      ],
    },
  },
});

describe('DfE rule 574 and overlapping periods', () => {
  it('flags a period starting before the previous one ended', () => {
    const found = findingsOf('574', {
      tables: {
        Missing: [
          { CHILD: '1', MISSING: 'M', MIS_START: '01/05/2025', MIS_END: '05/05/2025' },
          { CHILD: '1', MISSING: 'A', MIS_START: '04/05/2025', MIS_END: '06/05/2025' },
        ],
      },
    });
    expect(found).toEqual([expect.objectContaining({ row: 3, column: 'MIS_START' })]);
  });
});

describeRule('575', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '10/05/2025' },
      ],
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '05/05/2025' }],
    },
    at: { table: 'Missing', row: 2, column: 'MIS_END' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '10/05/2025' },
      ],
      // Missing from the placement that began on the day of the move.
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '10/05/2025' },
        { CHILD: '1', MISSING: 'M', MIS_START: '05/05/2025', MIS_END: '06/05/2025' },
      ],
    },
  },
});

describeRule('576', {
  fails: {
    previous: { Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '20/03/2025' }] },
    tables: {
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '21/03/2025', MIS_END: '02/04/2025' }],
    },
    at: { table: 'Missing', row: 2, column: 'MIS_START' },
  },
  passes: {
    previous: {
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '20/03/2025' },
        { CHILD: '2', MISSING: 'M', MIS_START: '01/03/2025', MIS_END: '02/03/2025' },
      ],
    },
    tables: {
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '01/05/2025', MIS_END: '02/05/2025' },
        { CHILD: '1', MISSING: 'M', MIS_START: '20/03/2025', MIS_END: '02/04/2025' },
        { CHILD: '2', MISSING: 'M', MIS_START: '01/05/2025', MIS_END: '02/05/2025' },
      ],
    },
  },
});

describeRule('577', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'E8' }],
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '05/05/2025' }],
    },
    at: { table: 'Missing', row: 2, column: 'MIS_END' },
  },
  passes: {
    tables: {
      // Still in care after a change of placement.
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '10/05/2025' },
        { CHILD: '2', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'E8' },
      ],
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '05/05/2025' },
        { CHILD: '2', MISSING: 'M', MIS_START: '05/05/2025', MIS_END: '10/05/2025' },
      ],
    },
  },
});

describeRule('578', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'E8' }],
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '11/05/2025', MIS_END: '12/05/2025' }],
    },
    at: { table: 'Missing', row: 2, column: 'MIS_START' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'E8' },
        { CHILD: '2', DECOM: '01/04/2025' },
      ],
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '10/05/2025', MIS_END: '10/05/2025' },
        { CHILD: '2', MISSING: 'M', MIS_START: '11/05/2025', MIS_END: '12/05/2025' },
      ],
    },
  },
});

describeRule('580', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'E4A' }],
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '05/05/2025', MIS_END: '10/05/2025' }],
    },
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'E8' },
        { CHILD: '2', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'X1' },
      ],
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '05/05/2025', MIS_END: '10/05/2025' },
        { CHILD: '2', MISSING: 'M', MIS_START: '05/05/2025', MIS_END: '10/05/2025' },
      ],
    },
  },
});

describeRule('581', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'E8' },
        { CHILD: '1', DECOM: '01/07/2025' },
      ],
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '11/05/2025', MIS_END: '12/05/2025' }],
    },
    at: { table: 'Missing', row: 2, column: 'MIS_START' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/05/2025', REC: 'E8' },
        { CHILD: '1', DECOM: '01/07/2025' },
      ],
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '10/05/2025', MIS_END: '12/05/2025' },
        { CHILD: '1', MISSING: 'M', MIS_START: '01/08/2025' },
      ],
    },
  },
});

describeRule('586', {
  fails: {
    tables: { Missing: [{ CHILD: '1', DOB: '02/05/2025', MISSING: 'M', MIS_START: '01/05/2025' }] },
    at: { table: 'Missing', row: 2, column: 'MIS_START' },
  },
  passes: {
    tables: { Missing: [{ CHILD: '1', DOB: '01/05/2025', MISSING: 'M', MIS_START: '01/05/2025' }] },
  },
});
