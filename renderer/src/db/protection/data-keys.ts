/**
 * The data key while the store is unlocked: a non-extractable WebCrypto key
 * for the records, and its raw bytes to hand to the workers that open the
 * store themselves (a CryptoKey can be posted, but the raw bytes let a
 * worker started later get it from the same place). Nothing here is ever
 * written anywhere; locking drops both and zeroes the bytes.
 */
export type UnlockedKey = { readonly key: CryptoKey; readonly raw: Uint8Array };

export type DataKeys = {
  /** The key, or undefined while locked. */
  readonly current: () => UnlockedKey | undefined;
  /**
   * Whether plain records may still be read: only while a store that held
   * plain records is being encrypted (protection/migrate.ts). Afterwards a
   * plain record is refused, so nobody can slip one in beside the sealed.
   */
  readonly acceptsPlain: () => boolean;
  readonly unlock: (
    raw: Uint8Array,
    options?: { readonly acceptsPlain?: boolean },
  ) => Promise<void>;
  readonly setAcceptsPlain: (accepts: boolean) => void;
  readonly lock: () => void;
  /** Called on every unlock and lock. */
  readonly subscribe: (listener: () => void) => () => void;
};

/** Imports 32 raw bytes as the AES-256-GCM data key. */
export async function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  if (raw.length !== 32) throw new Error('A data key is 32 bytes.');
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** A holder of the data key, locked until given one. */
export function createDataKeys(): DataKeys {
  let unlocked: UnlockedKey | undefined;
  let plain = false;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    current: () => unlocked,
    acceptsPlain: () => plain,
    async unlock(raw, options) {
      const copy = raw.slice();
      unlocked = { key: await importDataKey(copy), raw: copy };
      plain = options?.acceptsPlain === true;
      changed();
    },
    setAcceptsPlain(accepts) {
      plain = accepts;
    },
    lock() {
      unlocked?.raw.fill(0);
      unlocked = undefined;
      plain = false;
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
