import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

const AD1_FULL = {
  DATE_INT: '01/01/2025',
  DATE_MATCH: '01/02/2025',
  FOSTER_CARE: '0',
  NB_ADOPTR: '2',
  SEX_ADOPTR: 'MF',
  LS_ADOPTR: 'L0',
};

describeRule('601', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'E11' }],
      AD1: [{ CHILD: '1', ...AD1_FULL, NB_ADOPTR: '' }],
    },
    at: { table: 'AD1', row: 2, column: 'NB_ADOPTR' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'E11' },
        // Adopted last year: this year's AD1 need not be complete.
        { CHILD: '2', DECOM: '01/05/2023', DEC: '01/06/2024', REC: 'E12' },
      ],
      AD1: [
        { CHILD: '1', ...AD1_FULL },
        { CHILD: '2', ...AD1_FULL, NB_ADOPTR: '' },
      ],
    },
  },
});

describe('DfE rule 601 readings', () => {
  it('flags the adoption episode when AD1 is loaded but has no row for the child', () => {
    const found = findingsOf('601', {
      tables: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'E12' }],
        AD1: [{ CHILD: '9', ...AD1_FULL }],
      },
    });
    expect(found).toEqual([expect.objectContaining({ sheet: 'Episodes', row: 2, column: 'REC' })]);
  });
  it('says nothing when no AD1 table was loaded', () => {
    const found = findingsOf('601', {
      tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'E12' }] },
    });
    expect(found).toEqual([]);
  });
});

describeRule('602', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'E4A' }],
      AD1: [{ CHILD: '1', ...AD1_FULL }],
    },
    at: { table: 'AD1', row: 2, column: 'CHILD' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'E11' },
        { CHILD: '2', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'E4A' },
      ],
      AD1: [{ CHILD: '1', ...AD1_FULL }, { CHILD: '2' }],
    },
  },
});

describeRule('607', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', SEX: 'F', MOTHER: '' }],
      Episodes: [{ CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'E4A', LS: 'C2' }],
    },
    at: { table: 'Header', row: 2, column: 'MOTHER' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '0' },
        { CHILD: '2', SEX: 'F', MOTHER: '' },
        { CHILD: '3', SEX: 'F', MOTHER: '' },
        { CHILD: '4', SEX: 'M', MOTHER: '' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'E4A', LS: 'C2' },
        // X1: only the placement changed, the child is still looked after.
        { CHILD: '2', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'X1', LS: 'C2' },
        // A short break.
        { CHILD: '3', DECOM: '01/05/2025', DEC: '03/05/2025', REC: 'E13', LS: 'V3' },
        { CHILD: '4', DECOM: '01/05/2024', DEC: '01/06/2025', REC: 'E4A', LS: 'C2' },
      ],
    },
  },
});

describeRule('611', {
  fails: {
    tables: { Header: [{ CHILD: '1', SEX: 'F', MOTHER: '1', MC_DOB: '' }] },
    at: { table: 'Header', row: 2, column: 'MC_DOB' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '1', MC_DOB: '01/01/2025' },
        { CHILD: '2', SEX: 'F', MOTHER: '0', MC_DOB: '' },
      ],
    },
  },
});

describeRule('612', {
  fails: {
    tables: { Header: [{ CHILD: '1', SEX: 'F', MOTHER: '0', MC_DOB: '01/01/2025' }] },
    at: { table: 'Header', row: 2, column: 'MC_DOB' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '1', MC_DOB: '01/01/2025' },
        { CHILD: '2', SEX: 'F', MOTHER: '0', MC_DOB: '' },
      ],
    },
  },
});

describe('DfE rule 612 reading', () => {
  it('flags a blank MOTHER with a first child’s date of birth', () => {
    const found = findingsOf('612', {
      tables: { Header: [{ CHILD: '1', SEX: 'F', MOTHER: '', MC_DOB: '01/01/2025' }] },
    });
    expect(found).toHaveLength(1);
  });
});

describe('DfE rules 607 and 612 before 2024/25', () => {
  it('read a girl as SEX 2 while the old codes were in use', () => {
    const header = [{ CHILD: '1', SEX: '2', MOTHER: '0', MC_DOB: '01/01/2023' }];
    expect(findingsOf('612', { year: 2023, tables: { Header: header } })).toHaveLength(1);
    expect(findingsOf('612', { year: 2025, tables: { Header: header } })).toEqual([]);
    const episodes = [{ CHILD: '1', DECOM: '01/05/2022', DEC: '01/06/2023', REC: 'E4A', LS: 'C2' }];
    const blankMother = [{ CHILD: '1', SEX: '2', MOTHER: '' }];
    expect(
      findingsOf('607', { year: 2023, tables: { Header: blankMother, Episodes: episodes } }),
    ).toHaveLength(1);
  });
});
