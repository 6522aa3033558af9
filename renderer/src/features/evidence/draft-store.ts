import {
  captureDefaultsSchema,
  evidenceDraftSchema,
  type CaptureDefaults,
  type EvidenceDraft,
} from './evidence-draft';

/** The part of the Web Storage API the store uses (localStorage in the app, a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The capture form's draft and remembered defaults for one inspection. */
export type DraftStore = {
  /** The draft left in the form, if any and still readable. */
  readonly load: () => EvidenceDraft | undefined;
  /** Keeps the draft; false when the device refused (storage full or disabled). */
  readonly save: (draft: EvidenceDraft) => boolean;
  readonly clear: () => void;
  readonly loadDefaults: () => CaptureDefaults | undefined;
  readonly saveDefaults: (defaults: CaptureDefaults) => void;
};

function read<T>(
  storage: KeyValueStorage,
  key: string,
  parse: (value: unknown) => T,
): T | undefined {
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : parse(JSON.parse(raw));
  } catch {
    // An unreadable entry (older shape, hand-edited, storage disabled) is no draft.
    return undefined;
  }
}

function write(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function keysOf(inspectionId: string) {
  return {
    draftKey: `workbook.evidence-draft.${inspectionId}`,
    defaultsKey: `workbook.evidence-defaults.${inspectionId}`,
  };
}

/**
 * Removes an inspection's draft and remembered defaults, when the
 * inspection is deleted: what was typed for it must not outlive it on the device.
 */
export function forgetEvidenceDrafts(storage: KeyValueStorage, inspectionId: string): void {
  const { draftKey, defaultsKey } = keysOf(inspectionId);
  try {
    storage.removeItem(draftKey);
    storage.removeItem(defaultsKey);
  } catch {
    // Nothing to remove when storage is unavailable.
  }
}

/**
 * Keeps the evidence draft on this device, keyed by inspection, so a reload,
 * a crash or a closed laptop loses nothing typed. `storage` answers reads at once; in the app it stores behind
 * the typing (encrypted-drafts.ts), which says when it has caught up.
 */
export function createDraftStore(storage: KeyValueStorage, inspectionId: string): DraftStore {
  const { draftKey, defaultsKey } = keysOf(inspectionId);
  return {
    load: () => read(storage, draftKey, (value) => evidenceDraftSchema.parse(value)),
    save: (draft) => write(storage, draftKey, draft),
    clear: () => {
      try {
        storage.removeItem(draftKey);
      } catch {
        // Nothing to clear when storage is unavailable.
      }
    },
    loadDefaults: () => read(storage, defaultsKey, (value) => captureDefaultsSchema.parse(value)),
    saveDefaults: (defaults) => {
      write(storage, defaultsKey, defaults);
    },
  };
}
