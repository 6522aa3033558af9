import { describe, expect, it } from 'vitest';
import { partialDay } from '../../../../../../shared/records/ssda903/dfe/helpers-r4';
import { dayNumber } from '../../../../../../shared/records/ssda903/dates';
import { describeRule, findingsOf } from './harness';

describeRule('630', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', RNE: 'S' }],
      PrevPerm: [{ CHILD: '1', PREV_PERM: 'P1', LA_PERM: '', DATE_PERM: '01/01/2020' }],
    },
    at: { table: 'Episodes', row: 2, column: 'RNE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', RNE: 'S' },
        { CHILD: '2', DECOM: '01/05/2025', RNE: 'S' },
        // Started last year: its previous permanence was last year's to give.
        { CHILD: '3', DECOM: '31/03/2025', RNE: 'S' },
        { CHILD: '4', DECOM: '01/06/2025', RNE: 'P' },
      ],
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'P1', LA_PERM: '202', DATE_PERM: '01/01/2020' },
        { CHILD: '2', PREV_PERM: 'Z1' },
      ],
    },
  },
});

describe('DfE rule 630 missing row', () => {
  it('flags a child who started care with no PrevPerm row', () => {
    const found = findingsOf('630', {
      tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', RNE: 'S' }], PrevPerm: [] },
    });
    expect(found).toHaveLength(1);
  });
});

describeRule('631', {
  fails: {
    tables: { PrevPerm: [{ CHILD: '1', PREV_PERM: 'P5' }] },
    at: { table: 'PrevPerm', row: 2, column: 'PREV_PERM' },
  },
  passes: {
    tables: {
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'P4' },
        { CHILD: '2', PREV_PERM: 'z1' },
      ],
    },
  },
});

describeRule('632', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '10/05/2025' }],
      PrevPerm: [{ CHILD: '1', PREV_PERM: 'P1', DATE_PERM: 'ZZ/05/2025' }],
    },
    at: { table: 'PrevPerm', row: 2, column: 'DATE_PERM' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '10/05/2025' },
        { CHILD: '2', DECOM: '10/05/2025' },
      ],
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'P1', DATE_PERM: 'ZZ/04/2025' },
        { CHILD: '2', PREV_PERM: 'P2', DATE_PERM: 'ZZ/ZZ/ZZZZ' },
      ],
    },
  },
});

describe('DfE rule 632 dates', () => {
  it('flags a DATE_PERM that is no date', () => {
    const found = findingsOf('632', {
      tables: { PrevPerm: [{ CHILD: '1', PREV_PERM: 'P1', DATE_PERM: '31/02/2020' }] },
    });
    expect(found).toHaveLength(1);
  });
  it('reads ZZ parts as a range of days', () => {
    expect(partialDay('ZZ/02/2024')).toEqual({
      known: true,
      earliest: dayNumber(2024, 2, 1),
      latest: dayNumber(2024, 2, 29),
    });
    expect(partialDay('31/ZZ/2024')).toEqual({
      known: true,
      earliest: dayNumber(2024, 1, 31),
      latest: dayNumber(2024, 12, 31),
    });
    expect(partialDay('ZZ/ZZ/ZZZZ')).toEqual({ known: false });
    expect(partialDay('ZZ/ZZ/ZZ')).toBeUndefined();
    expect(partialDay('2024-01-01')).toBeUndefined();
  });
});

describeRule('633', {
  fails: {
    tables: { PrevPerm: [{ CHILD: '1', PREV_PERM: 'P1', LA_PERM: '458' }] },
    at: { table: 'PrevPerm', row: 2, column: 'LA_PERM' },
  },
  passes: {
    tables: {
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'P1', LA_PERM: '941' },
        { CHILD: '2', PREV_PERM: 'P1', LA_PERM: 'SCO' },
        { CHILD: '3', PREV_PERM: 'P1', LA_PERM: '213' },
      ],
    },
  },
});

describeRule('634', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '31/03/2016' }],
      PrevPerm: [{ CHILD: '1', PREV_PERM: 'P1', LA_PERM: '202', DATE_PERM: '01/01/2010' }],
    },
    at: { table: 'PrevPerm', row: 2, column: 'PREV_PERM' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '31/03/2016' },
        { CHILD: '1', DECOM: '01/04/2016' },
      ],
      PrevPerm: [{ CHILD: '1', PREV_PERM: 'P1', LA_PERM: '202', DATE_PERM: '01/01/2010' }],
    },
  },
});

describeRule('635', {
  fails: {
    tables: { PrevPerm: [{ CHILD: '1', PREV_PERM: 'Z1', LA_PERM: '202' }] },
    at: { table: 'PrevPerm', row: 2, column: 'PREV_PERM' },
  },
  passes: {
    tables: {
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'Z1' },
        { CHILD: '2', PREV_PERM: 'P1', LA_PERM: '202', DATE_PERM: '01/01/2020' },
      ],
    },
  },
});

describe('DfE rule 635 blank code', () => {
  it('flags an order date with no previous permanence code', () => {
    const found = findingsOf('635', {
      tables: { PrevPerm: [{ CHILD: '1', PREV_PERM: '', DATE_PERM: '01/01/2020' }] },
    });
    expect(found).toHaveLength(1);
  });
});
