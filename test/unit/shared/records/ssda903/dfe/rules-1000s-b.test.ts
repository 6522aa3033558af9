import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('1008', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', URN: 'SC123456' }] },
    providers: [{ urn: 'SC654321' }],
    at: { table: 'Episodes', row: 2, column: 'URN' },
  },
  passes: {
    tables: { Episodes: [{ URN: 'SC654321' }, { URN: 'XXXXXXX' }, { URN: '' }] },
    providers: [{ urn: 'SC654321' }],
  },
});

describe('DfE rule 1008 without the provider lists', () => {
  it('judges nothing', () => {
    expect(findingsOf('1008', { tables: { Episodes: [{ URN: 'SC123456' }] } })).toEqual([]);
  });
});

describeRule('1009', {
  fails: {
    tables: { Episodes: [{ REASON_PLACE_CHANGE: 'MOVED' }] },
    at: { table: 'Episodes', row: 2, column: 'REASON_PLACE_CHANGE' },
  },
  passes: {
    tables: { Episodes: [{ REASON_PLACE_CHANGE: 'CUSTOD' }, { REASON_PLACE_CHANGE: '' }] },
  },
});

describeRule('1010', {
  fails: {
    tables: { Episodes: [{ CHILD: '2', DECOM: '01/05/2025' }], OC3: [{ CHILD: '1', ACCOM: 'B1' }] },
    previous: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2024' },
        { CHILD: '1', DECOM: '02/06/2024', DEC: '' },
      ],
    },
    at: { table: 'OC3', row: 2, column: 'ACCOM' },
  },
  passes: {
    tables: { Episodes: [{ CHILD: '2', DECOM: '01/05/2025' }], OC3: [{ CHILD: '1', ACCOM: 'B1' }] },
    previous: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', DEC: '' },
        { CHILD: '1', DECOM: '02/06/2024', DEC: '01/07/2024' },
      ],
    },
  },
});

describeRule('1011', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2025', REC: 'E3' },
      ],
      OC3: [{ CHILD: '1', ACTIV: 'F1' }],
    },
    at: { table: 'OC3', row: 2, column: 'ACTIV' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', REC: 'E3' },
        { CHILD: '1', DECOM: '01/06/2025', REC: 'E4A' },
      ],
      OC3: [{ CHILD: '1', ACTIV: 'F1' }],
    },
  },
});

describeRule('1012', {
  fails: {
    tables: { Episodes: [{ CHILD: '1' }], Reviews: [{ CHILD: '1' }, { CHILD: '2' }] },
    at: { table: 'Reviews', row: 3, column: 'CHILD' },
  },
  passes: {
    tables: { Episodes: [{ CHILD: '1' }], Reviews: [{ CHILD: '1' }], OC3: [{ CHILD: '2' }] },
  },
});

describeRule('1014', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '31/03/2025' }],
      UASC: [{ CHILD: '1', DUC: '' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
    },
    at: { table: 'UASC', row: 2, column: 'DUC' },
  },
  passes: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/04/2025' }],
      UASC: [{ CHILD: '1', DUC: '' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
    },
  },
});

describeRule('1016', {
  fails: {
    // 17 on 01/06/2025; left care after that.
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '02/06/2025' }],
      OC3: [{ CHILD: '1', DOB: '01/06/2008', IN_TOUCH: 'YES' }],
    },
    at: { table: 'OC3', row: 2, column: 'IN_TOUCH' },
  },
  passes: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '31/05/2025' }],
      OC3: [{ CHILD: '1', DOB: '01/06/2008', IN_TOUCH: 'YES' }],
    },
  },
});

describeRule('3001', {
  fails: {
    tables: { Header: [{ CHILD: '1', DOB: '31/03/2009' }], OC3: [{ CHILD: '1', ACCOM: 'Z1' }] },
    at: { table: 'OC3', row: 2, column: 'ACCOM' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', DOB: '01/04/2009' },
        { CHILD: '2', DOB: '31/03/2009' },
      ],
      OC3: [
        { CHILD: '1', ACCOM: 'Z2' },
        { CHILD: '2', ACCOM: 'B1' },
      ],
    },
  },
});
