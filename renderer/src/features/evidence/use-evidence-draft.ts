import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { appDrafts } from '../../db/app-store';
import { createDraftStore } from './draft-store';
import {
  defaultsFrom,
  firstDefaults,
  fitDefaults,
  freshDraft,
  hasWork,
  type EvidenceDraft,
} from './evidence-draft';
import { localToday } from './labels';

/** The capture form's draft, kept on the device as it changes. */
export type DraftState = {
  readonly draft: EvidenceDraft;
  /** True while the form shows a draft left unsaved by an earlier visit. */
  readonly restored: boolean;
  /** True when the device refused to keep the last change (storage full or disabled). */
  readonly unsaved: boolean;
  /** True when the last change has reached the encrypted store (a reload would bring it back). */
  readonly kept: boolean;
  readonly update: (change: Partial<EvidenceDraft>) => void;
  /** After a save: remember source, kind and areas, and start a blank note from them. */
  readonly saved: () => void;
  /** Throws the draft away, keeping the remembered defaults. */
  readonly discard: () => void;
};

/**
 * Holds the capture form's contents and writes every change to the
 * encrypted store at once, so a reload or crash mid-note gives the note back
 * (all but the keystrokes of the last moment, still being encrypted: `kept`).
 * `sources` and `areas` are the valid choices, used to fit the remembered
 * defaults to this inspection.
 */
export function useEvidenceDraft(
  inspectionId: string,
  sources: readonly string[],
  areas: readonly string[],
): DraftState {
  // Kept in the encrypted store (encrypted-drafts.ts), which is unlocked whenever the form shows.
  const store = useMemo(() => createDraftStore(appDrafts, inspectionId), [inspectionId]);
  const blank = useCallback(
    () =>
      freshDraft(fitDefaults(store.loadDefaults() ?? firstDefaults, sources, areas), localToday()),
    [store, sources, areas],
  );
  const [initial] = useState(() => {
    const kept = store.load();
    return kept === undefined
      ? { draft: blank(), restored: false }
      : { draft: kept, restored: hasWork(kept) };
  });
  const latest = useRef(initial.draft);
  const [draft, setDraft] = useState(initial.draft);
  const [restored, setRestored] = useState(initial.restored);
  const [unsaved, setUnsaved] = useState(false);
  // The store writes behind the typing (encrypting takes a moment), so the form can say when it has caught up.
  const kept = useSyncExternalStore(appDrafts.subscribe, appDrafts.settled);

  const replace = useCallback((next: EvidenceDraft) => {
    latest.current = next;
    setDraft(next);
  }, []);

  const update = useCallback(
    (change: Partial<EvidenceDraft>) => {
      const next = { ...latest.current, ...change };
      replace(next);
      setUnsaved(!store.save(next));
    },
    [replace, store],
  );

  const saved = useCallback(() => {
    store.saveDefaults(defaultsFrom(latest.current));
    store.clear();
    replace(blank());
    setRestored(false);
    setUnsaved(false);
  }, [blank, replace, store]);

  const discard = useCallback(() => {
    store.clear();
    replace(blank());
    setRestored(false);
    setUnsaved(false);
  }, [blank, replace, store]);

  return { draft, restored, unsaved, kept, update, saved, discard };
}
