import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  declareWorkbookDb,
  openWorkbookDb,
  type WorkbookDb,
} from '../../../../../renderer/src/db/db';
import { currentIdentity, storedIdentities } from '../../../../../renderer/src/db/identity-store';
import { createDataKeys } from '../../../../../renderer/src/db/protection/data-keys';
import {
  forgetKeychain,
  rememberInKeychain,
  unlockWithKeychain,
  type Keychain,
} from '../../../../../renderer/src/db/protection/keychain-unlock';
import {
  protectWorkbook,
  unlockWithPassphrase,
} from '../../../../../renderer/src/db/protection/workbook-protection';

/*
 * The person's private keys (their age identity and the signing key derived
 * from it) live in the encrypted store, so they are wrapped by whatever wraps
 * the store's data key: in the desktop app, when the person chooses it, the
 * operating system's keychain (Electron's safeStorage, in the main process),
 * and always the passphrase and the recovery key. These check that chain end
 * to end with a stand-in for the main process's keychain channels.
 */

const opened: WorkbookDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const PASSPHRASE = 'correct horse battery staple';

/** A keychain that keeps what it sealed behind a handle, and records every secret it was given. */
function recordingKeychain(): Keychain & { readonly given: Uint8Array[] } {
  const sealedBy = new Map<string, Uint8Array>();
  const given: Uint8Array[] = [];
  return {
    given,
    keychainSeal: async (secret) => {
      given.push(secret.slice());
      const handle = crypto.randomUUID();
      sealedBy.set(handle, secret.slice());
      return { ok: true, data: { sealed: new TextEncoder().encode(handle) } };
    },
    keychainOpen: async (sealed) => {
      const secret = sealedBy.get(new TextDecoder().decode(sealed));
      if (secret === undefined) return { ok: false, error: { code: 'x', message: 'refused' } };
      return { ok: true, data: secret.slice() };
    },
  };
}

async function protectedStore() {
  const keys = createDataKeys();
  const name = `keychain-identity-${Math.random().toString(36).slice(2)}`;
  const db = openWorkbookDb(name, keys);
  opened.push(db);
  await protectWorkbook(db, keys, PASSPHRASE, { cost: { m: 64, t: 1, p: 1 } });
  return { keys, db, name };
}

describe('the identity’s private key in the desktop app', () => {
  it('is sealed on disk, unreachable while locked, and opened by the keychain alone once chosen', async () => {
    const { keys, db, name } = await protectedStore();
    const identity = await currentIdentity(db);
    expect(identity.secretKey).toMatch(/^AGE-SECRET-KEY-1/);
    const keychain = recordingKeychain();
    expect(await rememberInKeychain(db, keys, keychain)).toEqual({ ok: true });
    // The keychain wraps the store's 32-byte data key, never the identity itself.
    expect(keychain.given.map((secret) => secret.length)).toEqual([32]);

    // On disk: the public key (the record's key) beside sealed bytes; no secret key readable.
    const raw = declareWorkbookDb(name);
    opened.push(raw);
    const stored: unknown = await raw.identities.get(identity.recipient);
    expect(Object.keys(Object(stored)).sort()).toEqual(['recipient', 'sealed']);
    const onDisk = JSON.stringify(await raw.identities.toArray(), (_key, value: unknown) =>
      value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value,
    );
    expect(onDisk).not.toContain(identity.secretKey);
    expect(onDisk).not.toContain('AGE-SECRET-KEY');

    keys.lock();
    await expect(storedIdentities(db)).rejects.toThrow(/locked/);
    // At start, no passphrase: the keychain's copy of the key opens the store, and the identity with it.
    expect(await unlockWithKeychain(db, keys, keychain)).toBe(true);
    expect((await storedIdentities(db))[0]?.secretKey).toBe(identity.secretKey);
  });

  it('needs the passphrase again once the keychain’s copy is forgotten', async () => {
    const { keys, db } = await protectedStore();
    const identity = await currentIdentity(db);
    const keychain = recordingKeychain();
    await rememberInKeychain(db, keys, keychain);
    await forgetKeychain(db);
    keys.lock();
    expect(await unlockWithKeychain(db, keys, keychain)).toBe(false);
    await expect(storedIdentities(db)).rejects.toThrow(/locked/);
    expect(await unlockWithPassphrase(db, keys, PASSPHRASE)).toEqual({ ok: true });
    expect((await storedIdentities(db))[0]?.secretKey).toBe(identity.secretKey);
  });
});
