import type { WorkbookDb } from '../db';
import type { DataKeys } from './data-keys';
import {
  createKeyring,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapWithPassphrase,
  WrongSecretError,
} from './keyring';
import { KEYRING_ID, type Argon2idCost, type StoredKeyring } from './keyring-record';
import { encryptPlainRecords, type MigrationHooks } from './migrate';
import { waitLeft } from './throttle';

/** What an unlock came to: unlocked, or refused with a message and any wait before the next try. */
export type UnlockOutcome =
  { readonly ok: true } | { readonly ok: false; readonly message: string; readonly waitMs: number };

/** The keyring, or undefined while the workbook has never been protected. */
export async function readKeyring(db: WorkbookDb): Promise<StoredKeyring | undefined> {
  return db.keyring.get(KEYRING_ID);
}

async function required(db: WorkbookDb): Promise<StoredKeyring> {
  const keyring = await readKeyring(db);
  if (keyring === undefined) throw new Error('This workbook is not protected yet.');
  return keyring;
}

/**
 * Encrypts what the store held in the clear before it was protected (or
 * what a run cut short left), then marks the keyring: from then on a plain
 * record is refused.
 */
export async function finishEncrypting(
  db: WorkbookDb,
  keys: DataKeys,
  hooks?: MigrationHooks,
): Promise<void> {
  const unlocked = keys.current();
  if (unlocked === undefined) throw new Error('Unlock the workbook first.');
  await encryptPlainRecords(db.name, unlocked, hooks);
  await db.keyring.update(KEYRING_ID, { encrypted: true });
  keys.setAcceptsPlain(false);
}

/**
 * Protects the workbook: a new data key wrapped by `passphrase` and by a
 * recovery key, returned to be shown once; every record already stored is
 * encrypted; the store is left unlocked.
 */
export async function protectWorkbook(
  db: WorkbookDb,
  keys: DataKeys,
  passphrase: string,
  options: { readonly cost?: Argon2idCost; readonly hooks?: MigrationHooks } = {},
): Promise<{ readonly recoveryKey: string }> {
  const { keyring, dataKey, recoveryKey } = await createKeyring(passphrase, options.cost);
  // `add`, not `put`: a second window protecting at the same moment must not replace the key.
  await db.keyring.add(keyring);
  await keys.unlock(dataKey, { acceptsPlain: true });
  dataKey.fill(0);
  await finishEncrypting(db, keys, options.hooks);
  return { recoveryKey };
}

async function unlockWith(
  db: WorkbookDb,
  keys: DataKeys,
  unwrap: (keyring: StoredKeyring) => Promise<Uint8Array<ArrayBuffer>>,
  now: number,
): Promise<UnlockOutcome> {
  const keyring = await required(db);
  const wait = waitLeft(keyring, now);
  if (wait > 0) {
    return {
      ok: false,
      message: 'Too many wrong tries in a row: wait, then try again',
      waitMs: wait,
    };
  }
  let dataKey: Uint8Array<ArrayBuffer>;
  try {
    dataKey = await unwrap(keyring);
  } catch (error: unknown) {
    if (!(error instanceof WrongSecretError)) throw error;
    const failed = { failures: keyring.failures + 1, lastFailureAt: new Date(now).toISOString() };
    await db.keyring.update(KEYRING_ID, failed);
    return { ok: false, message: error.message, waitMs: waitLeft({ ...keyring, ...failed }, now) };
  }
  if (keyring.failures > 0) await db.keyring.update(KEYRING_ID, { failures: 0 });
  await keys.unlock(dataKey, { acceptsPlain: !keyring.encrypted });
  dataKey.fill(0);
  if (!keyring.encrypted) await finishEncrypting(db, keys);
  return { ok: true };
}

/** Unlocks with the passphrase. */
export function unlockWithPassphrase(
  db: WorkbookDb,
  keys: DataKeys,
  passphrase: string,
  now = Date.now(),
): Promise<UnlockOutcome> {
  return unlockWith(db, keys, (keyring) => unwrapWithPassphrase(keyring, passphrase), now);
}

/**
 * Unlocks with the recovery key and sets `newPassphrase` in place of the
 * forgotten one; the recovery key stays valid.
 */
export async function recoverWithKey(
  db: WorkbookDb,
  keys: DataKeys,
  recoveryKey: string,
  newPassphrase: string,
  now = Date.now(),
): Promise<UnlockOutcome> {
  let dataKey: Uint8Array<ArrayBuffer> | undefined;
  const outcome = await unlockWith(
    db,
    keys,
    async (keyring) => {
      dataKey = await unwrapWithRecoveryKey(keyring, recoveryKey);
      return dataKey.slice();
    },
    now,
  );
  if (outcome.ok && dataKey !== undefined) {
    await db.keyring.update(KEYRING_ID, {
      passphrase: await wrapWithPassphrase(dataKey, newPassphrase),
    });
    dataKey.fill(0);
  }
  return outcome;
}

/** Wraps the data key with a new passphrase after checking the current one: no record is re-encrypted. */
export async function changePassphrase(
  db: WorkbookDb,
  current: string,
  next: string,
): Promise<UnlockOutcome> {
  const keyring = await required(db);
  let dataKey: Uint8Array<ArrayBuffer>;
  try {
    dataKey = await unwrapWithPassphrase(keyring, current);
  } catch (error: unknown) {
    if (error instanceof WrongSecretError) return { ok: false, message: error.message, waitMs: 0 };
    throw error;
  }
  await db.keyring.update(KEYRING_ID, { passphrase: await wrapWithPassphrase(dataKey, next) });
  dataKey.fill(0);
  return { ok: true };
}
