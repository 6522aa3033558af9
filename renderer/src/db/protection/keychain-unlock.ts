import type { WorkbookDb } from '../db';
import type { Platform } from '../../platform/types';
import type { DataKeys } from './data-keys';
import { importDataKey } from './data-keys';
import { KEYRING_ID } from './keyring-record';
import { openRecord, sealRecord } from './record-cipher';
import { finishEncrypting, readKeyring } from './workbook-protection';

/*
 * The desktop app's keychain as a second way in, chosen in Settings: the
 * data key sealed by the operating system (Electron's safeStorage, in the
 * main process), so the workbook opens at start without a prompt on this
 * computer and this account only. The passphrase and recovery key still
 * work; forgetting the keychain's copy leaves only them.
 */

export type Keychain = Pick<Platform, 'keychainSeal' | 'keychainOpen'>;

const CHECK = new TextEncoder().encode('inspection-workbook keychain check');

/** Keeps the unlocked data key in the keychain; a reason when the computer has none. */
export async function rememberInKeychain(
  db: WorkbookDb,
  keys: DataKeys,
  keychain: Keychain,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly message: string }> {
  const unlocked = keys.current();
  if (unlocked === undefined) return { ok: false, message: 'Unlock the workbook first.' };
  const answer = await keychain.keychainSeal(unlocked.raw.slice());
  if (!answer.ok) return { ok: false, message: answer.error.message };
  if ('reason' in answer.data) return { ok: false, message: answer.data.reason };
  const check = await sealRecord(unlocked.key, 'keyring', 'keychain', CHECK.slice());
  await db.keyring.update(KEYRING_ID, { keychain: { sealed: answer.data.sealed, check } });
  return { ok: true };
}

/** Drops the keychain's copy: from then on only the passphrase or the recovery key open the workbook. */
export async function forgetKeychain(db: WorkbookDb): Promise<void> {
  await db.keyring.update(KEYRING_ID, (keyring) => {
    delete keyring.keychain;
  });
}

/** Unlocks with the keychain's copy, if there is one and it opens; false otherwise (ask for the passphrase). */
export async function unlockWithKeychain(
  db: WorkbookDb,
  keys: DataKeys,
  keychain: Keychain,
): Promise<boolean> {
  const keyring = await readKeyring(db);
  if (keyring?.keychain === undefined) return false;
  const opened = await keychain.keychainOpen(keyring.keychain.sealed);
  if (!opened.ok || opened.data.length !== 32) return false;
  const raw = new Uint8Array(opened.data);
  try {
    await openRecord(await importDataKey(raw), 'keyring', 'keychain', keyring.keychain.check);
  } catch {
    return false;
  }
  await keys.unlock(raw, { acceptsPlain: !keyring.encrypted });
  raw.fill(0);
  if (!keyring.encrypted) await finishEncrypting(db, keys);
  return true;
}
