import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('117', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/09/2025', REC: 'E11' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/09/2025' }],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/09/2025', REC: 'E11' },
        { CHILD: '1', DECOM: '01/10/2025', DEC: '01/11/2025', REC: 'X1' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/09/2025', DATE_PLACED_CEASED: '' }],
    },
  },
});

describe('DfE rule 117 reading', () => {
  it('flags a decision after 31 March', () => {
    const found = findingsOf('117', {
      tables: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '01/04/2026' }] },
    });
    expect(found).toHaveLength(1);
  });
});

describeRule('118', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/06/2025', LS: 'C2' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '31/05/2025' }],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED_CEASED' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', LS: 'V3' },
        { CHILD: '1', DECOM: '01/06/2025', LS: 'C2' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '01/06/2025' }],
    },
  },
});

describeRule('119', {
  fails: {
    tables: { PlacedAdoption: [{ DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: '' }] },
    at: { table: 'PlacedAdoption', row: 2, column: 'REASON_PLACED_CEASED' },
  },
  passes: {
    tables: {
      PlacedAdoption: [
        { DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: 'RD1' },
        { DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
      ],
    },
  },
});

describeRule('134', {
  fails: {
    tables: { OC3: [{ CHILD: '1', ACCOM: 'B1' }], AD1: [{ CHILD: '1', DATE_INT: '01/05/2025' }] },
    at: { table: 'AD1', row: 2, column: 'DATE_INT' },
  },
  passes: {
    tables: {
      OC3: [{ CHILD: '1', ACCOM: '' }],
      AD1: [
        { CHILD: '1', DATE_INT: '01/05/2025' },
        { CHILD: '2', DATE_INT: '01/05/2025' },
      ],
    },
  },
});

describeRule('142', {
  fails: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: '' },
        { CHILD: '1', DECOM: '01/06/2025' },
      ],
    },
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025' },
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'X1' },
      ],
    },
  },
});

describeRule('148', {
  fails: {
    tables: { Episodes: [{ DEC: '', REC: 'E11' }] },
    at: { table: 'Episodes', row: 2, column: 'DEC' },
  },
  passes: {
    tables: {
      Episodes: [
        { DEC: '01/06/2025', REC: 'E11' },
        { DEC: '', REC: '' },
      ],
    },
  },
});

describeRule('151', {
  fails: {
    tables: { AD1: [{ DATE_INT: '01/05/2025', DATE_MATCH: '01/06/2025' }] },
    at: { table: 'AD1', row: 2, column: 'FOSTER_CARE' },
  },
  passes: {
    tables: {
      AD1: [
        {
          DATE_INT: '01/05/2025',
          DATE_MATCH: '01/06/2025',
          FOSTER_CARE: '0',
          NB_ADOPTR: '1',
          SEX_ADOPTR: 'F1',
          LS_ADOPTR: 'L0',
        },
        {},
      ],
    },
  },
});

describeRule('153', {
  fails: {
    tables: { OC3: [{ IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: '' }] },
    at: { table: 'OC3', row: 2, column: 'ACCOM' },
  },
  passes: { tables: { OC3: [{ IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }, { CHILD: '2' }] } },
});

describeRule('158', {
  fails: {
    tables: { OC2: [{ INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '1' }] },
    at: { table: 'OC2', row: 2, column: 'INTERVENTION_OFFERED' },
  },
  passes: {
    tables: {
      OC2: [
        { INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '' },
        { INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
      ],
    },
  },
});

describeRule('159', {
  fails: {
    tables: { OC2: [{ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' }] },
    at: { table: 'OC2', row: 2, column: 'INTERVENTION_OFFERED' },
  },
  passes: {
    tables: {
      OC2: [
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '0' },
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' },
      ],
    },
  },
});

describeRule('165', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', SEX: 'F', MOTHER: '' }],
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', LS: 'C2' }],
    },
    at: { table: 'Header', row: 2, column: 'MOTHER' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '0' },
        { CHILD: '2', SEX: 'M', MOTHER: '' },
        { CHILD: '3', SEX: 'F', MOTHER: '' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '01/05/2025', LS: 'C2' },
        { CHILD: '3', DECOM: '01/05/2025', LS: 'V3' },
      ],
    },
  },
});

describe('DfE rule 165 readings', () => {
  it('flags mother status for a boy, and a value other than 0 or 1', () => {
    const found = findingsOf('165', {
      tables: {
        Header: [
          { CHILD: '1', SEX: 'M', MOTHER: '1' },
          { CHILD: '2', SEX: 'F', MOTHER: '2' },
        ],
      },
    });
    expect(found.map((problem) => problem.row)).toEqual([2, 3]);
  });
  it('reads sex 2 as female in 2023/24', () => {
    const found = findingsOf('165', {
      year: 2023,
      tables: {
        Header: [{ CHILD: '1', SEX: '2', MOTHER: '' }],
        Episodes: [{ CHILD: '1', DECOM: '01/05/2023', LS: 'C2' }],
      },
    });
    expect(found).toHaveLength(1);
  });
});

describeRule('168', {
  fails: {
    tables: { Header: [{ UPN: 'I123456789012' }] },
    at: { table: 'Header', row: 2, column: 'UPN' },
  },
  passes: {
    tables: { Header: [{ UPN: 'A123456789012' }, { UPN: 'B12345678901C' }, { UPN: 'UN5' }] },
  },
});

describeRule('174', {
  fails: {
    tables: { Header: [{ SEX: 'M', MC_DOB: '01/01/2025' }] },
    at: { table: 'Header', row: 2, column: 'MC_DOB' },
  },
  passes: {
    tables: {
      Header: [
        { SEX: 'F', MC_DOB: '01/01/2025' },
        { SEX: 'M', MC_DOB: '' },
      ],
    },
  },
});

describeRule('178', {
  fails: {
    tables: { Episodes: [{ PLACE: 'Z11', PLACE_PROVIDER: 'PR1' }] },
    at: { table: 'Episodes', row: 2, column: 'PLACE_PROVIDER' },
  },
  passes: {
    tables: {
      Episodes: [
        { PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
        { PLACE: 'T4', PLACE_PROVIDER: 'PR2' },
        { PLACE: 'T0', PLACE_PROVIDER: '' },
      ],
    },
  },
});

describe('DfE rule 178 by year', () => {
  it('flags a provider for T4 up to 2024/25 and an invalid code in any year', () => {
    const t4 = { tables: { Episodes: [{ PLACE: 'T4', PLACE_PROVIDER: 'PR2' }] } };
    expect(findingsOf('178', { ...t4, year: 2024 })).toHaveLength(1);
    expect(
      findingsOf('178', { tables: { Episodes: [{ PLACE: 'U1', PLACE_PROVIDER: 'PR6' }] } }),
    ).toHaveLength(1);
  });
});

describeRule('184', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/05/2025' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '30/04/2025' }],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/05/2025' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/05/2025' }],
    },
  },
});
