import type { WorkbookDb } from '../../db/db';
import type { KeyValueStorage } from './draft-store';

/*
 * Evidence drafts name children as they are typed, so they live in the
 * encrypted store, not in localStorage (which is plain on disk). The form
 * keeps its synchronous storage: reads come from a copy in memory, filled
 * at unlock and emptied at lock; each write goes to that copy at once and
 * to the store in order behind it. Locking waits for the writes (`flush`)
 * before the key is dropped, so nothing typed is lost to a lock.
 */

/** The prefix of every key the evidence form keeps (draft-store.ts). */
const FORM_PREFIX = 'workbook.evidence-';

export type EncryptedDrafts = KeyValueStorage & {
  /** Fills the copy in memory from the store (after unlock). */
  readonly load: () => Promise<void>;
  /** Resolves when every write so far is stored. */
  readonly flush: () => Promise<void>;
  /** Empties the copy in memory (at lock). */
  readonly forget: () => void;
  /** True when every write so far is stored (what a reload would find). */
  readonly settled: () => boolean;
  /** Calls `listener` whenever `settled` may have changed; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
};

/** Drafts kept in `db`'s encrypted `drafts` table. */
export function encryptedDrafts(db: WorkbookDb): EncryptedDrafts {
  const items = new Map<string, string>();
  // Changes not yet stored, latest per key (null: removed): a burst of
  // keystrokes becomes one write, so the store never falls behind the typing.
  const pending = new Map<string, string | null>();
  let running: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const drain = async () => {
    while (pending.size > 0) {
      const batch = [...pending];
      pending.clear();
      const puts = batch.flatMap(([id, text]) => (text === null ? [] : [{ id, text }]));
      const removals = batch.flatMap(([id, text]) => (text === null ? [id] : []));
      try {
        await db.transaction('rw', db.drafts, async () => {
          await db.drafts.bulkPut(puts);
          await db.drafts.bulkDelete(removals);
        });
      } catch (error: unknown) {
        console.error('A draft could not be kept in the encrypted store:', error);
      }
    }
  };
  const schedule = (key: string, value: string | null) => {
    pending.set(key, value);
    const idle = running === undefined;
    running ??= drain().finally(() => {
      running = undefined;
      notify();
    });
    if (idle) notify();
  };
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      items.set(key, value);
      schedule(key, value);
    },
    removeItem(key) {
      items.delete(key);
      schedule(key, null);
    },
    async load() {
      items.clear();
      for (const draft of await db.drafts.toArray()) items.set(draft.id, draft.text);
    },
    async flush() {
      // A write may be scheduled while one runs: wait until none is left.
      for (let current = running; current !== undefined; current = running) await current;
    },
    forget: () => items.clear(),
    settled: () => running === undefined && pending.size === 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Moves drafts an earlier version kept in localStorage into the encrypted
 * store, once: each is stored, then removed from localStorage.
 */
export async function moveLocalDrafts(local: Storage, db: WorkbookDb): Promise<number> {
  const keys: string[] = [];
  for (let index = 0; index < local.length; index += 1) {
    const key = local.key(index);
    if (key?.startsWith(FORM_PREFIX) === true) keys.push(key);
  }
  const drafts = keys.flatMap((key) => {
    const text = local.getItem(key);
    return text === null ? [] : [{ id: key, text }];
  });
  if (drafts.length === 0) return 0;
  // A draft already in the store is newer than the one left behind: keep it.
  const stored = new Set(await db.drafts.where('id').anyOf(keys).primaryKeys());
  await db.drafts.bulkPut(drafts.filter((draft) => !stored.has(draft.id)));
  for (const key of keys) local.removeItem(key);
  return drafts.length;
}
