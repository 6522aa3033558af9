import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from './harness';

/** Child 1 is looked after all of 2025/26; child 2 started to be looked after in June 2025. */
const EPISODES = [
  { CHILD: '1', DECOM: '01/01/2024', RNE: 'S', LS: 'C2', DEC: '' },
  { CHILD: '2', DECOM: '01/06/2025', RNE: 'S', LS: 'C2', DEC: '' },
];
const TEN = '01/01/2015';

function score(episodes: readonly Record<string, string>[]) {
  return findingsOf('185', {
    tables: { Episodes: episodes, OC2: [{ CHILD: '1', DOB: TEN, SDQ_SCORE: '10' }] },
  });
}

describe('the OC2 cohort (looked after continuously for 12 months)', () => {
  it('leaves out a child with a short break or who left care in the year', () => {
    expect(score([{ CHILD: '1', DECOM: '01/01/2024', LS: 'V3' }])).toHaveLength(1);
    expect(
      score([{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/02/2026', REC: 'E4A' }]),
    ).toHaveLength(1);
  });
  it('keeps a child whose placement changed (REC X1) in the year', () => {
    expect(
      score([
        { CHILD: '1', DECOM: '01/01/2024', DEC: '01/02/2026', REC: 'X1', RNE: 'S' },
        { CHILD: '1', DECOM: '01/02/2026', RNE: 'P' },
      ]),
    ).toEqual([]);
  });
});

describeRule('157', {
  fails: {
    tables: { Episodes: EPISODES, OC2: [{ CHILD: '1', DOB: TEN, SDQ_REASON: 'SDQ1' }] },
    at: { table: 'OC2', row: 2, column: 'SDQ_REASON' },
  },
  passes: {
    tables: {
      Episodes: EPISODES,
      OC2: [
        { CHILD: '1', DOB: '01/01/2008', SDQ_REASON: 'SDQ1' },
        { CHILD: '2', DOB: TEN, SDQ_REASON: 'SDQ1' },
      ],
    },
  },
});

describeRule('181', {
  fails: {
    tables: { OC2: [{ CONVICTED: '0', TEETH_CHECK: 'Y' }] },
    at: { table: 'OC2', row: 2, column: 'TEETH_CHECK' },
  },
  passes: { tables: { OC2: [{ CONVICTED: '0', TEETH_CHECK: '1', HEALTH_CHECK: '' }] } },
});

describeRule('182', {
  fails: {
    tables: {
      OC2: [{ CONVICTED: '0', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1' }],
    },
    at: { table: 'OC2', row: 2, column: 'SUBSTANCE_MISUSE' },
  },
  passes: {
    tables: {
      OC2: [
        { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' },
        { SDQ_SCORE: '10' },
      ],
    },
  },
});

describeRule('185', {
  fails: {
    tables: { Episodes: EPISODES, OC2: [{ CHILD: '2', DOB: TEN, SDQ_SCORE: '12' }] },
    at: { table: 'OC2', row: 2, column: 'SDQ_SCORE' },
  },
  passes: {
    tables: {
      Episodes: EPISODES,
      OC2: [
        { CHILD: '1', DOB: TEN, SDQ_SCORE: '12' },
        { CHILD: '2', DOB: TEN, SDQ_SCORE: '' },
      ],
    },
  },
});

describeRule('186', {
  fails: {
    tables: { Episodes: EPISODES, OC2: [{ CHILD: '1', DOB: TEN, SDQ_REASON: 'SDQ2' }] },
    at: { table: 'OC2', row: 2, column: 'SDQ_SCORE' },
  },
  passes: {
    tables: {
      Episodes: [...EPISODES, { CHILD: '3', DECOM: '01/01/2020', LS: 'C2' }],
      OC2: [
        { CHILD: '1', DOB: TEN, SDQ_SCORE: '12' },
        { CHILD: '2', DOB: TEN },
        // Turns 4 during the year: not 4 on 1 April.
        { CHILD: '3', DOB: '01/06/2021' },
      ],
    },
  },
});

describeRule('187', {
  fails: {
    tables: { Episodes: EPISODES, OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }] },
    at: { table: 'OC3', row: 2, column: 'IN_TOUCH' },
  },
  passes: {
    tables: {
      Episodes: EPISODES,
      OC3: [{ CHILD: '2', IN_TOUCH: 'YES' }],
      AD1: [{ CHILD: '1' }, { CHILD: '2', DATE_INT: '01/07/2025' }],
    },
  },
});

describeRule('188', {
  fails: {
    tables: { OC2: [{ DOB: '01/04/2022', SDQ_REASON: 'SDQ1' }] },
    at: { table: 'OC2', row: 2, column: 'SDQ_REASON' },
  },
  passes: { tables: { OC2: [{ DOB: '31/03/2022', SDQ_REASON: 'SDQ1' }, { DOB: '01/04/2022' }] } },
});

describeRule('189', {
  fails: {
    tables: { OC2: [{ DOB: '01/04/2008', SDQ_SCORE: '5' }] },
    at: { table: 'OC2', row: 2, column: 'SDQ_SCORE' },
  },
  passes: { tables: { OC2: [{ DOB: '02/04/2008', SDQ_SCORE: '5' }, { DOB: '01/04/2008' }] } },
});

describeRule('190', {
  fails: {
    tables: { Episodes: EPISODES, OC2: [{ CHILD: '2', HEALTH_CHECK: '1' }] },
    at: { table: 'OC2', row: 2, column: 'HEALTH_CHECK' },
  },
  passes: {
    tables: { Episodes: EPISODES, OC2: [{ CHILD: '1', HEALTH_CHECK: '1' }, { CHILD: '2' }] },
  },
});

describeRule('191', {
  fails: {
    tables: {
      Episodes: EPISODES,
      OC2: [{ CHILD: '1', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1' }],
    },
    at: { table: 'OC2', row: 2, column: 'SUBSTANCE_MISUSE' },
  },
  passes: {
    tables: {
      Episodes: EPISODES,
      OC2: [
        {
          CHILD: '1',
          IMMUNISATIONS: '1',
          TEETH_CHECK: '1',
          HEALTH_ASSESSMENT: '1',
          SUBSTANCE_MISUSE: '0',
        },
        { CHILD: '2' },
      ],
    },
  },
});

describe('DfE rule 191: a child in the cohort with no OC2 row', () => {
  it('is flagged on their first episode', () => {
    const found = findingsOf('191', { tables: { Episodes: EPISODES, OC2: [] } });
    expect(found).toEqual([
      expect.objectContaining({ sheet: 'Episodes', row: 2, column: 'CHILD' }),
    ]);
  });
});

describeRule('192', {
  fails: {
    tables: { OC2: [{ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '' }] },
    at: { table: 'OC2', row: 2, column: 'INTERVENTION_RECEIVED' },
  },
  passes: {
    tables: {
      OC2: [{ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' }, { SUBSTANCE_MISUSE: '0' }],
    },
  },
});

describeRule('193', {
  fails: {
    tables: { OC2: [{ SUBSTANCE_MISUSE: '0', INTERVENTION_OFFERED: '1' }] },
    at: { table: 'OC2', row: 2, column: 'INTERVENTION_OFFERED' },
  },
  passes: {
    tables: {
      OC2: [{ SUBSTANCE_MISUSE: '1', INTERVENTION_OFFERED: '1' }, { SUBSTANCE_MISUSE: '0' }],
    },
  },
});

describeRule('197B', {
  fails: {
    tables: { Episodes: EPISODES, OC2: [{ CHILD: '1', DOB: '01/06/2021' }] },
    at: { table: 'OC2', row: 2, column: 'SDQ_REASON' },
  },
  passes: {
    tables: {
      Episodes: EPISODES,
      OC2: [
        { CHILD: '1', DOB: '01/06/2021', SDQ_REASON: 'SDQ1' },
        { CHILD: '2', DOB: '01/06/2021' },
      ],
    },
  },
});

describeRule('197a', {
  fails: {
    tables: { OC2: [{ SDQ_SCORE: '12', SDQ_REASON: 'SDQ2' }] },
    at: { table: 'OC2', row: 2, column: 'SDQ_REASON' },
  },
  passes: { tables: { OC2: [{ SDQ_SCORE: '12' }, { SDQ_REASON: 'SDQ2' }] } },
});

describeRule('198', {
  fails: {
    tables: { Episodes: EPISODES, OC2: [{ CHILD: '2', SDQ_REASON: 'SDQ2' }] },
    at: { table: 'OC2', row: 2, column: 'SDQ_REASON' },
  },
  passes: { tables: { Episodes: EPISODES, OC2: [{ CHILD: '1', SDQ_REASON: 'SDQ2' }] } },
});

describeRule('199', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', DECOM: '01/05/2025' }] },
    previous: { Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/01/2025', REC: 'E11' }] },
    at: { table: 'Episodes', row: 2, column: 'CHILD' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2025', DEC: '01/09/2025', REC: 'E12' },
      ],
    },
    previous: { Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '01/01/2025', REC: 'E4A' }] },
  },
});
