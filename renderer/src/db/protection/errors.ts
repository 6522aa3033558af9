/** Why the protection layer refused. */
export type ProtectionErrorCode =
  /** The store is locked: no data key in memory. */
  | 'locked'
  /** A record did not open: damaged, altered, moved to another key or table, or another key. */
  | 'damaged'
  /** A plain record where only encrypted ones may be (after the store was protected). */
  | 'plain-record'
  /** A value the layer cannot keep without changing it. */
  | 'unstorable'
  /** Encryption itself failed: the write is refused, so nothing of it is stored, in the clear or not. */
  | 'seal-failed'
  /** A table whose indexes would keep personal data readable. */
  | 'schema';

/** A refusal of the protection layer; its message names the table and the record where it can. */
export class ProtectionError extends Error {
  readonly code: ProtectionErrorCode;
  constructor(code: ProtectionErrorCode, message: string) {
    super(message);
    this.name = 'ProtectionError';
    this.code = code;
  }
}
