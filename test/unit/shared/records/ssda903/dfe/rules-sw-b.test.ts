import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('SW08STG2', {
  fails: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '' },
        { CHILD: '1', SW_DECOM: '01/07/2025', SW_DEC: '' },
      ],
    },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_DEC' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '01/07/2025' },
        { CHILD: '1', SW_DECOM: '01/07/2025', SW_DEC: '' },
        { CHILD: '2', SW_DECOM: '01/05/2025', SW_DEC: '' },
      ],
    },
  },
});

describeRule('SW09STG2', {
  fails: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '01/05/2025' }] },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_DECOM' },
  },
  passes: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '02/05/2025' }] },
  },
});

describeRule('SW10STG2', {
  fails: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_DECOM: '20/05/2025', SW_DEC: '', SW_REASON: 'LEFTRL' },
        { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '30/05/2025', SW_REASON: '' },
      ],
    },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_DECOM' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        // A week before the previous end is within the tolerance.
        { CHILD: '1', SW_DECOM: '23/05/2025', SW_DEC: '', SW_REASON: 'LEFTRL' },
        { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '30/05/2025', SW_REASON: '' },
        { CHILD: '2', SW_DECOM: '01/05/2025', SW_DEC: '30/05/2025', SW_REASON: '' },
        { CHILD: '2', SW_DECOM: '10/05/2025', SW_DEC: '', SW_REASON: 'FCONTA' },
      ],
    },
  },
});

describeRule('SW11bSTG2', {
  fails: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '30/03/2026' }] },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_DEC' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '30/03/2026' },
        { CHILD: '1', SW_DECOM: '30/03/2026', SW_DEC: '' },
        { CHILD: '2', SW_DECOM: '01/05/2025', SW_DEC: '31/03/2026' },
      ],
    },
  },
});

describeRule('SW12STG2', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '' }],
      SW_Episodes: [{ CHILD: '1', SW_DECOM: '02/04/2025', SW_DEC: '' }],
    },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_DECOM' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2025', DEC: '' },
        // First looked after in October: social work from then is enough.
        { CHILD: '2', DECOM: '01/10/2025', DEC: '' },
        // Not looked after on 31 March.
        { CHILD: '3', DECOM: '01/01/2025', DEC: '01/06/2025', REC: 'E4A' },
      ],
      SW_Episodes: [
        { CHILD: '1', SW_DECOM: '01/04/2025', SW_DEC: '' },
        { CHILD: '2', SW_DECOM: '01/10/2025', SW_DEC: '' },
        { CHILD: '3', SW_DECOM: '01/06/2025', SW_DEC: '' },
      ],
    },
  },
});

describe('DfE rule SW12STG2 no social worker', () => {
  it('flags the open episode of a child with no social worker episodes', () => {
    const found = findingsOf('SW12STG2', {
      tables: { Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '' }], SW_Episodes: [] },
    });
    expect(found).toEqual([
      expect.objectContaining({ sheet: 'Episodes', row: 2, column: 'DECOM' }),
    ]);
  });
});

describeRule('SW13STG1', {
  fails: {
    tables: { SW_Episodes: [{ CHILD: '1', SW_DECOM: '01/05/2025', SW_REASON: 'SICK' }] },
    at: { table: 'SW_Episodes', row: 2, column: 'SW_REASON' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_DECOM: '01/05/2025', SW_REASON: 'pcchan' },
        { CHILD: '2', SW_DECOM: '01/05/2025', SW_REASON: '' },
      ],
    },
  },
});

describeRule('SW17STG2', {
  fails: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_DECOM: '01/05/2024', SW_DEC: '01/05/2025' },
        { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '31/03/2026' },
      ],
    },
    at: { table: 'SW_Episodes', row: 3, column: 'SW_DEC' },
  },
  passes: {
    tables: {
      SW_Episodes: [
        { CHILD: '1', SW_DECOM: '01/05/2024', SW_DEC: '01/05/2025' },
        { CHILD: '1', SW_DECOM: '01/05/2025', SW_DEC: '' },
      ],
    },
  },
});

describe('DfE rule SW13STG1 by year', () => {
  const tables = {
    SW_Episodes: [
      { CHILD: '1', SW_DECOM: '01/05/2023', SW_DEC: '01/06/2023', SW_REASON: '' },
      { CHILD: '1', SW_DECOM: '01/06/2023', SW_DEC: '', SW_REASON: '' },
    ],
  };
  it('2023/24: flags a reason not entered, except on the child’s first episode', () => {
    expect(findingsOf('SW13STG1', { year: 2023, tables })).toEqual([
      expect.objectContaining({ row: 3, column: 'SW_REASON' }),
    ]);
  });
  it('2024/25 onward: leaves a blank reason to SW01b', () => {
    expect(findingsOf('SW13STG1', { year: 2024, tables })).toEqual([]);
  });
});
