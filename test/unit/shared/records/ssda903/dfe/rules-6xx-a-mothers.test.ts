import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('620', {
  fails: {
    // 10 on 1 April 2025.
    tables: { Header: [{ CHILD: '1', SEX: 'F', DOB: '02/04/2014', MOTHER: '1' }] },
    at: { table: 'Header', row: 2, column: 'DOB' },
  },
  passes: {
    tables: {
      Header: [
        // 11 on 1 April 2025, her birthday.
        { CHILD: '1', SEX: 'F', DOB: '01/04/2014', MOTHER: '1' },
        { CHILD: '2', SEX: 'F', DOB: '02/04/2014', MOTHER: '0' },
      ],
    },
  },
});

describeRule('621', {
  fails: {
    tables: { Header: [{ CHILD: '1', DOB: '01/01/2009', MOTHER: '1', MC_DOB: '01/01/2009' }] },
    at: { table: 'Header', row: 2, column: 'MC_DOB' },
  },
  passes: {
    tables: { Header: [{ CHILD: '1', DOB: '01/01/2009', MOTHER: '1', MC_DOB: '02/01/2009' }] },
  },
});

describeRule('624', {
  fails: {
    tables: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '02/06/2024' }] },
    previous: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '01/06/2024' }] },
    at: { table: 'Header', row: 2, column: 'MC_DOB' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', MOTHER: '1', MC_DOB: '01/06/2024' },
        { CHILD: '2', MOTHER: '1', MC_DOB: '01/06/2025' },
      ],
    },
    previous: {
      Header: [
        { CHILD: '1', MOTHER: '1', MC_DOB: '01/06/2024' },
        { CHILD: '2', MOTHER: '0', MC_DOB: '' },
      ],
    },
  },
});

describe('DfE rule 624 without last year', () => {
  it('says nothing when the previous return is not loaded', () => {
    expect(
      findingsOf('624', { tables: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '' }] } }),
    ).toEqual([]);
  });
  it('flags a first child’s date of birth that has gone blank', () => {
    const found = findingsOf('624', {
      tables: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '' }] },
      previous: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '01/06/2024' }] },
    });
    expect(found).toHaveLength(1);
  });
});

describeRule('625', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '01/08/2025' }],
      Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '01/07/2025', REC: 'E4A' }],
    },
    at: { table: 'Header', row: 2, column: 'MC_DOB' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', MOTHER: '1', MC_DOB: '01/07/2025' },
        { CHILD: '2', MOTHER: '1', MC_DOB: '01/08/2025' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', DEC: '01/07/2025', REC: 'E4A' },
        // Still looked after: a birth later in the year is fine.
        { CHILD: '2', DECOM: '01/05/2024', DEC: '01/07/2025', REC: 'X1' },
        { CHILD: '2', DECOM: '01/07/2025', DEC: '', REC: '' },
      ],
    },
  },
});

describe('DfE rule 625 year end', () => {
  it('flags a first child born after the collection year', () => {
    const found = findingsOf('625', {
      tables: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '01/04/2026' }] },
    });
    expect(found).toHaveLength(1);
  });
});

describeRule('626', {
  fails: {
    tables: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '31/03/2025' }] },
    previous: { Header: [{ CHILD: '1', MOTHER: '0' }] },
    at: { table: 'Header', row: 2, column: 'MOTHER' },
  },
  passes: {
    tables: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '01/04/2025' }] },
    previous: { Header: [{ CHILD: '1', MOTHER: '0' }] },
  },
});

describeRule('628', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', MOTHER: '0' }],
      Episodes: [{ CHILD: '2', DECOM: '01/05/2025' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }],
    },
    at: { table: 'Header', row: 2, column: 'MOTHER' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', MOTHER: '' },
        { CHILD: '2', MOTHER: '0' },
      ],
      Episodes: [{ CHILD: '2', DECOM: '01/05/2025' }],
      OC3: [
        { CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ],
    },
  },
});
