import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { declareWorkbookDb, type WorkbookDb } from '../../../../../renderer/src/db/db';
import { isSealedRecord } from '../../../../../renderer/src/db/protection/sealed-record';
import { createDraftStore } from '../../../../../renderer/src/features/evidence/draft-store';
import {
  encryptedDrafts,
  moveLocalDrafts,
} from '../../../../../renderer/src/features/evidence/encrypted-drafts';
import {
  firstDefaults,
  freshDraft,
  type EvidenceDraft,
} from '../../../../../renderer/src/features/evidence/evidence-draft';
import { openTestDb } from '../../db/test-db';

const opened: WorkbookDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function stores() {
  const name = `drafts-${Math.random().toString(36).slice(2)}`;
  const db = openTestDb(name);
  const raw = declareWorkbookDb(name);
  opened.push(db, raw);
  return { db, raw };
}

/** A Map-backed stand-in for the device's localStorage, with the Storage API's enumeration. */
function localStorageWith(entries: Record<string, string>): Storage {
  const items = new Map(Object.entries(entries));
  return {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const draft: EvidenceDraft = {
  ...freshDraft(firstDefaults, '2026-03-01'),
  text: 'Met Jayden Okoro at his placement.',
  childIds: 'C700123',
};

describe('evidence drafts in the encrypted store', () => {
  it('keeps what the form writes, sealed on disk, and gives it back after a lock', async () => {
    const { db, raw } = stores();
    const drafts = encryptedDrafts(db);
    const store = createDraftStore(drafts, 'insp-1');
    store.save(draft);
    expect(store.load()).toEqual(draft);
    await drafts.flush();
    drafts.forget();
    expect(drafts.getItem('workbook.evidence-draft.insp-1')).toBeNull();
    const onDisk: unknown = await raw.drafts.get('workbook.evidence-draft.insp-1');
    expect(isSealedRecord(onDisk)).toBe(true);
    expect(JSON.stringify(onDisk)).not.toContain('Jayden');
    expect(JSON.stringify(onDisk)).not.toContain('C700123');
    await drafts.load();
    expect(createDraftStore(drafts, 'insp-1').load()).toEqual(draft);
  });

  it('says it has caught up only once every write is stored, telling whoever listens', async () => {
    const { db } = stores();
    const drafts = encryptedDrafts(db);
    const seen: boolean[] = [];
    const stop = drafts.subscribe(() => seen.push(drafts.settled()));
    expect(drafts.settled()).toBe(true);
    drafts.setItem('workbook.evidence-draft.insp-1', 'first');
    drafts.setItem('workbook.evidence-draft.insp-1', 'second');
    expect(drafts.settled()).toBe(false);
    await drafts.flush();
    expect(drafts.settled()).toBe(true);
    expect(seen).toEqual([false, true]);
    await drafts.load();
    expect(drafts.getItem('workbook.evidence-draft.insp-1')).toBe('second');
    stop();
    drafts.setItem('workbook.evidence-draft.insp-1', 'third');
    await drafts.flush();
    expect(seen).toEqual([false, true]);
  });

  it('moves an earlier version’s drafts out of localStorage once, leaving other settings', async () => {
    const { db } = stores();
    const local = localStorageWith({
      'workbook.evidence-draft.insp-1': JSON.stringify(draft),
      'workbook.evidence-defaults.insp-1': '{"source":"visit"}',
      'workbook.user': '{"name":"Amara"}',
    });
    expect(await moveLocalDrafts(local, db)).toBe(2);
    expect(local.getItem('workbook.evidence-draft.insp-1')).toBeNull();
    expect(local.getItem('workbook.evidence-defaults.insp-1')).toBeNull();
    expect(local.getItem('workbook.user')).toBe('{"name":"Amara"}');
    expect(await db.drafts.get('workbook.evidence-draft.insp-1')).toEqual({
      id: 'workbook.evidence-draft.insp-1',
      text: JSON.stringify(draft),
    });
    expect(await moveLocalDrafts(local, db)).toBe(0);
  });
});
