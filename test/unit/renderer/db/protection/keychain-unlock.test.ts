import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookDb, type WorkbookDb } from '../../../../../renderer/src/db/db';
import { createDataKeys } from '../../../../../renderer/src/db/protection/data-keys';
import {
  forgetKeychain,
  rememberInKeychain,
  unlockWithKeychain,
  type Keychain,
} from '../../../../../renderer/src/db/protection/keychain-unlock';
import {
  protectWorkbook,
  readKeyring,
} from '../../../../../renderer/src/db/protection/workbook-protection';

const opened: WorkbookDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A keychain that keeps what it sealed; `tamper` hands back another key, as a different account would. */
function memoryKeychain(options: { tamper?: boolean; none?: boolean } = {}): Keychain {
  const sealedBy = new Map<string, Uint8Array>();
  return {
    keychainSeal: async (secret) => {
      if (options.none === true) return { ok: true, data: { reason: 'no keychain' } };
      const handle = crypto.randomUUID();
      sealedBy.set(handle, secret.slice());
      return { ok: true, data: { sealed: new TextEncoder().encode(handle) } };
    },
    keychainOpen: async (sealed) => {
      const secret = sealedBy.get(new TextDecoder().decode(sealed));
      if (secret === undefined) return { ok: false, error: { code: 'x', message: 'refused' } };
      return { ok: true, data: options.tamper === true ? new Uint8Array(32) : secret };
    },
  };
}

async function protectedStore() {
  const keys = createDataKeys();
  const db = openWorkbookDb(`keychain-${Math.random().toString(36).slice(2)}`, keys);
  opened.push(db);
  await protectWorkbook(db, keys, 'correct horse battery staple', { cost: { m: 64, t: 1, p: 1 } });
  await db.drafts.put({ id: 'd', text: 'kept' });
  return { keys, db };
}

describe('the desktop app’s keychain as a way in', () => {
  it('opens the workbook without the passphrase once chosen, and not after it is forgotten', async () => {
    const { keys, db } = await protectedStore();
    const keychain = memoryKeychain();
    expect(await rememberInKeychain(db, keys, keychain)).toEqual({ ok: true });
    keys.lock();
    expect(await unlockWithKeychain(db, keys, keychain)).toBe(true);
    expect(await db.drafts.get('d')).toEqual({ id: 'd', text: 'kept' });
    await forgetKeychain(db);
    expect((await readKeyring(db))?.keychain).toBeUndefined();
    keys.lock();
    expect(await unlockWithKeychain(db, keys, keychain)).toBe(false);
    expect(keys.current()).toBeUndefined();
  });

  it('refuses a key the keychain gives back wrong, and says why when there is no keychain', async () => {
    const { keys, db } = await protectedStore();
    const wrong = memoryKeychain({ tamper: true });
    await rememberInKeychain(db, keys, wrong);
    keys.lock();
    expect(await unlockWithKeychain(db, keys, wrong)).toBe(false);
    expect(keys.current()).toBeUndefined();
    const { keys: other, db: second } = await protectedStore();
    expect(await rememberInKeychain(second, other, memoryKeychain({ none: true }))).toEqual({
      ok: false,
      message: 'no keychain',
    });
  });
});
