import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('202', {
  fails: {
    tables: { Header: [{ CHILD: '1', SEX: 'F' }] },
    previous: { Header: [{ CHILD: '1', SEX: 'M' }] },
    at: { table: 'Header', row: 2, column: 'SEX' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', SEX: 'M' },
        { CHILD: '2', SEX: 'F' },
      ],
    },
    previous: {
      Header: [
        { CHILD: '1', SEX: 'M' },
        { CHILD: '3', SEX: 'M' },
      ],
    },
  },
});

describe('DfE rule 202 across the 2024/25 change of sex codes', () => {
  it('reads last year\u2019s 1 as this year\u2019s M', () => {
    const found = findingsOf('202', {
      year: 2024,
      tables: { Header: [{ CHILD: '1', SEX: 'M' }] },
      previous: { Header: [{ CHILD: '1', SEX: '1' }] },
    });
    expect(found).toEqual([]);
  });
  it('judges nothing without last year\u2019s return', () => {
    expect(findingsOf('202', { tables: { Header: [{ CHILD: '1', SEX: 'F' }] } })).toEqual([]);
  });
});

describeRule('203', {
  fails: {
    tables: { Header: [{ CHILD: '1', DOB: '02/01/2015' }] },
    previous: { Header: [{ CHILD: '1', DOB: '01/01/2015' }] },
    at: { table: 'Header', row: 2, column: 'DOB' },
  },
  passes: {
    tables: { Header: [{ CHILD: '1', DOB: '01/01/2015' }] },
    previous: { Header: [{ CHILD: '1', DOB: '01/01/2015' }] },
  },
});

describeRule('204', {
  fails: {
    tables: { Header: [{ CHILD: '1', ETHNIC: 'WBRI' }] },
    previous: { Header: [{ CHILD: '1', ETHNIC: 'WIRI' }] },
    at: { table: 'Header', row: 2, column: 'ETHNIC' },
  },
  passes: {
    tables: { Header: [{ CHILD: '1', ETHNIC: 'wbri' }] },
    previous: { Header: [{ CHILD: '1', ETHNIC: 'WBRI' }] },
  },
});

// A UASC child born 01/06/2009: 18 on 01/06/2027.
const UASC_NOW = [{ CHILD: '1', DOB: '01/06/2009', SEX: 'M', DUC: '01/06/2027' }];

describeRule('205A', {
  fails: {
    // XML returns: UASC last year, not this year, and last year's date ceased is not in last year.
    tables: { Header: [{ CHILD: '1', UASC: '' }], UASC: [{ CHILD: '1', DUC: '' }] },
    previous: {
      Header: [{ CHILD: '1', UASC: '1' }],
      UASC: [{ CHILD: '1', DOB: '01/06/2009', DUC: '01/06/2027' }],
    },
    at: { table: 'UASC', row: 2, column: 'DUC' },
  },
  passes: {
    tables: { Header: [{ CHILD: '1', UASC: '' }], UASC: [{ CHILD: '1', DUC: '' }] },
    previous: {
      Header: [{ CHILD: '1', UASC: '1' }],
      UASC: [{ CHILD: '1', DOB: '01/06/2009', DUC: '01/02/2025' }],
    },
  },
});

describeRule('205B', {
  fails: {
    tables: { UASC: [{ CHILD: '1', DOB: '01/06/2009', SEX: 'M', DUC: '' }] },
    previous: { UASC: UASC_NOW },
    at: { table: 'UASC', row: 2, column: 'DUC' },
  },
  passes: {
    tables: { UASC: UASC_NOW },
    previous: { UASC: UASC_NOW },
  },
});

describeRule('205C', {
  fails: {
    tables: { Header: [{ CHILD: '1', UASC: '' }], UASC: [{ CHILD: '1', DUC: '01/06/2025' }] },
    previous: { Header: [{ CHILD: '1', UASC: '' }] },
    at: { table: 'UASC', row: 2, column: 'DUC' },
  },
  passes: {
    tables: { Header: [{ CHILD: '1', UASC: '' }], UASC: [{ CHILD: '1', DUC: '01/06/2025' }] },
    previous: { Header: [{ CHILD: '1', UASC: '1' }] },
  },
});

describeRule('205D', {
  fails: {
    tables: { Header: [{ CHILD: '1', UASC: '1' }] },
    previous: { Header: [{ CHILD: '1', UASC: '' }] },
    at: { table: 'Header', row: 2, column: 'UASC' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', UASC: '1' },
        { CHILD: '2', UASC: '1' },
      ],
    },
    previous: { Header: [{ CHILD: '1', UASC: '1' }] },
  },
});

describeRule('207', {
  fails: {
    tables: { Header: [{ CHILD: '1', MOTHER: '0' }], Episodes: [{ CHILD: '1' }] },
    previous: { Header: [{ CHILD: '1', MOTHER: '1' }] },
    at: { table: 'Header', row: 2, column: 'MOTHER' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', MOTHER: '1' },
        { CHILD: '2', MOTHER: '0' },
      ],
      Episodes: [{ CHILD: '1' }],
    },
    previous: {
      Header: [
        { CHILD: '1', MOTHER: '1' },
        { CHILD: '2', MOTHER: '1' },
      ],
    },
  },
});

describeRule('208', {
  fails: {
    tables: { Header: [{ CHILD: '1', UPN: 'A123456789012' }] },
    previous: { Header: [{ CHILD: '1', UPN: 'A123456789099' }] },
    at: { table: 'Header', row: 2, column: 'UPN' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', UPN: 'A123456789012' },
        { CHILD: '2', UPN: 'UN3' },
        { CHILD: '3', UPN: 'UN1' },
      ],
    },
    previous: {
      Header: [
        { CHILD: '1', UPN: 'UN2' },
        { CHILD: '2', UPN: 'UN1' },
        { CHILD: '3', UPN: '' },
      ],
    },
  },
});

describe('DfE rule 208 reading', () => {
  it('flags a change from a real UPN to an unknown code', () => {
    const found = findingsOf('208', {
      tables: { Header: [{ CHILD: '1', UPN: 'UN2' }] },
      previous: { Header: [{ CHILD: '1', UPN: 'A123456789012' }] },
    });
    expect(found).toHaveLength(1);
  });
});

describeRule('209', {
  fails: {
    // 4 on 31/08/2024, before the 2025/26 year.
    tables: { Header: [{ DOB: '31/08/2020', UPN: 'UN1' }] },
    at: { table: 'Header', row: 2, column: 'UPN' },
  },
  passes: {
    tables: {
      Header: [
        { DOB: '01/09/2020', UPN: 'UN1' },
        { DOB: '31/08/2020', UPN: 'UN2' },
      ],
    },
  },
});

describeRule('210', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', UPN: 'UN4' }],
      Episodes: [{ CHILD: '1', DECOM: '23/03/2026' }],
    },
    at: { table: 'Header', row: 2, column: 'UPN' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', UPN: 'UN4' },
        { CHILD: '2', UPN: 'UN4' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '24/03/2026' },
        { CHILD: '2', DECOM: '01/01/2026', DEC: '30/03/2026' },
      ],
    },
  },
});
