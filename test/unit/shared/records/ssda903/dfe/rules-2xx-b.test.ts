import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('213', {
  fails: {
    tables: { Episodes: [{ PLACE: 'Z12', PLACE_PROVIDER: 'PR1' }] },
    at: { table: 'Episodes', row: 2, column: 'PLACE_PROVIDER' },
  },
  passes: {
    tables: {
      Episodes: [
        { PLACE: 'T1', PLACE_PROVIDER: '' },
        { PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
      ],
    },
  },
});

describe('DfE rule 213 by year', () => {
  it('does not list Z11-Z14 before 2025/26', () => {
    const z = { tables: { Episodes: [{ PLACE: 'Z12', PLACE_PROVIDER: 'PR1' }] } };
    expect(findingsOf('213', { ...z, year: 2024 })).toEqual([]);
  });
});

describeRule('214', {
  fails: {
    tables: { Episodes: [{ LS: 'V3', PL_POST: 'M2 3RT' }] },
    at: { table: 'Episodes', row: 2, column: 'PL_POST' },
  },
  passes: {
    tables: {
      Episodes: [
        { LS: 'V3', PL_POST: '', URN: '' },
        { LS: 'C2', PL_POST: 'M2 3RT', URN: 'SC045099' },
      ],
    },
  },
});

describeRule('215', {
  fails: {
    tables: { OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }], OC2: [{ CHILD: '1', CONVICTED: '0' }] },
    at: { table: 'OC2', row: 2, column: 'CONVICTED' },
  },
  passes: {
    tables: {
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
      OC2: [
        { CHILD: '1', SDQ_SCORE: '10' },
        { CHILD: '2', CONVICTED: '0' },
      ],
    },
  },
});

describeRule('217', {
  fails: {
    tables: { Episodes: [{ PLACE: 'A5', DECOM: '01/05/2025', RNE: 'P' }] },
    at: { table: 'Episodes', row: 2, column: 'RNE' },
  },
  passes: {
    tables: {
      Episodes: [
        { PLACE: 'A5', DECOM: '01/05/2025', RNE: 'T' },
        { PLACE: 'A3', DECOM: '31/03/2015', RNE: 'P' },
      ],
    },
  },
});

describeRule('221', {
  fails: {
    tables: { Episodes: [{ LS: 'C2', PLACE: 'K2', PL_POST: 'M2 3RT', URN: 'SC1' }] },
    providers: [{ urn: 'SC1', postcode: 'M2 3RU' }],
    at: { table: 'Episodes', row: 2, column: 'PL_POST' },
  },
  passes: {
    tables: {
      Episodes: [
        { LS: 'C2', PLACE: 'K2', PL_POST: 'm23rt', URN: 'SC1' },
        { LS: 'C2', PLACE: 'U1', PL_POST: 'N1 1AA', URN: 'SC1' },
      ],
    },
    providers: [{ urn: 'SC1', postcode: 'M2 3RT' }],
  },
});

describeRule('222', {
  fails: {
    tables: { Episodes: [{ PLACE: 'R1', URN: 'SC1' }] },
    at: { table: 'Episodes', row: 2, column: 'URN' },
  },
  passes: {
    tables: {
      Episodes: [
        { PLACE: 'R1', URN: 'XXXXXXX' },
        { PLACE: 'K2', URN: 'SC1' },
      ],
    },
  },
});

describe('DfE rule 222 by year', () => {
  it('lists Z1 to 2024/25 and Z11-Z14 from 2025/26', () => {
    expect(
      findingsOf('222', { year: 2024, tables: { Episodes: [{ PLACE: 'Z1', URN: 'SC1' }] } }),
    ).toHaveLength(1);
    expect(
      findingsOf('222', { tables: { Episodes: [{ PLACE: 'Z13', URN: 'SC1' }] } }),
    ).toHaveLength(1);
    expect(
      findingsOf('222', { year: 2024, tables: { Episodes: [{ PLACE: 'Z13', URN: 'SC1' }] } }),
    ).toEqual([]);
  });
});

describeRule('225', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', REC: 'X1', PLACE: 'U1' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', PLACE: 'U2' },
      ],
    },
    at: { table: 'Episodes', row: 2, column: 'REASON_PLACE_CHANGE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', REC: 'X1', PLACE: 'U1' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', PLACE: 'T1' },
        { CHILD: '2', DECOM: '01/05/2025', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '2', DECOM: '01/06/2025', RNE: 'P', PLACE: 'U2' },
      ],
    },
  },
});

describeRule('226', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'T1' },
      ],
    },
    at: { table: 'Episodes', row: 3, column: 'REASON_PLACE_CHANGE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', PLACE: 'U1' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'T1' },
        { CHILD: '1', DECOM: '01/07/2025', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
      ],
    },
  },
});

describeRule('227', {
  fails: {
    tables: { Episodes: [{ URN: 'SC1', DECOM: '01/06/2025' }] },
    providers: [{ urn: 'SC1', closed: '2025-06-01' }],
    at: { table: 'Episodes', row: 2, column: 'URN' },
  },
  passes: {
    tables: { Episodes: [{ URN: 'SC1', DECOM: '31/05/2025' }] },
    providers: [{ urn: 'SC1', registered: '2025-05-31', closed: '2025-06-01' }],
  },
});

describeRule('228', {
  fails: {
    tables: { Episodes: [{ URN: 'SC1', DECOM: '01/05/2025', DEC: '' }] },
    providers: [{ urn: 'SC1', closed: '2026-03-30' }],
    at: { table: 'Episodes', row: 2, column: 'URN' },
  },
  passes: {
    tables: { Episodes: [{ URN: 'SC1', DECOM: '01/05/2025', DEC: '30/03/2026' }] },
    providers: [{ urn: 'SC1', closed: '2026-03-30' }],
  },
});

describeRule('231', {
  fails: {
    tables: { Header: [{ CHILD: '1', DOB: '01/04/2015', UASC: '1' }] },
    at: { table: 'Header', row: 2, column: 'DOB' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', DOB: '31/03/2015', UASC: '1' },
        { CHILD: '2', DOB: '01/04/2015', UASC: '' },
      ],
    },
  },
});

describe('DfE rule 231 in a CSV return', () => {
  it('reads UASC status from the UASC table', () => {
    const found = findingsOf('231', {
      tables: { Header: [{ CHILD: '1', DOB: '01/04/2015' }], UASC: [{ CHILD: '1', SEX: 'M' }] },
    });
    expect(found).toHaveLength(1);
  });
});

describeRule('232', {
  fails: { tables: { Header: [{ SEX: 'u' }] }, at: { table: 'Header', row: 2, column: 'SEX' } },
  passes: { tables: { Header: [{ SEX: 'F' }, { SEX: 'M' }] } },
});

describeRule('233', {
  fails: {
    tables: { Episodes: [{ DEC: '', REASON_PLACE_CHANGE: 'CARPL' }] },
    at: { table: 'Episodes', row: 2, column: 'REASON_PLACE_CHANGE' },
  },
  passes: {
    tables: {
      Episodes: [
        { DEC: '01/06/2025', REASON_PLACE_CHANGE: 'CARPL' },
        { DEC: '', REASON_PLACE_CHANGE: '' },
      ],
    },
  },
});

describeRule('234', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/06/2015' }],
      Episodes: [{ CHILD: '1', DEC: '31/05/2025', REASON_PLACE_CHANGE: 'CUSTOD' }],
    },
    at: { table: 'Episodes', row: 2, column: 'REASON_PLACE_CHANGE' },
  },
  passes: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/06/2015' }],
      Episodes: [
        { CHILD: '1', DEC: '01/06/2025', REASON_PLACE_CHANGE: 'CUSTOD' },
        { CHILD: '1', DEC: '31/05/2025', REASON_PLACE_CHANGE: 'CARPL' },
      ],
    },
  },
});
