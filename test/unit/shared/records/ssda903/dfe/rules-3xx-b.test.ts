import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('351', {
  fails: {
    tables: { Header: [{ CHILD: '1', DOB: '31/03/2000' }] },
    at: { table: 'Header', row: 2, column: 'DOB' },
  },
  passes: { tables: { Header: [{ CHILD: '1', DOB: '01/04/2000' }] } },
});

describeRule('352', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/05/2007' }],
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', RNE: 'S' }],
    },
    at: { table: 'Episodes', row: 2, column: 'DECOM' },
  },
  passes: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/05/2007' }],
      Episodes: [
        { CHILD: '1', DECOM: '30/04/2025', RNE: 'S' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P' },
      ],
    },
  },
});

describeRule('353', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '13/10/1991' }] },
    at: { table: 'Episodes', row: 2, column: 'DECOM' },
  },
  passes: { tables: { Episodes: [{ CHILD: '1', DECOM: '14/10/1991' }] } },
});

describeRule('354', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/04/2026' }] },
    at: { table: 'Episodes', row: 2, column: 'DECOM' },
  },
  passes: { tables: { Episodes: [{ CHILD: '1', DECOM: '31/03/2026' }] } },
});

describeRule('355', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/05/2025' }] },
    at: { table: 'Episodes', row: 2, column: 'DEC' },
  },
  passes: { tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '02/05/2025' }] } },
});

describeRule('356', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '02/05/2025', DEC: '01/05/2025' }] },
    at: { table: 'Episodes', row: 2, column: 'DECOM' },
  },
  passes: { tables: { Episodes: [{ CHILD: '1', DECOM: '02/05/2025', DEC: '02/05/2025' }] } },
});

describeRule('357', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', RNE: 'P' }] },
    at: { table: 'Episodes', row: 2, column: 'RNE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', RNE: 'S' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P' },
        { CHILD: '2', DECOM: '31/03/2025', RNE: 'P' },
      ],
    },
  },
});

describeRule('358', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', DOB: '02/05/2015' }],
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', LS: 'J2' }],
    },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', DOB: '01/05/2015' },
        { CHILD: '2', DOB: '02/05/2015' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', LS: 'J2' },
        { CHILD: '2', DECOM: '01/05/2025', LS: 'C2' },
      ],
    },
  },
});

describeRule('359', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/03/2008' }],
      Episodes: [{ CHILD: '1', DECOM: '01/01/2026', LS: 'C2', PLACE: 'K2', DEC: '' }],
    },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', DOB: '01/03/2008' },
        { CHILD: '2', DOB: '31/03/2008' },
        { CHILD: '3', DOB: '01/03/2008' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2026', LS: 'V2', PLACE: 'K2', DEC: '' },
        { CHILD: '2', DECOM: '01/01/2026', LS: 'C2', PLACE: 'U1', DEC: '' },
        { CHILD: '3', DECOM: '01/01/2026', LS: 'C2', PLACE: 'U1', DEC: '01/03/2026' },
      ],
    },
  },
});

describeRule('361', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '03/05/2025', LS: 'L1' },
        { CHILD: '1', DECOM: '03/05/2025', DEC: '05/05/2025', LS: 'L1' },
      ],
    },
    at: { table: 'Episodes', row: 3, column: 'LS' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '03/05/2025', LS: 'L1' },
        { CHILD: '1', DECOM: '03/05/2025', DEC: '04/05/2025', LS: 'L1' },
        { CHILD: '1', DECOM: '04/05/2025', DEC: '20/05/2025', LS: 'C2' },
      ],
    },
  },
});

/** Police protection open from `decom`. */
function openPolice(decom: string) {
  return findingsOf('361', { tables: { Episodes: [{ CHILD: '1', DECOM: decom, LS: 'L1' }] } });
}

describe('DfE rules 361–364: one spell of a legal status', () => {
  it('flags both episodes of a spell that lasts too long together', () => {
    const found = findingsOf('361', {
      tables: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2025', DEC: '03/05/2025', LS: 'L1' },
          { CHILD: '1', DECOM: '03/05/2025', DEC: '05/05/2025', LS: 'L1' },
        ],
      },
    });
    expect(found.map((problem) => problem.row)).toEqual([2, 3]);
  });

  it('measures spells apart when another episode comes between', () => {
    const found = findingsOf('361', {
      tables: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2025', DEC: '03/05/2025', LS: 'L1' },
          { CHILD: '1', DECOM: '03/05/2025', DEC: '10/05/2025', LS: 'C2' },
          { CHILD: '1', DECOM: '10/05/2025', DEC: '12/05/2025', LS: 'L1' },
        ],
      },
    });
    expect(found).toEqual([]);
  });

  it('runs an open episode to the end of the year', () => {
    expect(openPolice('29/03/2026')).toEqual([]);
    expect(openPolice('20/03/2026')).toHaveLength(1);
  });
});

describeRule('362', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '23/05/2025', LS: 'L2' }] },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '22/05/2025', LS: 'L2' }] },
  },
});

describeRule('363', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '09/05/2025', LS: 'L3' }] },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '08/05/2025', LS: 'L3' }] },
  },
});

describeRule('364', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '23/05/2025', LS: 'J2' }] },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '22/05/2025', LS: 'J2' }] },
  },
});
