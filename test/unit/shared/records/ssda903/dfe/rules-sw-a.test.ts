import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('SW01aSTG1', {
  fails: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_ID: '', SW_DECOM: '01/01/2023' }] },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_ID' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/01/2023', SW_REASON: '' },
        // From April 2023 a missing ID is SW01b's.
        { CHILD: '2', SW_ID: '', SW_DECOM: '01/04/2023' },
      ],
    },
  },
});

describe('DfE rule SW01aSTG1 blank start', () => {
  it('flags an episode with no start date, once', () => {
    const found = findingsOf('SW01aSTG1', {
      tables: { SW_Episodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '' }] },
    });
    expect(found).toEqual([expect.objectContaining({ column: 'SW_DECOM' })]);
    expect(
      findingsOf('SW01bSTG1', { tables: { SW_Episodes: [{ CHILD: '1', SW_DECOM: '' }] } }),
    ).toEqual([]);
  });
});

describeRule('SW01bSTG1', {
  fails: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2023', SW_REASON: '' }] },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_REASON' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2023', SW_REASON: 'MANAGE' },
        { CHILD: '2', SW_ID: 'SW2', SW_DECOM: '31/03/2023', SW_REASON: '' },
      ],
    },
  },
});

describeRule('SW02STG1', {
  fails: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_ID: 'AB123', SW_DECOM: '01/05/2025' }] },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_ID' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_ID: 'SW123', SW_DECOM: '01/05/2025' },
        { CHILD: '2', SW_ID: 'XX000', SW_DECOM: '01/05/2025' },
      ],
    },
  },
});

describeRule('SW04STG1', {
  fails: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '2025-05-01' }] },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_DECOM' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/05/2025' },
        { CHILD: '2', SW_ID: 'SW2', SW_DECOM: 'ZZ/ZZ/ZZZZ' },
      ],
    },
  },
});

describeRule('SW05STG1', {
  fails: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '31/09/2025' }] },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_DEC' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '30/09/2025' },
        { CHILD: '2', SW_DECOM: '01/05/2025', SW_DEC: '' },
      ],
    },
  },
});

describeRule('SW06STG2', {
  fails: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_DECOM: '01/04/2026' }] },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_DECOM' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_DECOM: '31/03/2026' },
        { CHILD: '2', SW_DECOM: '01/01/2019' },
      ],
    },
  },
});

describeRule('SW07STG2', {
  fails: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_DECOM: '01/01/2024', SW_DEC: '31/03/2024' }] },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_DEC' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        // The reporting period begins a year before the collection year.
        { CHILD: '1', SW_DECOM: '01/01/2024', SW_DEC: '01/04/2024' },
        { CHILD: '2', SW_DECOM: '01/01/2026', SW_DEC: '31/03/2026' },
      ],
    },
  },
});

describe('DfE rule SW07STG2 after the year', () => {
  it('flags an end date after 31 March', () => {
    const found = findingsOf('SW07STG2', {
      tables: { SW_Episodes: [{ CHILD: '1', SW_DECOM: '01/01/2026', SW_DEC: '01/04/2026' }] },
    });
    expect(found).toHaveLength(1);
  });
});
