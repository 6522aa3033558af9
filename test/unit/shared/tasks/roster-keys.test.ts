import { describe, expect, it } from 'vitest';
import { keysFromText, signingKeyFingerprint } from '../../../../shared/tasks';

// The public keys of the fixed test identity (test/unit/shared/workbook/signed-team.ts, `amara`).
const SIGNING = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILM/4BnnpFh1GbbOOPGDsWZDORm5GU6pP244ULcV2wcu';
const AGE = 'age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj';

describe('public keys pasted for a member', () => {
  it('reads the .txt the app’s Settings download', () => {
    const text = [
      '# Inspection Workbook public keys: give these to your team; they are not secret.',
      '# Encryption (age), to add to an inspection’s team:',
      AGE,
      '# Signing (Ed25519):',
      SIGNING,
      '',
    ].join('\n');
    expect(keysFromText(text)).toEqual({ ok: true, data: { signingKey: SIGNING, recipient: AGE } });
  });

  it('reads what `workbook keys show` prints, and a signing key line alone', () => {
    expect(keysFromText(`Public key: ${AGE}\nSigning key: ${SIGNING}\n`)).toEqual({
      ok: true,
      data: { signingKey: SIGNING, recipient: AGE },
    });
    expect(keysFromText(`  ${SIGNING} amara@laptop\n`)).toEqual({
      ok: true,
      data: { signingKey: SIGNING, recipient: null },
    });
  });

  it('refuses a secret key without repeating it, no signing key, and two people’s keys', () => {
    const secret = 'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX';
    const refused = keysFromText(`${secret}\n${SIGNING}`);
    expect(refused).toMatchObject({ ok: false, error: { code: 'roster.secret-key' } });
    expect(JSON.stringify(refused)).not.toContain('GFPYYSJZ');
    expect(keysFromText(AGE)).toMatchObject({ ok: false, error: { code: 'roster.signing-key' } });
    expect(keysFromText('ssh-ed25519 AAAAnotakey')).toMatchObject({
      ok: false,
      error: { code: 'roster.signing-key' },
    });
    const other =
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBm7GqaSHkTz7d/4mUUVjLuODdBtvfr2g6PEGnQb9ffK';
    expect(keysFromText(`${SIGNING}\n${other}`)).toMatchObject({
      ok: false,
      error: { code: 'roster.many-keys' },
    });
  });
});

describe('a signing key’s fingerprint', () => {
  it('is the one `ssh-keygen -l` prints for the key', () => {
    // `ssh-keygen -lf` on a file holding SIGNING printed this.
    expect(signingKeyFingerprint(SIGNING)).toBe(
      'SHA256:zx5yb/gyhW15AaG7pe1eFXCf3ml6OQwq0pcxHGOCTg0',
    );
    expect(signingKeyFingerprint(`${SIGNING} a comment`)).toBe(
      'SHA256:zx5yb/gyhW15AaG7pe1eFXCf3ml6OQwq0pcxHGOCTg0',
    );
    expect(signingKeyFingerprint(AGE)).toBeUndefined();
  });
});
