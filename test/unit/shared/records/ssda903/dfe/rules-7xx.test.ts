import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

/** The DoLo rules begin with the 2026/27 collection (1 April 2026 – 31 March 2027). */
const YEAR = 2026;

describeRule('700', {
  fails: {
    year: YEAR,
    tables: { DoLo: [{ CHILD: '1', DOLO_START: '2026-05-01' }] },
    at: { table: 'DoLo', row: 2, column: 'DOLO_START' },
  },
  passes: { year: YEAR, tables: { DoLo: [{ CHILD: '1', DOLO_START: '01/05/2026' }] } },
});

describe('DfE rule 700 blank start', () => {
  it('flags a DoLO with no start date', () => {
    expect(findingsOf('700', { year: YEAR, tables: { DoLo: [{ CHILD: '1' }] } })).toHaveLength(1);
  });
});

describeRule('701', {
  fails: {
    year: YEAR,
    tables: { DoLo: [{ CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '31/06/2026' }] },
    at: { table: 'DoLo', row: 2, column: 'DOLO_END' },
  },
  passes: {
    year: YEAR,
    tables: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '30/06/2026' },
        { CHILD: '2', DOLO_START: '01/05/2026', DOLO_END: '' },
      ],
    },
  },
});

describeRule('702', {
  fails: {
    year: YEAR,
    tables: { DoLo: [{ CHILD: '1', DOLO_START: '02/05/2026', DOLO_END: '01/05/2026' }] },
    at: { table: 'DoLo', row: 2, column: 'DOLO_END' },
  },
  passes: {
    year: YEAR,
    tables: { DoLo: [{ CHILD: '1', DOLO_START: '02/05/2026', DOLO_END: '02/05/2026' }] },
  },
});

describeRule('703', {
  fails: {
    year: YEAR,
    tables: { DoLo: [{ CHILD: '1', DOLO_START: '01/04/2027' }] },
    at: { table: 'DoLo', row: 2, column: 'DOLO_START' },
  },
  passes: { year: YEAR, tables: { DoLo: [{ CHILD: '1', DOLO_START: '31/03/2027' }] } },
});

describeRule('704', {
  fails: {
    year: YEAR,
    tables: { DoLo: [{ CHILD: '1', DOLO_START: '01/01/2026', DOLO_END: '31/03/2026' }] },
    at: { table: 'DoLo', row: 2, column: 'DOLO_END' },
  },
  passes: {
    year: YEAR,
    tables: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/01/2026', DOLO_END: '01/04/2026' },
        { CHILD: '2', DOLO_START: '01/01/2027', DOLO_END: '31/03/2027' },
      ],
    },
  },
});

describeRule('705', {
  fails: {
    year: YEAR,
    tables: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '' },
        { CHILD: '1', DOLO_START: '01/07/2026', DOLO_END: '01/08/2026' },
      ],
    },
    at: { table: 'DoLo', row: 3, column: 'DOLO_START' },
  },
  passes: {
    year: YEAR,
    tables: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/07/2026', DOLO_END: '' },
        { CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '01/07/2026' },
        { CHILD: '2', DOLO_START: '01/05/2026', DOLO_END: '' },
      ],
    },
  },
});

describe('DfE rule 705 overlap', () => {
  it('flags a DoLO starting before the previous one ended', () => {
    const found = findingsOf('705', {
      year: YEAR,
      tables: {
        DoLo: [
          { CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '01/09/2026' },
          { CHILD: '1', DOLO_START: '01/07/2026', DOLO_END: '01/10/2026' },
        ],
      },
    });
    expect(found).toEqual([expect.objectContaining({ row: 3, column: 'DOLO_START' })]);
  });
});

describeRule('706', {
  fails: {
    year: YEAR,
    tables: { DoLo: [{ CHILD: '1', DOLO_START: '02/01/2026', DOLO_END: '' }] },
    previous: { DoLo: [{ CHILD: '1', DOLO_START: '01/01/2026', DOLO_END: '' }] },
    at: { table: 'DoLo', row: 2, column: 'DOLO_START' },
  },
  passes: {
    year: YEAR,
    tables: { DoLo: [{ CHILD: '1', DOLO_START: '01/01/2026', DOLO_END: '' }] },
    previous: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/01/2026', DOLO_END: '' },
        { CHILD: '2', DOLO_START: '01/01/2026', DOLO_END: '01/02/2026' },
      ],
    },
  },
});

describe('DfE rule 706 child gone from this year', () => {
  it('flags last year’s open DoLO when the child has none this year', () => {
    const found = findingsOf('706', {
      year: YEAR,
      tables: { DoLo: [] },
      previous: { DoLo: [{ CHILD: '1', DOLO_START: '01/01/2026', DOLO_END: '' }] },
    });
    expect(found).toEqual([
      expect.objectContaining({ file: 'previous-DoLo.csv', row: 2, column: 'DOLO_START' }),
    ]);
  });
});

describeRule('707', {
  fails: {
    year: YEAR,
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2026', DEC: '01/09/2026', REC: 'E13', PLACE: 'K2' }],
      DoLo: [{ CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '' }],
    },
    at: { table: 'DoLo', row: 2, column: 'DOLO_END' },
  },
  passes: {
    year: YEAR,
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2026', DEC: '01/09/2026', REC: 'E13', PLACE: 'K2' },
        { CHILD: '2', DECOM: '01/01/2026', DEC: '01/09/2026', REC: 'X1', PLACE: 'K2' },
        { CHILD: '2', DECOM: '01/09/2026', DEC: '', PLACE: 'K2' },
      ],
      DoLo: [
        { CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '01/09/2026' },
        { CHILD: '2', DOLO_START: '01/05/2026', DOLO_END: '' },
      ],
    },
  },
});

describeRule('708', {
  fails: {
    year: YEAR,
    tables: { DoLo: [{ CHILD: '1', DOB: '02/05/2012', DOLO_START: '01/05/2012' }] },
    at: { table: 'DoLo', row: 2, column: 'DOLO_START' },
  },
  passes: {
    year: YEAR,
    tables: {
      Header: [{ CHILD: '1', DOB: '02/05/2012' }],
      DoLo: [{ CHILD: '1', DOB: '', DOLO_START: '02/05/2012' }],
    },
  },
});

describeRule('709', {
  fails: {
    year: YEAR,
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2026', DEC: '', PLACE: 'U1' }],
      DoLo: [{ CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '' }],
    },
    at: { table: 'DoLo', row: 2, column: 'DOLO_START' },
  },
  passes: {
    year: YEAR,
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2026', DEC: '01/05/2026', PLACE: 'U1', REC: 'X1' },
        { CHILD: '1', DECOM: '01/05/2026', DEC: '', PLACE: 'Z12' },
      ],
      DoLo: [{ CHILD: '1', DOLO_START: '02/05/2026', DOLO_END: '' }],
    },
  },
});

describeRule('710', {
  fails: {
    year: YEAR,
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2026', DEC: '', PLACE: 'K3' }],
      DoLo: [{ CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '01/06/2026' }],
    },
    at: { table: 'Episodes', row: 2, column: 'PLACE' },
  },
  passes: {
    year: YEAR,
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2026', DEC: '01/05/2026', PLACE: 'K3', REC: 'X1' },
        { CHILD: '1', DECOM: '01/05/2026', DEC: '', PLACE: 'K2' },
      ],
      DoLo: [{ CHILD: '1', DOLO_START: '02/05/2026', DOLO_END: '01/06/2026' }],
    },
  },
});

describe('DfE rule 710 flags the DoLO too', () => {
  it('names both rows', () => {
    const found = findingsOf('710', {
      year: YEAR,
      tables: {
        Episodes: [{ CHILD: '1', DECOM: '01/01/2026', DEC: '', PLACE: 'P1' }],
        DoLo: [{ CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '' }],
      },
    });
    expect(
      found.map((problem) => problem.sheet).sort((a, b) => (a ?? '').localeCompare(b ?? '')),
    ).toEqual(['DoLo', 'Episodes']);
  });
});
