import type { StoredKeyring } from './keyring-record';

/*
 * Wrong secrets in a row slow further tries: four are free (a typo, caps
 * lock), and from the fifth each wait doubles, from 30 seconds up to 15
 * minutes. This slows someone guessing at an unlocked laptop's prompt; it
 * cannot slow an attacker who copies the keyring off the disk, which is
 * what Argon2id's cost is for.
 */

const FREE_TRIES = 4;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/** Milliseconds to wait, after `failures` in a row, before the next try is taken. */
export function waitAfter(failures: number): number {
  if (failures <= FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES - 1), LONGEST_WAIT_MS);
}

/** Milliseconds left to wait at `now` before the keyring takes another try. */
export function waitLeft(keyring: StoredKeyring, now: number): number {
  if (keyring.lastFailureAt === undefined) return 0;
  const since = now - Date.parse(keyring.lastFailureAt);
  return Math.max(0, waitAfter(keyring.failures) - since);
}
