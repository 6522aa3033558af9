import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf, type RuleCase } from './harness';

describeRule('511', {
  fails: {
    tables: { AD1: [{ CHILD: '1', NB_ADOPTR: '2', SEX_ADOPTR: 'F1' }] },
    at: { table: 'AD1', row: 2, column: 'SEX_ADOPTR' },
  },
  passes: {
    tables: {
      AD1: [
        { CHILD: '1', NB_ADOPTR: '2', SEX_ADOPTR: 'FF' },
        { CHILD: '2', NB_ADOPTR: '1', SEX_ADOPTR: 'F1' },
      ],
    },
  },
});

/** An AD1 gender rule: `status` with a gender code it forbids, and with one it allows. */
function genders(status: string, wrong: string, right: string): Parameters<typeof describeRule>[1] {
  return {
    fails: {
      tables: { AD1: [{ CHILD: '1', LS_ADOPTR: status, SEX_ADOPTR: wrong }] },
      at: { table: 'AD1', row: 2, column: 'SEX_ADOPTR' },
    },
    passes: {
      tables: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: status, SEX_ADOPTR: right },
          // Another legal status may have the code this one forbids.
          {
            CHILD: '2',
            LS_ADOPTR: status === 'L0' ? 'L11' : 'L0',
            SEX_ADOPTR: status === 'L0' ? 'MF' : 'M1',
          },
        ],
      },
    },
  };
}

describeRule('514', genders('L0', 'MF', 'M1'));
describeRule('517', genders('L3', 'FF', 'MF'));
describeRule('518', genders('L4', 'MF', 'MM'));
describeRule('519', genders('L2', 'F1', 'FF'));
describeRule('520', genders('L11', 'MM', 'MF'));
describeRule('524', genders('L12', 'MF', 'FF'));

describe('the AD1 gender rules', () => {
  it('flag a couple status with the gender code left blank', () => {
    expect(findingsOf('519', { tables: { AD1: [{ CHILD: '1', LS_ADOPTR: 'L2' }] } })).toHaveLength(
      1,
    );
  });
});

describeRule('516', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E45', PLACE: 'K2' }],
    },
    at: { table: 'Episodes', row: 2, column: 'PLACE' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E46', PLACE: 'U4' },
        { CHILD: '2', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E47', PLACE: 'K2' },
      ],
    },
  },
});

describeRule('521', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', PLACE: 'A4' }],
      AD1: [{ CHILD: '1', DATE_INT: '02/05/2025' }],
    },
    at: { table: 'AD1', row: 2, column: 'DATE_INT' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '02/05/2025', REC: 'X1', PLACE: 'U1' },
        { CHILD: '1', DECOM: '02/05/2025', PLACE: 'A4' },
      ],
      AD1: [{ CHILD: '1', DATE_INT: '02/05/2025' }],
    },
  },
});

describeRule('522', {
  fails: {
    tables: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/05/2025', DATE_PLACED_CEASED: '01/05/2025' }],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    tables: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/05/2025', DATE_PLACED_CEASED: '02/05/2025' }],
    },
  },
});

describeRule('523', {
  fails: {
    tables: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/05/2025' }],
      AD1: [{ CHILD: '1', DATE_INT: '03/05/2025' }],
    },
    at: { table: 'PlacedAdoption', row: 2, column: 'DATE_PLACED' },
  },
  passes: {
    tables: {
      PlacedAdoption: [
        // An earlier decision, revoked, has its own date.
        {
          CHILD: '1',
          DATE_PLACED: '01/01/2024',
          DATE_PLACED_CEASED: '01/06/2024',
          REASON_PLACED_CEASED: 'RD1',
        },
        { CHILD: '1', DATE_PLACED: '03/05/2025' },
      ],
      AD1: [{ CHILD: '1', DATE_INT: '03/05/2025' }],
    },
  },
});

/** A child whose decision to place was revoked, and AD1 as given. */
function revoked(
  decisions: readonly Record<string, string>[],
  adopted: Record<string, string>,
): RuleCase {
  return { tables: { PlacedAdoption: decisions, AD1: [{ CHILD: '1', ...adopted }] } };
}

describeRule('525', {
  fails: {
    ...revoked([{ CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/07/2025' }], {
      DATE_MATCH: '01/06/2025',
    }),
    at: { table: 'AD1', row: 2, column: 'DATE_MATCH' },
  },
  passes: revoked(
    [
      { CHILD: '1', DATE_PLACED: '01/05/2024', DATE_PLACED_CEASED: '01/07/2024' },
      { CHILD: '1', DATE_PLACED: '01/05/2025' },
    ],
    { DATE_INT: '01/05/2025', DATE_MATCH: '01/06/2025' },
  ),
});

describe('DfE rule 525 with nothing in AD1', () => {
  it('does not flag a revoked decision when AD1 records no adoption', () => {
    const found = findingsOf(
      '525',
      revoked([{ CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/07/2025' }], {}),
    );
    expect(found).toEqual([]);
  });
});
