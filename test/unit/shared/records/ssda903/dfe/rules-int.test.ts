import { describe, expect, it } from 'vitest';
import type { TableName } from '../../../../../../shared/records/ssda903/tables';
import { describeRule, findingsOf, type RuleCase } from './harness';

const HEADER = [
  { CHILD: '1', SEX: 'F', DOB: '01/02/2010' },
  { CHILD: '2', SEX: 'M', DOB: '03/04/2012' },
];

/** A table with a child Header lacks (fails) and one with only Header's children (passes). */
function inHeader(table: TableName): {
  fails: RuleCase & { at: { table: TableName; row: number; column: string } };
  passes: RuleCase;
} {
  return {
    fails: {
      tables: { Header: HEADER, [table]: [{ CHILD: '1' }, { CHILD: '3' }] },
      at: { table, row: 3, column: 'CHILD' },
    },
    passes: { tables: { Header: HEADER, [table]: [{ CHILD: '1' }, { CHILD: '2' }] } },
  };
}

/** A table whose DOB differs from Header's (fails) and one that agrees (passes). */
function sameDob(table: TableName): ReturnType<typeof inHeader> {
  return {
    fails: {
      tables: { Header: HEADER, [table]: [{ CHILD: '2', DOB: '04/03/2012' }] },
      at: { table, row: 2, column: 'DOB' },
    },
    passes: {
      tables: {
        Header: HEADER,
        [table]: [
          { CHILD: '2', DOB: '03/04/2012' },
          { CHILD: '1', DOB: '' },
        ],
      },
    },
  };
}

/** A table with a child twice (fails) and one with each child once (passes). */
function once(table: TableName): ReturnType<typeof inHeader> {
  return {
    fails: {
      tables: { [table]: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '1' }] },
      at: { table, row: 4, column: 'CHILD' },
    },
    passes: { tables: { [table]: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '' }, { CHILD: '' }] } },
  };
}

describeRule('EPI', {
  fails: {
    tables: { Header: HEADER, Episodes: [{ CHILD: '1', DECOM: '01/05/2025' }] },
    at: { table: 'Header', row: 3, column: 'CHILD' },
  },
  passes: {
    tables: {
      Header: HEADER,
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025' }],
      OC3: [{ CHILD: '2', IN_TOUCH: 'YES' }],
    },
  },
});

describeRule('INT01', inHeader('AD1'));
describeRule('INT02', inHeader('PlacedAdoption'));
describeRule('INT03', inHeader('Episodes'));
describeRule('INT04', inHeader('Missing'));
describeRule('INT05', inHeader('OC2'));
describeRule('INT06', inHeader('OC3'));
describeRule('INT07', inHeader('PrevPerm'));
describeRule('INT08', inHeader('Reviews'));
describeRule('INT09', inHeader('UASC'));

describe('DfE rules INT01–09 without Header', () => {
  it('say nothing when no Header table was loaded', () => {
    expect(findingsOf('INT03', { tables: { Episodes: [{ CHILD: '1' }] } })).toEqual([]);
  });
});

describeRule('INT11', sameDob('AD1'));
describeRule('INT12', sameDob('PlacedAdoption'));
describeRule('INT13', sameDob('Missing'));
describeRule('INT14', sameDob('OC2'));
describeRule('INT15', sameDob('OC3'));
describeRule('INT16', sameDob('PrevPerm'));
describeRule('INT17', sameDob('Reviews'));
describeRule('INT18', sameDob('UASC'));

describeRule('INT21', {
  fails: {
    tables: { Header: HEADER, UASC: [{ CHILD: '1', SEX: 'M' }] },
    at: { table: 'UASC', row: 2, column: 'SEX' },
  },
  passes: {
    tables: {
      Header: HEADER,
      UASC: [
        { CHILD: '1', SEX: 'F' },
        // UASC's old code 1 for male is the same sex as Header's M.
        { CHILD: '2', SEX: '1' },
      ],
    },
  },
});

describeRule('INT31', once('AD1'));
describeRule('INT32', once('Header'));
describeRule('INT33', once('OC2'));
describeRule('INT34', once('OC3'));
describeRule('INT35', once('PrevPerm'));
describeRule('INT36', once('UASC'));

describe('DfE rules INT31–36 flag every row of the child', () => {
  it('flags both rows', () => {
    const found = findingsOf('INT32', { tables: { Header: [{ CHILD: '1' }, { CHILD: '1' }] } });
    expect(found.map((problem) => problem.row)).toEqual([2, 3]);
  });
});

describeRule('NoE', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '31/03/2025' }] },
    previous: { Episodes: [{ CHILD: '2', DECOM: '01/01/2025' }] },
    at: { table: 'Episodes', row: 2, column: 'DECOM' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025' },
        { CHILD: '2', DECOM: '01/01/2025' },
      ],
    },
    previous: { Episodes: [{ CHILD: '2', DECOM: '01/01/2025' }] },
  },
});
