import type { DBCoreTransaction } from 'dexie';

/*
 * An IndexedDB transaction commits as soon as it has no request pending at
 * the end of a task (https://w3c.github.io/IndexedDB/#transaction-lifetime),
 * so awaiting WebCrypto inside one (its promises settle in a later task)
 * would commit it under a multi-step transaction's feet, and the next write
 * would fail. While the work runs, a cheap read on the same store is kept
 * pending, one after another; the work's outcome is handed on from inside a
 * request's success event, when the transaction is active again, so what
 * follows can go on writing in it. This is the technique of Dexie's own
 * `waitFor` (https://dexie.org/docs/Dexie/Dexie.waitFor()), done here at the
 * DBCore level, where the layer sees the native transaction.
 *
 * Why WebCrypto and not a synchronous AES-GCM (@noble/ciphers) that needs no
 * keep-alive: measured on this project's machine, noble's AES-256-GCM sealed
 * 8 MB in 625 ms against WebCrypto's 94 ms, and cost about 100 µs per small
 * record (its key schedule and GHASH tables are rebuilt per call); opening a
 * 100,000-row workbook reads tens of MB, which only WebCrypto's native AES
 * keeps within the 15% the speed target allows.
 */

type NativeTransaction = {
  readonly mode: IDBTransactionMode;
  objectStore(name: string): { get(key: number): IDBRequest };
};

function isNative(trans: DBCoreTransaction): trans is DBCoreTransaction & NativeTransaction {
  return 'objectStore' in trans && typeof trans.objectStore === 'function';
}

/**
 * Whether anything may follow in the transaction. A read in a transaction
 * Dexie made for that read alone (readonly, not opened by
 * `db.transaction()`, which Dexie marks `_explicit` on the native
 * transaction, as its own cache middleware reads it) is its last step: its
 * transaction may commit while the value opens, and not waiting for it
 * saves an IndexedDB round trip on every read a screen makes.
 */
function mayContinue(trans: NativeTransaction): boolean {
  return trans.mode !== 'readonly' || Reflect.get(trans, '_explicit') === true;
}

/**
 * `work`'s outcome, settled while `trans` (which covers `storeName`) is
 * active and uncommitted; `always`, for a cursor, whose next step needs the
 * transaction whatever made it.
 */
export function whileAlive<T>(
  trans: DBCoreTransaction,
  storeName: string,
  work: Promise<T>,
  always = false,
): Promise<T> {
  if (!isNative(trans) || (!always && !mayContinue(trans))) return work;
  return new Promise<T>((resolve, reject) => {
    let outcome: { readonly value: T } | { readonly error: unknown } | undefined;
    const settle = () => {
      if (outcome === undefined) return false;
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
      return true;
    };
    work.then(
      (value) => {
        outcome = { value };
      },
      (error: unknown) => {
        outcome = { error };
      },
    );
    const spin = () => {
      if (settle()) return;
      let request: IDBRequest;
      try {
        request = trans.objectStore(storeName).get(-Infinity);
      } catch {
        // The transaction is over (aborted, or the caller had left it): nothing to keep alive.
        work.then(resolve, reject);
        return;
      }
      request.addEventListener('success', spin);
      request.addEventListener('error', () => {
        work.then(resolve, reject);
      });
    };
    spin();
  });
}
