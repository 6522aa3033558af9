import { describe, expect, it } from 'vitest';
import { createClock, createRecorder, type Operation } from '../../../../shared/bundle';
import { changeMarks, rosterView, signTeamRoster } from '../../../../shared/tasks';
import {
  addRosterMember,
  removeRosterMember,
  setGrade,
  verifyLogFully,
  workbookFromOperations,
} from '../../../../shared/workbook';
import { person, teamLog, type TeamLog } from '../workbook/signed-team';

const CERTIFICATE = 'ab'.repeat(32);

/** Signs the roster as `author` through the shared task, as the command and the app do. */
async function signAs(team: TeamLog, author: string, certificate?: string) {
  const amara = await person('amara');
  const at = team.now() + 1000;
  const outcome = await signTeamRoster(
    {
      operations: team.log,
      recorder: createRecorder(
        createClock(author, () => at),
        team.log,
      ),
      author,
      now: () => new Date(at).toISOString(),
      newId: (prefix) => `${prefix}-signed`,
    },
    amara,
    certificate,
  );
  if (!outcome.ok) return { amara, refusal: outcome.error.message };
  team.log.push(...outcome.data.operations);
  return { amara, refusal: undefined };
}

function view(log: readonly Operation[]) {
  const workbook = workbookFromOperations(log);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return rosterView(workbook.data, log);
}

describe('the team roster as the app shows it', () => {
  it('lists the team unverified, with no keys, before the lead signs', async () => {
    const team = await teamLog();
    const shown = view(team.log);
    expect(shown.status).toEqual({ kind: 'unverified' });
    expect(shown.rows.map((row) => [row.name, row.role, row.onRoster, row.signingKey])).toEqual([
      ['Amara Okafor', 'lead', false, null],
      ['Ben Hale', 'inspector', false, null],
      ['Mallory Example', 'inspector', false, null],
    ]);
    expect(shown.rows.map((row) => row.signsReports)).toEqual([true, false, false]);
  });

  it('is verified once the lead signs: by whom and when, with the lead’s keys and certificate', async () => {
    const team = await teamLog();
    const { amara } = await signAs(team, 'Amara Okafor', CERTIFICATE);
    const shown = view(team.log);
    expect(shown.status).toMatchObject({ kind: 'verified', lead: 'Amara Okafor' });
    if (shown.status.kind !== 'verified') return;
    expect(Date.parse(shown.status.signedAt)).toBeGreaterThan(Date.UTC(2026, 9, 5));
    expect(shown.rows[0]).toMatchObject({
      name: 'Amara Okafor',
      onRoster: true,
      signingKey: amara.signingKey,
      signingFingerprint: 'SHA256:zx5yb/gyhW15AaG7pe1eFXCf3ml6OQwq0pcxHGOCTg0',
      recipient: amara.recipient,
      certificateSha256: CERTIFICATE,
    });
    expect(shown.rows.slice(1).map((row) => [row.name, row.onRoster])).toEqual([
      ['Ben Hale', false],
      ['Mallory Example', false],
    ]);
  });

  it('shows a member added and, once removed, no longer on the roster', async () => {
    const team = await teamLog();
    const { amara } = await signAs(team, 'Amara Okafor');
    const ben = await person('ben');
    await team.act('Amara Okafor', amara, (c) =>
      addRosterMember(c, { member: 'Ben Hale', signingKey: ben.signingKey }),
    );
    expect(view(team.log).rows.find((row) => row.name === 'Ben Hale')).toMatchObject({
      onRoster: true,
      signingKey: ben.signingKey,
      recipient: null,
    });
    await team.act('Amara Okafor', amara, (c) => removeRosterMember(c, 'Ben Hale'));
    expect(view(team.log).rows.find((row) => row.name === 'Ben Hale')).toMatchObject({
      onRoster: false,
      signingKey: null,
    });
  });

  it('is refused, not verified, when a roster change was not signed by its lead', async () => {
    const team = await teamLog();
    const { amara } = await signAs(team, 'Amara Okafor');
    const mallory = await person('mallory');
    // Mallory signs her own addition with her own key: the roster's lead did not.
    await team.act('Mallory Example', mallory, (c) =>
      addRosterMember(
        { ...c, author: 'Amara Okafor' },
        { member: 'Mallory Example', signingKey: mallory.signingKey },
      ),
    );
    expect(amara.signingKey).not.toBe(mallory.signingKey);
    expect(view(team.log).status.kind).toBe('refused');
  });
});

describe('signing the roster (the command’s and the app’s one task)', () => {
  it('signs the lead’s changes with the lead’s key, and every signature checks out', async () => {
    const team = await teamLog();
    await signAs(team, 'Amara Okafor');
    const made = team.log.filter((op) => op.entity.startsWith('roster-'));
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((op) => op.author === 'Amara Okafor' && op.sig !== undefined)).toBe(true);
    const checked = await verifyLogFully(team.log);
    expect(checked.problems).toEqual([]);
    expect(made.every((op) => checked.verified.has(op))).toBe(true);
  });

  it('takes a certificate fingerprint as openssl prints it (upper case, colons)', async () => {
    const team = await teamLog();
    const { refusal } = await signAs(team, 'Amara Okafor', 'AB:'.repeat(31) + 'AB');
    expect(refusal).toBeUndefined();
    expect(view(team.log).rows[0]?.certificateSha256).toBe(CERTIFICATE);
  });

  it('refuses anyone but the lead in the words the command uses, signing nothing', async () => {
    const team = await teamLog();
    const before = team.log.length;
    const { refusal } = await signAs(team, 'Ben Hale');
    expect(refusal).toBe(
      'Only the lead inspector begins the team roster (lead: Amara Okafor); you are working as "Ben Hale".',
    );
    expect(team.log.length).toBe(before);
  });
});

describe('the verified mark beside each change', () => {
  it('marks nothing in an unsigned workbook', async () => {
    const team = await teamLog();
    expect(changeMarks(team.log)).toMatchObject({ signed: false });
    expect(changeMarks(team.log).verified.size).toBe(0);
  });

  it('marks signed changes verified, and those made before the roster not', async () => {
    const team = await teamLog();
    const before = await team.act('Amara Okafor', undefined, (c) =>
      setGrade(c, { area: 'leaders', grade: 'good', rationale: 'Sound' }),
    );
    const { amara } = await signAs(team, 'Amara Okafor');
    const after = await team.act('Amara Okafor', amara, (c) =>
      setGrade(c, { area: 'leaders', grade: 'outstanding', rationale: 'Better' }),
    );
    const marks = changeMarks([...team.log]);
    expect(marks.signed).toBe(true);
    expect(before.every((op) => !marks.verified.has(op.id))).toBe(true);
    expect(after.every((op) => marks.verified.has(op.id))).toBe(true);
  });
});
