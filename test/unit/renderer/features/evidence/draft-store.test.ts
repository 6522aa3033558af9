import { describe, expect, it } from 'vitest';
import {
  createDraftStore,
  type KeyValueStorage,
} from '../../../../../renderer/src/features/evidence/draft-store';
import {
  defaultsFrom,
  firstDefaults,
  fitDefaults,
  freshDraft,
  hasWork,
  type EvidenceDraft,
} from '../../../../../renderer/src/features/evidence/evidence-draft';

/** A Web Storage stand-in backed by a Map. */
function memoryStorage(): KeyValueStorage & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => {
      entries.set(key, value);
    },
    removeItem: (key) => {
      entries.delete(key);
    },
  };
}

const draft: EvidenceDraft = {
  source: 'prov-1',
  kind: 'case-sampling',
  areas: ['children-in-care', 'care-leavers'],
  finding: 'concern',
  text: 'Half-written note about Zoë’s\nplan',
  checklistItems: ['cic-1'],
  childIds: 'NM-2044, NM-2045',
  relatesTo: { day: '4', month: '10', year: '2026' },
};

describe('draft store', () => {
  it('restores every field of a saved draft, per inspection, and clears it', () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage, 'insp-1');
    expect(store.load()).toBeUndefined();
    expect(store.save(draft)).toBe(true);
    // A new store on the same storage is what a reload gives.
    expect(createDraftStore(storage, 'insp-1').load()).toEqual(draft);
    expect(createDraftStore(storage, 'insp-2').load()).toBeUndefined();
    store.clear();
    expect(createDraftStore(storage, 'insp-1').load()).toBeUndefined();
  });

  it('keeps the defaults apart from the draft, so clearing the draft keeps them', () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage, 'insp-1');
    store.save(draft);
    store.saveDefaults(defaultsFrom(draft));
    store.clear();
    expect(store.loadDefaults()).toEqual({
      source: 'prov-1',
      kind: 'case-sampling',
      areas: ['children-in-care', 'care-leavers'],
    });
    expect(createDraftStore(storage, 'insp-2').loadDefaults()).toBeUndefined();
  });

  it('treats an unreadable entry as no draft, and reports a refused write', () => {
    const storage = memoryStorage();
    storage.setItem('workbook.evidence-draft.insp-1', '{not json');
    storage.setItem('workbook.evidence-defaults.insp-1', JSON.stringify({ source: 1 }));
    const store = createDraftStore(storage, 'insp-1');
    expect(store.load()).toBeUndefined();
    expect(store.loadDefaults()).toBeUndefined();
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(createDraftStore(full, 'insp-1').save(draft)).toBe(false);
  });
});

describe('fresh drafts and defaults', () => {
  it('starts from the remembered source, kind and areas, dated today, with nothing else', () => {
    const fresh = freshDraft(defaultsFrom(draft), '2026-10-05');
    expect(fresh).toEqual({
      source: 'prov-1',
      kind: 'case-sampling',
      areas: ['children-in-care', 'care-leavers'],
      finding: '',
      text: '',
      checklistItems: [],
      childIds: '',
      relatesTo: { day: '5', month: '10', year: '2026' },
    });
    expect(hasWork(fresh)).toBe(false);
    expect(hasWork({ ...fresh, text: 'x' })).toBe(true);
    expect(hasWork({ ...fresh, finding: 'strength' })).toBe(true);
  });

  it('drops a remembered source or area this inspection does not have', () => {
    expect(
      fitDefaults(defaultsFrom(draft), ['council', 'prov-2'], ['leaders', 'children-in-care']),
    ).toEqual({ source: 'council', kind: 'case-sampling', areas: ['children-in-care'] });
    expect(fitDefaults(firstDefaults, ['council'], ['leaders'])).toEqual(firstDefaults);
  });
});

describe('drafts kept before the date had three fields', () => {
  it('reads a YYYY-MM-DD date as its day, month and year', () => {
    const storage = memoryStorage();
    storage.setItem(
      'workbook.evidence-draft.insp-1',
      JSON.stringify({ ...draft, relatesTo: '2026-10-04' }),
    );
    expect(createDraftStore(storage, 'insp-1').load()?.relatesTo).toEqual({
      day: '4',
      month: '10',
      year: '2026',
    });
  });
});
