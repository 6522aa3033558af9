import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('101', {
  fails: {
    tables: { Header: [{ CHILD: '1', SEX: '1' }] },
    at: { table: 'Header', row: 2, column: 'SEX' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', SEX: 'M' },
        { CHILD: '2', SEX: 'u' },
      ],
    },
  },
});

describe('DfE rule 101 by year', () => {
  it('accepts 1 and 2 (and not M) in 2023/24, before the 2024/25 change of codes', () => {
    expect(findingsOf('101', { year: 2023, tables: { Header: [{ SEX: '2' }] } })).toEqual([]);
    expect(findingsOf('101', { year: 2023, tables: { Header: [{ SEX: 'M' }] } })).toHaveLength(1);
  });
  it('flags a blank sex', () => {
    expect(findingsOf('101', { tables: { Header: [{ SEX: '' }] } })).toHaveLength(1);
  });
});

describeRule('102', {
  fails: {
    tables: { Header: [{ DOB: '31/02/2010' }] },
    at: { table: 'Header', row: 2, column: 'DOB' },
  },
  passes: { tables: { Header: [{ DOB: '28/02/2010' }] } },
});

describeRule('103', {
  fails: {
    tables: { Header: [{ ETHNIC: '' }] },
    at: { table: 'Header', row: 2, column: 'ETHNIC' },
  },
  passes: { tables: { Header: [{ ETHNIC: 'WBRI' }, { ETHNIC: 'nobt' }] } },
});

describeRule('104', {
  fails: {
    tables: { UASC: [{ DUC: '31/03/2025' }, { DUC: '2025-06-01' }] },
    at: { table: 'UASC', row: 3, column: 'DUC' },
  },
  passes: { tables: { UASC: [{ DUC: '01/04/2025' }, { DUC: '' }] } },
});

describe('DfE rule 104 reading', () => {
  it('flags a ceased date before the collection year', () => {
    const found = findingsOf('104', { tables: { UASC: [{ DUC: '31/03/2025' }] } });
    expect(found).toHaveLength(1);
  });
});

function xmlHeader(uasc: string) {
  return { tables: { Header: [{ CHILD: '1', UASC: uasc }] } };
}

describe('DfE rule 105 (Header UASC, XML returns only)', () => {
  it('flags a value other than 0 or 1', () => {
    expect(findingsOf('105', xmlHeader('2'))).toHaveLength(1);
  });
  it('passes 1 and a blank (not UASC) value', () => {
    expect(findingsOf('105', xmlHeader('1'))).toEqual([]);
    expect(findingsOf('105', xmlHeader(''))).toEqual([]);
  });
  it('does not look at a CSV Header, which has no UASC column', () => {
    expect(findingsOf('105', { tables: { Header: [{ CHILD: '1' }] } })).toEqual([]);
  });
});

describeRule('105', {
  fails: {
    tables: { Header: [{ CHILD: '1', UASC: 'Y' }] },
    at: { table: 'Header', row: 2, column: 'UASC' },
  },
  passes: { tables: { Header: [{ CHILD: '1', UASC: '0' }] } },
});

describeRule('112', {
  fails: {
    tables: { AD1: [{ DATE_INT: '01/13/2025' }] },
    at: { table: 'AD1', row: 2, column: 'DATE_INT' },
  },
  passes: { tables: { AD1: [{ DATE_INT: '01/12/2025' }, { DATE_INT: '' }] } },
});

describeRule('113', {
  fails: {
    tables: { AD1: [{ DATE_MATCH: '1/5/2025' }] },
    at: { table: 'AD1', row: 2, column: 'DATE_MATCH' },
  },
  passes: { tables: { AD1: [{ DATE_MATCH: '01/05/2025' }] } },
});

describeRule('114', {
  fails: {
    tables: { AD1: [{ FOSTER_CARE: '2' }] },
    at: { table: 'AD1', row: 2, column: 'FOSTER_CARE' },
  },
  passes: { tables: { AD1: [{ FOSTER_CARE: '1' }, { FOSTER_CARE: '' }] } },
});

describeRule('115', {
  fails: {
    tables: { PlacedAdoption: [{ DATE_PLACED: '32/01/2025' }] },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: { tables: { PlacedAdoption: [{ DATE_PLACED: '31/01/2025' }] } },
});

describeRule('116', {
  fails: {
    tables: { PlacedAdoption: [{ DATE_PLACED_CEASED: 'soon' }] },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED_CEASED' },
  },
  passes: {
    tables: { PlacedAdoption: [{ DATE_PLACED_CEASED: '' }, { DATE_PLACED_CEASED: '02/02/2026' }] },
  },
});

describeRule('120', {
  fails: {
    tables: { PlacedAdoption: [{ REASON_PLACED_CEASED: 'RD5' }] },
    at: { table: 'PlacedAdoption', row: 2, column: 'REASON_PLACED_CEASED' },
  },
  passes: {
    tables: { PlacedAdoption: [{ REASON_PLACED_CEASED: 'RD4' }, { REASON_PLACED_CEASED: '' }] },
  },
});

describeRule('131', {
  fails: { tables: { OC3: [{ IN_TOUCH: 'Y' }] }, at: { table: 'OC3', row: 2, column: 'IN_TOUCH' } },
  passes: { tables: { OC3: [{ IN_TOUCH: 'RHOM' }] } },
});

describeRule('132', {
  fails: { tables: { OC3: [{ ACTIV: 'F3' }] }, at: { table: 'OC3', row: 2, column: 'ACTIV' } },
  passes: { tables: { OC3: [{ ACTIV: 'F5' }, { ACTIV: '0' }] } },
});

describeRule('133', {
  fails: { tables: { OC3: [{ ACCOM: 'S1' }] }, at: { table: 'OC3', row: 2, column: 'ACCOM' } },
  passes: { tables: { OC3: [{ ACCOM: 'S2' }, { ACCOM: 'Z1' }] } },
});

describe('DfE rules 131-133 need each OC3 item', () => {
  it('flags blank OC3 items', () => {
    const oc3 = { tables: { OC3: [{ CHILD: '1' }] } };
    expect(findingsOf('131', oc3)).toHaveLength(1);
    expect(findingsOf('132', oc3)).toHaveLength(1);
    expect(findingsOf('133', oc3)).toHaveLength(1);
  });
});

describeRule('141', {
  fails: {
    tables: { Episodes: [{ DECOM: '2025/05/01' }] },
    at: { table: 'Episodes', row: 2, column: 'DECOM' },
  },
  passes: { tables: { Episodes: [{ DECOM: '01/05/2025' }] } },
});

describeRule('143', {
  fails: { tables: { Episodes: [{ RNE: 'X' }] }, at: { table: 'Episodes', row: 2, column: 'RNE' } },
  passes: { tables: { Episodes: [{ RNE: 's' }, { RNE: 'U' }, { RNE: '' }] } },
});

describeRule('144', {
  fails: { tables: { Episodes: [{ LS: 'C3' }] }, at: { table: 'Episodes', row: 2, column: 'LS' } },
  passes: { tables: { Episodes: [{ LS: 'J3' }, { LS: 'V4' }] } },
});

describeRule('145', {
  fails: {
    tables: { Episodes: [{ CIN: 'N9' }] },
    at: { table: 'Episodes', row: 2, column: 'CIN' },
  },
  passes: { tables: { Episodes: [{ CIN: 'N8' }] } },
});

describeRule('146', {
  fails: {
    tables: { Episodes: [{ PLACE: 'Z1' }] },
    at: { table: 'Episodes', row: 2, column: 'PLACE' },
  },
  passes: { tables: { Episodes: [{ PLACE: 'Z11' }, { PLACE: 'K3' }, { PLACE: '' }] } },
});

function place(code: string, year: number) {
  return { year, tables: { Episodes: [{ PLACE: code }] } };
}

describe('DfE rule 146 by year', () => {
  it('accepts H5, P2 and Z1 up to 2024/25 and K3 from 2024/25', () => {
    expect(findingsOf('146', place('H5', 2024))).toEqual([]);
    expect(findingsOf('146', place('Z1', 2024))).toEqual([]);
    expect(findingsOf('146', place('K3', 2024))).toEqual([]);
    expect(findingsOf('146', place('K3', 2023))).toHaveLength(1);
  });
  it('drops H5, P2 and Z1 and adds Z11-Z14 from 2025/26', () => {
    expect(findingsOf('146', place('P2', 2025))).toHaveLength(1);
    expect(findingsOf('146', place('Z14', 2026))).toEqual([]);
    expect(findingsOf('146', place('Z14', 2024))).toHaveLength(1);
  });
});

describeRule('147', {
  fails: {
    tables: { Episodes: [{ DEC: '29/02/2025' }] },
    at: { table: 'Episodes', row: 2, column: 'DEC' },
  },
  passes: { tables: { Episodes: [{ DEC: '28/02/2025' }, { DEC: '' }] } },
});

describeRule('149', {
  fails: {
    tables: { Episodes: [{ REC: 'E43' }] },
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: { tables: { Episodes: [{ REC: 'E45' }, { REC: 'x1' }, { REC: '' }] } },
});

describeRule('166', {
  fails: {
    tables: { Reviews: [{ REVIEW: '' }] },
    at: { table: 'Reviews', row: 2, column: 'REVIEW' },
  },
  passes: { tables: { Reviews: [{ REVIEW: '10/10/2025' }] } },
});

describeRule('167', {
  fails: {
    tables: { Reviews: [{ REVIEW: '10/10/2025', REVIEW_CODE: '' }] },
    at: { table: 'Reviews', row: 2, column: 'REVIEW_CODE' },
  },
  passes: {
    tables: {
      Reviews: [
        { REVIEW: '10/10/2025', REVIEW_CODE: 'PN7' },
        { REVIEW: '', REVIEW_CODE: '' },
      ],
    },
  },
});

describeRule('171', {
  fails: {
    tables: { Header: [{ MC_DOB: '00/01/2025' }] },
    at: { table: 'Header', row: 2, column: 'MC_DOB' },
  },
  passes: { tables: { Header: [{ MC_DOB: '' }, { MC_DOB: '01/01/2025' }] } },
});

describeRule('175', {
  fails: {
    tables: { AD1: [{ NB_ADOPTR: '3' }] },
    at: { table: 'AD1', row: 2, column: 'NB_ADOPTR' },
  },
  passes: { tables: { AD1: [{ NB_ADOPTR: '2' }] } },
});

describeRule('176', {
  fails: {
    tables: { AD1: [{ SEX_ADOPTR: 'M2' }] },
    at: { table: 'AD1', row: 2, column: 'SEX_ADOPTR' },
  },
  passes: { tables: { AD1: [{ SEX_ADOPTR: 'MF' }] } },
});

describeRule('177', {
  fails: {
    tables: { AD1: [{ LS_ADOPTR: 'L1' }] },
    at: { table: 'AD1', row: 2, column: 'LS_ADOPTR' },
  },
  passes: { tables: { AD1: [{ LS_ADOPTR: 'L12' }] } },
});

describeRule('180', {
  fails: {
    tables: { OC2: [{ SDQ_SCORE: '41' }] },
    at: { table: 'OC2', row: 2, column: 'SDQ_SCORE' },
  },
  passes: { tables: { OC2: [{ SDQ_SCORE: '40' }, { SDQ_SCORE: '0' }, { SDQ_SCORE: '' }] } },
});

describe('DfE rule 180 reading', () => {
  it('flags a score that is not a whole number', () => {
    expect(findingsOf('180', { tables: { OC2: [{ SDQ_SCORE: '20.5' }] } })).toHaveLength(1);
  });
});

describeRule('196', {
  fails: {
    tables: { OC2: [{ SDQ_REASON: 'SDQ6' }] },
    at: { table: 'OC2', row: 2, column: 'SDQ_REASON' },
  },
  passes: { tables: { OC2: [{ SDQ_REASON: 'SDQ5' }, { SDQ_REASON: '' }] } },
});
