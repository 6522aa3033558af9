import { openWorkbookDb, type WorkbookDb } from '../../../../renderer/src/db/db';
import { createDataKeys } from '../../../../renderer/src/db/protection/data-keys';

/**
 * The store as the app opens it: every table but the keyring encrypted
 * (renderer/src/db/protection), here under a random data key for the test
 * file's life, so every repository test also runs through the protection layer.
 */
export const testKeys = createDataKeys();
await testKeys.unlock(crypto.getRandomValues(new Uint8Array(32)));

/** A fresh protected store named `name`. */
export function openTestDb(name: string): WorkbookDb {
  return openWorkbookDb(name, testKeys);
}
