/**
 * Sent to a worker that opens the store: the raw data key when the page
 * unlocks (the worker builds its own WebCrypto key from it), `null` when it
 * locks, so the worker drops the key and whatever it read with it.
 */
export type DataKeyMessage = {
  readonly type: 'data-key';
  readonly key: Uint8Array | null;
  /** Whether plain records may be read (only while an older store is being encrypted). */
  readonly acceptsPlain: boolean;
};

/** Narrows a message to a worker. */
export function isDataKeyMessage(value: unknown): value is DataKeyMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'data-key' &&
    'key' in value &&
    (value.key === null || value.key instanceof Uint8Array)
  );
}
