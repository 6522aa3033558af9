import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('344', {
  fails: {
    tables: { OC3: [{ CHILD: '1', IN_TOUCH: 'RHOM', ACTIV: 'F1', ACCOM: '0' }] },
    at: { table: 'OC3', row: 2, column: 'ACTIV' },
  },
  passes: {
    tables: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'RHOM', ACTIV: '0', ACCOM: '0' },
        { CHILD: '2', IN_TOUCH: 'DIED', ACTIV: '', ACCOM: '' },
        { CHILD: '3', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ],
    },
  },
});

describeRule('345', {
  fails: {
    tables: { OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: '0' }] },
    at: { table: 'OC3', row: 2, column: 'ACCOM' },
  },
  passes: {
    tables: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: '2', IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' },
      ],
    },
  },
});

describeRule('347', {
  fails: {
    tables: { OC3: [{ CHILD: '1', DOB: '02/04/2007', IN_TOUCH: 'YES', ACCOM: 'T1' }] },
    at: { table: 'OC3', row: 2, column: 'ACCOM' },
  },
  passes: {
    tables: {
      OC3: [
        { CHILD: '1', DOB: '01/04/2007', IN_TOUCH: 'YES', ACCOM: 'T2' },
        { CHILD: '2', DOB: '02/04/2007', IN_TOUCH: 'YES', ACCOM: 'B1' },
      ],
    },
  },
});

describeRule('348', {
  fails: {
    previous: { OC3: [{ CHILD: '1', IN_TOUCH: 'DIED' }] },
    tables: { OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }] },
    at: { table: 'OC3', row: 2, column: 'IN_TOUCH' },
  },
  passes: {
    previous: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'DIED' },
        { CHILD: '2', IN_TOUCH: 'YES' },
      ],
    },
    tables: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'DIED' },
        { CHILD: '2', IN_TOUCH: 'NO' },
      ],
    },
  },
});

describe('DfE rule 348 without the previous return', () => {
  it('checks nothing', () => {
    expect(findingsOf('348', { tables: { OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }] } })).toEqual([]);
  });
});
