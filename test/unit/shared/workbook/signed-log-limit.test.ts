import { describe, expect, it } from 'vitest';
import { formatHlc, MAX_CHAIN_PROBLEMS, type Operation } from '../../../../shared/bundle';
import { refusalOf, setGrade, signRoster, verifyLog } from '../../../../shared/workbook';
import { person, teamLog } from './signed-team';

/** `count` grade changes "by Amara Okafor", each with a made-up signature and no chain. */
function forgeries(count: number, fromMs: number): Operation[] {
  return Array.from({ length: count }, (_, index) => {
    const hlc = formatHlc(fromMs + index * 1000, 0, 'Amara Okafor');
    return {
      id: hlc,
      author: 'Amara Okafor',
      hlc,
      entity: 'judgement',
      entityId: 'leaders',
      field: 'grade',
      value: 'inadequate',
      prev: null,
      chain: null,
      sig: `${'A'.repeat(86)}==`,
    };
  });
}

describe('a signed workbook with more forged changes than are worth checking', () => {
  it('is refused after the first problems, the rest counted in the refusal', async () => {
    const team = await teamLog();
    const amara = await person('amara');
    await team.act('Amara Okafor', undefined, (c) =>
      setGrade(c, { area: 'leaders', grade: 'good', rationale: 'Sound' }),
    );
    await team.act('Amara Okafor', amara, (c) =>
      signRoster(c, { signingKey: amara.signingKey, recipient: amara.recipient }),
    );
    const forged = forgeries(MAX_CHAIN_PROBLEMS + 200, team.now() + 60_000);
    const verification = verifyLog([...team.log, ...forged]);
    expect(verification.problems).toHaveLength(MAX_CHAIN_PROBLEMS + 1);
    expect(verification.unchecked).toBe(200);
    expect(verification.problems.at(-1)?.reason).toBe('unchecked');
    // Every forged change is refused: one named, the others counted.
    expect(refusalOf(verification)).toMatch(
      new RegExp(`\\(and ${MAX_CHAIN_PROBLEMS + 199} more refused change\\(s\\)\\)`),
    );
    // Amara's real changes still check out.
    expect(
      team.log.filter((op) => op.sig !== undefined).every((op) => verification.verified.has(op)),
    ).toBe(true);
  });
});
