import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('301', {
  fails: {
    tables: { Header: [{ CHILD: '1', DOB: '01/04/2026' }] },
    at: { table: 'Header', row: 2, column: 'DOB' },
  },
  passes: { tables: { Header: [{ CHILD: '1', DOB: '31/03/2026' }] } },
});

describeRule('302', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', DOB: '10/05/2025' }],
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025' },
        { CHILD: '1', DECOM: '01/05/2025' },
      ],
    },
    at: { table: 'Episodes', row: 3, column: 'DECOM' },
  },
  passes: {
    tables: {
      Header: [{ CHILD: '1', DOB: '10/05/2025' }],
      Episodes: [
        { CHILD: '1', DECOM: '10/05/2025' },
        { CHILD: '1', DECOM: '01/06/2025' },
      ],
    },
  },
});

describeRule('303', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', UASC: '0' }],
      UASC: [{ CHILD: '1', DUC: '01/06/2025' }],
    },
    at: { table: 'UASC', row: 2, column: 'DUC' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', UASC: '1' },
        { CHILD: '2', UASC: '0' },
      ],
      UASC: [
        { CHILD: '1', DUC: '01/06/2025' },
        { CHILD: '2', DUC: '' },
      ],
    },
  },
});

describe('DfE rule 303 without a Header UASC flag', () => {
  it('checks nothing on a CSV return, whose Header has no UASC column', () => {
    const found = findingsOf('303', {
      tables: { Header: [{ CHILD: '1' }], UASC: [{ CHILD: '1', DUC: '01/06/2025' }] },
    });
    expect(found).toEqual([]);
  });
});

describeRule('304', {
  fails: {
    tables: { UASC: [{ CHILD: '1', DOB: '15/06/2007', DUC: '16/06/2025' }] },
    at: { table: 'UASC', row: 2, column: 'DUC' },
  },
  passes: { tables: { UASC: [{ CHILD: '1', DOB: '15/06/2007', DUC: '15/06/2025' }] } },
});

const adoptionEpisode = {
  CHILD: '1',
  DECOM: '01/06/2025',
  DEC: '01/12/2025',
  PLACE: 'A4',
  REC: 'E11',
};

describeRule('331', {
  fails: {
    tables: { Episodes: [adoptionEpisode], AD1: [{ CHILD: '1', DATE_MATCH: '02/06/2025' }] },
    at: { table: 'AD1', row: 2, column: 'DATE_MATCH' },
  },
  passes: {
    tables: { Episodes: [adoptionEpisode], AD1: [{ CHILD: '1', DATE_MATCH: '01/06/2025' }] },
  },
});

describeRule('333', {
  fails: {
    tables: { AD1: [{ CHILD: '1', DATE_INT: '02/05/2025', DATE_MATCH: '01/05/2025' }] },
    at: { table: 'AD1', row: 2, column: 'DATE_INT' },
  },
  passes: {
    tables: {
      AD1: [
        { CHILD: '1', DATE_INT: '01/05/2025', DATE_MATCH: '01/05/2025' },
        { CHILD: '2', DATE_INT: '01/05/2025', DATE_MATCH: '' },
      ],
    },
  },
});

describe('DfE rule 333 with no decision date', () => {
  it('flags a match with DATE_INT blank', () => {
    const found = findingsOf('333', {
      tables: { AD1: [{ CHILD: '1', DATE_INT: '', DATE_MATCH: '01/05/2025' }] },
    });
    expect(found).toHaveLength(1);
  });
});

describeRule('334', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2020', RNE: 'S' },
        { CHILD: '1', DECOM: '01/05/2025', RNE: 'S' },
      ],
      AD1: [{ CHILD: '1', DATE_INT: '30/04/2025' }],
    },
    at: { table: 'AD1', row: 2, column: 'DATE_INT' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2020', RNE: 'S' },
        { CHILD: '1', DECOM: '01/05/2025', RNE: 'S' },
        { CHILD: '1', DECOM: '01/07/2025', RNE: 'P' },
      ],
      AD1: [{ CHILD: '1', DATE_INT: '01/05/2025' }],
    },
  },
});

describeRule('335', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', PLACE: 'A5', REC: 'E12' }],
      AD1: [{ CHILD: '1', FOSTER_CARE: '0' }],
    },
    at: { table: 'AD1', row: 2, column: 'FOSTER_CARE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', PLACE: 'A5', REC: 'E12' },
        { CHILD: '2', PLACE: 'A6', REC: 'E11' },
      ],
      AD1: [
        { CHILD: '1', FOSTER_CARE: '1' },
        { CHILD: '2', FOSTER_CARE: '0' },
      ],
    },
  },
});

describe('DfE rule 335 the other way round', () => {
  it('flags adoption by the foster carer (1) from a placement not with them (A6)', () => {
    const found = findingsOf('335', {
      tables: {
        Episodes: [{ CHILD: '1', PLACE: 'A6', REC: 'E11' }],
        AD1: [{ CHILD: '1', FOSTER_CARE: '1' }],
      },
    });
    expect(found).toHaveLength(1);
  });
});

describeRule('336', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', PLACE: 'R1' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'A5' },
      ],
    },
    at: { table: 'Episodes', row: 3, column: 'PLACE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', PLACE: 'U3' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'A5' },
        { CHILD: '2', DECOM: '01/06/2025', PLACE: 'A3' },
      ],
    },
  },
});

describe('DfE rule 336 reading', () => {
  it('asks a foster placement only before placing with the current foster carer (A3, A5), not A4', () => {
    const found = findingsOf('336', {
      tables: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2025', PLACE: 'R1' },
          { CHILD: '1', DECOM: '01/06/2025', PLACE: 'A4' },
        ],
      },
    });
    expect(found).toEqual([]);
  });
});
