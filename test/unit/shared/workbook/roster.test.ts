import { describe, expect, it } from 'vitest';
import { formatHlc, mergeOperations, type Operation } from '../../../../shared/bundle';
import {
  addRosterMember,
  readRoster,
  removeRosterMember,
  setGrade,
  signRoster,
  verifyLog,
  verifyLogFully,
} from '../../../../shared/workbook';
import { person, teamLog } from './signed-team';

async function signedTeam() {
  const team = await teamLog();
  const amara = await person('amara');
  const ben = await person('ben');
  await team.act('Amara Okafor', undefined, (c) =>
    setGrade(c, { area: 'leaders', grade: 'good', rationale: 'Sound' }),
  );
  await team.act('Amara Okafor', amara, (c) =>
    signRoster(c, { signingKey: amara.signingKey, recipient: amara.recipient }),
  );
  await team.act('Amara Okafor', amara, (c) =>
    addRosterMember(c, { member: 'Ben Hale', signingKey: ben.signingKey }),
  );
  return { team, amara, ben };
}

/** A change written by hand into the file, as the reviewer did: no key, any author. */
function handWritten(author: string, wallMs: number, value: string, prev: string | null) {
  const hlc = formatHlc(wallMs, 0, author);
  const op: Operation = {
    id: hlc,
    author,
    hlc,
    entity: 'judgement',
    entityId: 'leaders',
    field: 'grade',
    value,
    prev,
  };
  return op;
}

function reasons(ops: readonly Operation[]) {
  return verifyLog(ops).problems.map((p) => [p.opId, p.author, p.reason]);
}

describe('a workbook made before signing', () => {
  it('is read as unsigned: nothing refused, nothing verified, its team unverified', async () => {
    const team = await teamLog();
    const check = verifyLog(team.log);
    expect(check).toMatchObject({ signed: false, problems: [] });
    expect(check.verified.size).toBe(0);
    expect(readRoster(team.log).exists).toBe(false);
  });

  it('becomes signed when the lead signs the roster, which seals the changes made before', async () => {
    const { team } = await signedTeam();
    const check = verifyLog(team.log);
    expect(check.problems).toEqual([]);
    expect(check.signed).toBe(true);
    expect([...readRoster(team.log).members.keys()].sort()).toEqual(['Amara Okafor', 'Ben Hale']);
    // Only the signed changes are verified; the sealed ones stay unverified.
    expect([...check.verified].every((op) => op.sig !== undefined)).toBe(true);
    expect(check.verified.size).toBe(team.log.filter((op) => op.sig !== undefined).length);
  });

  it('only a lead on the team may begin the roster', async () => {
    const team = await teamLog();
    const ben = await person('ben');
    await expect(
      team.act('Ben Hale', ben, (c) => signRoster(c, { signingKey: ben.signingKey })),
    ).rejects.toThrow(/Only the lead inspector begins the team roster \(lead: Amara Okafor\)/);
  });
});

describe('forgeries are refused, naming the change, its claimed author and the reason', () => {
  it('a hand-written grade authored "Amara Okafor" without her key', async () => {
    const { team } = await signedTeam();
    const latest = team.log.filter((op) => op.field === 'grade').at(-1)?.hlc ?? null;
    const forged = handWritten('Amara Okafor', team.now() + 5000, 'outstanding', latest);
    expect(reasons([...team.log, forged])).toEqual([[forged.id, 'Amara Okafor', 'unsigned']]);
    expect(verifyLog([...team.log, forged]).problems[0]?.message).toMatch(
      /^change .*judgement "leaders", grade\), which says it is by Amara Okafor, is refused: it carries no signature/,
    );
  });

  it('the same forgery dated before the roster was signed', async () => {
    const { team } = await signedTeam();
    const forged = handWritten(
      'Amara Okafor',
      Date.UTC(2026, 9, 5, 0, 0, 2, 500),
      'outstanding',
      null,
    );
    const problems = verifyLog([...team.log, forged]).problems;
    expect(problems.map((p) => [p.author, p.reason])).toEqual([['Amara Okafor', 'unsigned']]);
    expect(problems[0]?.message).toMatch(
      /made before the roster \(\d+\) are not the \d+ the lead sealed/,
    );
  });

  it('past grade changes edited in place (ids kept)', async () => {
    const { team, amara } = await signedTeam();
    await team.act('Amara Okafor', amara, (c) =>
      setGrade(c, { area: 'help-and-protection', grade: 'good', rationale: 'Sound' }),
    );
    const edited = team.log.map((op) =>
      op.field === 'grade' ? { ...op, value: 'inadequate' } : op,
    );
    const found = reasons(edited);
    const signedGrade = team.log.find((op) => op.field === 'grade' && op.sig !== undefined);
    expect(found).toContainEqual([signedGrade?.id, 'Amara Okafor', 'bad-signature']);
    // The grade made before the roster is caught by the lead's seal.
    expect(found.some(([, , reason]) => reason === 'unsigned')).toBe(true);
  });

  it('a change signed by someone not on the roster, and one made after removal', async () => {
    const { team, amara } = await signedTeam();
    const mallory = await person('mallory');
    const made = await team.act('Mallory Example', mallory, (c) =>
      setGrade(c, { area: 'help-and-protection', grade: 'outstanding', rationale: 'Mine' }),
    );
    expect(reasons(team.log)).toContainEqual([made[0]?.id, 'Mallory Example', 'no-key']);
    team.log.splice(team.log.length - made.length, made.length);

    await team.act('Amara Okafor', amara, (c) => removeRosterMember(c, 'Ben Hale'));
    const ben = await person('ben');
    const late = await team.act('Ben Hale', ben, (c) =>
      setGrade(c, { area: 'help-and-protection', grade: 'outstanding', rationale: 'Late' }),
    );
    expect(reasons(team.log)).toContainEqual([late[0]?.id, 'Ben Hale', 'no-key']);
  });

  it('a member who is not the lead changing the roster', async () => {
    const { team, ben } = await signedTeam();
    const mallory = await person('mallory');
    const made = await team.act('Ben Hale', ben, (c) =>
      addRosterMember(
        { ...c, author: 'Amara Okafor' },
        { member: 'Mallory Example', signingKey: mallory.signingKey },
      ),
    );
    expect(reasons(team.log).map(([id, , reason]) => [id, reason])).toContainEqual([
      made[0]?.id,
      'roster-not-lead',
    ]);
  });

  it('a change of the lead’s key signed with another key (it cannot vouch for itself)', async () => {
    const { team } = await signedTeam();
    const mallory = await person('mallory');
    const made = await team.act('Amara Okafor', mallory, (c) =>
      addRosterMember(c, { member: 'Amara Okafor', signingKey: mallory.signingKey }),
    );
    expect(reasons(team.log)).toContainEqual([made[0]?.id, 'Amara Okafor', 'roster-bad-signature']);
  });
});

describe('merging two members’ signed copies', () => {
  it('verifies, in either order, with every signature checked', async () => {
    const { team, amara, ben } = await signedTeam();
    const base = [...team.log];
    const mine = await team.act('Amara Okafor', amara, (c) =>
      setGrade(c, { area: 'leaders', grade: 'outstanding', rationale: 'Strong' }),
    );
    const theirs = await team.act('Ben Hale', ben, (c) =>
      setGrade(c, { area: 'help-and-protection', grade: 'good', rationale: 'Sound' }),
    );
    const left = mergeOperations([...base, ...mine], [...base, ...theirs]).operations;
    const right = mergeOperations([...base, ...theirs], [...base, ...mine]).operations;
    expect(left).toEqual(right);
    expect(verifyLog(left).problems).toEqual([]);
    const full = await verifyLogFully(left);
    expect(full.problems).toEqual([]);
    expect(full.verified.size).toBe(left.filter((op) => op.sig !== undefined).length);
  });
});
