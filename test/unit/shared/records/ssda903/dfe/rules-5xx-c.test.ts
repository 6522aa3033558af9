import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

describeRule('526', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025', PLACE: 'U1' }] },
    at: { table: 'Episodes', row: 2, column: 'PLACE_PROVIDER' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
        { CHILD: '2', DECOM: '01/05/2025', PLACE: 'T2' },
        { CHILD: '3', DECOM: '01/05/2025', PLACE: 'Z13' },
      ],
    },
  },
});

/** How many findings 526 makes of one episode in `place` with no provider, in a year. */
function unprovided(place: string, year: number): number {
  return findingsOf('526', {
    year,
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2024', PLACE: place }] },
  }).length;
}

describe('DfE rule 526 by year', () => {
  it('excuses Z1 up to 2024/25 and Z11–Z14 from 2025/26', () => {
    expect(unprovided('Z1', 2024)).toBe(0);
    expect(unprovided('Z1', 2025)).toBe(1);
    expect(unprovided('Z11', 2026)).toBe(0);
  });
});

/** A provider rule: `provider` with a placement it forbids, and with one it allows. */
function provider(code: string, wrong: string, right: string): Parameters<typeof describeRule>[1] {
  return {
    fails: {
      tables: {
        Episodes: [{ CHILD: '1', DECOM: '01/05/2025', PLACE: wrong, PLACE_PROVIDER: code }],
      },
      at: { table: 'Episodes', row: 2, column: 'PLACE_PROVIDER' },
    },
    passes: {
      tables: {
        Episodes: [
          { CHILD: '1', DECOM: '01/05/2025', PLACE: right, PLACE_PROVIDER: code },
          {
            CHILD: '2',
            DECOM: '01/05/2025',
            PLACE: wrong,
            PLACE_PROVIDER: code === 'PR0' ? 'PR1' : 'PR0',
          },
        ],
      },
    },
  };
}

describeRule('527', provider('PR1', 'R5', 'U1'));
describeRule('528', provider('PR2', 'R2', 'U1'));
describeRule('529', provider('PR3', 'K2', 'R1'));
describeRule('530', provider('PR4', 'P1', 'K2'));
describeRule('531', provider('PR5', 'P1', 'K2'));
describeRule('550', provider('PR0', 'U1', 'P1'));

/** A child looked after all year (2025/26), born on `dob`, with OC2 fields as given. */
function lookedAfter(dob: string, oc2: Record<string, string>, child = '1') {
  return {
    Episodes: [{ CHILD: child, DECOM: '01/01/2024', RNE: 'S', LS: 'C2', PLACE: 'U1' }],
    OC2: [{ CHILD: child, DOB: dob, ...oc2 }],
  };
}

describeRule('542', {
  fails: {
    tables: { OC2: [{ CHILD: '1', DOB: '01/04/2016', CONVICTED: '0' }] },
    at: { table: 'OC2', row: 2, column: 'CONVICTED' },
  },
  // Ten on 31 March 2026 exactly.
  passes: { tables: { OC2: [{ CHILD: '1', DOB: '31/03/2016', CONVICTED: '0' }] } },
});

describeRule('543', {
  fails: {
    tables: lookedAfter('31/03/2016', {}),
    at: { table: 'OC2', row: 2, column: 'CONVICTED' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2024', RNE: 'S', LS: 'C2', PLACE: 'U1' },
        // Came into care during the year: not looked after for 12 months.
        { CHILD: '2', DECOM: '01/06/2025', RNE: 'S', LS: 'C2', PLACE: 'U1' },
      ],
      OC2: [
        { CHILD: '1', DOB: '31/03/2016', CONVICTED: '0' },
        { CHILD: '2', DOB: '31/03/2010' },
      ],
    },
  },
});

/** How many findings 543 makes of a 15-year-old with no conviction data and these episodes. */
function unconvicted(episodes: Record<string, string>[]): number {
  return findingsOf('543', {
    tables: { Episodes: episodes, OC2: [{ CHILD: '1', DOB: '01/01/2010' }] },
  }).length;
}

describe('DfE rule 543 and who was looked after continuously', () => {
  it('counts a child still in care after an X1 change of placement', () => {
    expect(
      unconvicted([
        { CHILD: '1', DECOM: '01/01/2024', DEC: '01/06/2025', REC: 'X1', RNE: 'S', LS: 'C2' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', LS: 'C2' },
      ]),
    ).toBe(1);
  });

  it('does not count a child who left care, or on short breaks', () => {
    expect(
      unconvicted([{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/06/2025', REC: 'E13', LS: 'C2' }]),
    ).toBe(0);
    expect(unconvicted([{ CHILD: '1', DECOM: '01/01/2024', LS: 'V4' }])).toBe(0);
  });
});

const HEALTH = {
  IMMUNISATIONS: '1',
  TEETH_CHECK: '1',
  HEALTH_ASSESSMENT: '1',
  SUBSTANCE_MISUSE: '0',
};

describeRule('544', {
  fails: {
    tables: { OC2: [{ CHILD: '1', CONVICTED: '0', ...HEALTH, TEETH_CHECK: '' }] },
    at: { table: 'OC2', row: 2, column: 'TEETH_CHECK' },
  },
  passes: {
    tables: {
      OC2: [
        { CHILD: '1', CONVICTED: '0', ...HEALTH },
        { CHILD: '2', IMMUNISATIONS: '1' },
      ],
    },
  },
});

describeRule('545', {
  fails: {
    tables: lookedAfter('01/04/2021', {}),
    at: { table: 'OC2', row: 2, column: 'HEALTH_CHECK' },
  },
  // Five on 31 March 2026.
  passes: { tables: lookedAfter('31/03/2021', {}) },
});

describeRule('546', {
  fails: {
    tables: lookedAfter('31/03/2021', { HEALTH_CHECK: '1' }),
    at: { table: 'OC2', row: 2, column: 'HEALTH_CHECK' },
  },
  passes: { tables: lookedAfter('01/04/2021', { HEALTH_CHECK: '1' }) },
});

describeRule('547', {
  fails: {
    tables: { OC2: [{ CHILD: '1', HEALTH_CHECK: '1', ...HEALTH, SUBSTANCE_MISUSE: '' }] },
    at: { table: 'OC2', row: 2, column: 'SUBSTANCE_MISUSE' },
  },
  passes: {
    tables: {
      OC2: [
        { CHILD: '1', HEALTH_CHECK: '1', ...HEALTH },
        { CHILD: '2', TEETH_CHECK: '1' },
      ],
    },
  },
});
