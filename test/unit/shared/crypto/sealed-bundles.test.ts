import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { newIdentity, type Identity } from '../../../../shared/crypto';
import {
  describeStanzas,
  exportRecipients,
  sealBundleTo,
  sealBundleWithPassphrase,
  unsealBundleFile,
} from '../../../../shared/tasks/sealed-bundles';

// Any bytes stand for a bundle here: sealing never looks inside.
const plain = strToU8('PK\u0003\u0004 a bundle of Northmoor');

let me: Identity;
let tom: Identity;
let priya: Identity;
beforeAll(async () => {
  [me, tom, priya] = await Promise.all([newIdentity(), newIdentity(), newIdentity()]);
});

function sealed(result: Awaited<ReturnType<typeof sealBundleTo>>): Uint8Array {
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe('bundles sealed to the team', () => {
  it('seals to every key given, each once, and each member opens it', async () => {
    const recipients = exportRecipients(
      [tom.recipient, priya.recipient, tom.recipient],
      [me.recipient],
    );
    expect(recipients).toEqual([tom.recipient, priya.recipient, me.recipient]);
    const file = sealed(await sealBundleTo(plain, recipients));
    expect(new TextDecoder().decode(file.subarray(0, 21))).toBe('age-encryption.org/v1');
    for (const who of [me, tom, priya]) {
      const opened = await unsealBundleFile('team.inspection', file, { identities: [who] });
      expect(opened).toEqual({ ok: true, data: { bytes: plain, sealedTo: 'recipients' } });
    }
  });

  it('names the recipient count, their types and the person’s own key when it is not for them', async () => {
    const file = sealed(await sealBundleTo(plain, [tom.recipient, priya.recipient]));
    const opened = await unsealBundleFile('team.inspection', file, { identities: [me] });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe('bundle.not-for-you');
    expect(opened.error.message).toBe(
      `team.inspection is encrypted to 2 recipients (2 X25519 keys), and your key (${me.recipient}) is not one of them: ask whoever sent it to add your public key to the inspection's team and export it again.`,
    );
    const none = await unsealBundleFile('team.inspection', file, { identities: [] });
    expect(!none.ok && none.error.message).toContain('and you have no key yet');
  });

  it('asks for a passphrase, refuses a wrong one, and opens with the right one', async () => {
    const file = sealed(await sealBundleWithPassphrase(plain, 'correct horse battery staple'));
    const asked = await unsealBundleFile('council.inspection', file, { identities: [me] });
    expect(!asked.ok && asked.error.code).toBe('bundle.passphrase-needed');
    const wrong = await unsealBundleFile('council.inspection', file, {
      identities: [me],
      passphrase: 'incorrect horse battery staple',
    });
    expect(!wrong.ok && wrong.error.code).toBe('bundle.wrong-passphrase');
    const right = await unsealBundleFile('council.inspection', file, {
      identities: [],
      passphrase: 'correct horse battery staple',
    });
    expect(right).toEqual({ ok: true, data: { bytes: plain, sealedTo: 'passphrase' } });
  }, 30_000);

  it('refuses a short passphrase before sealing, and lets a plain bundle through as plain', async () => {
    const short = await sealBundleWithPassphrase(plain, 'short');
    expect(!short.ok && short.error.message).toMatch(/at least 8 characters/);
    expect(await unsealBundleFile('old.inspection', plain, { identities: [me] })).toEqual({
      ok: true,
      data: { bytes: plain, sealedTo: 'plain' },
    });
  });

  it('refuses a damaged file, naming it, and returns none of it', async () => {
    const file = sealed(await sealBundleTo(plain, [me.recipient]));
    const damaged = file.slice();
    damaged[damaged.length - 5] = (damaged[damaged.length - 5] ?? 0) ^ 0xff;
    const opened = await unsealBundleFile('cut.inspection', damaged, { identities: [me] });
    expect(!opened.ok && opened.error.code).toBe('bundle.damaged');
    expect(!opened.ok && opened.error.message).toMatch(/^cut\.inspection: it is damaged/);
  });

  it('describes stanzas by type', () => {
    expect(describeStanzas(['X25519', 'X25519', 'mlkem768x25519'])).toBe(
      '2 X25519 keys and 1 mlkem768x25519 key',
    );
  });
});
