/** A key sealed with AES-256-GCM under a key-encryption key (keyring.ts). */
export type WrappedKey = {
  readonly salt: Uint8Array;
  readonly nonce: Uint8Array;
  readonly wrapped: Uint8Array;
};

/** Argon2id's costs as stored with a wrapped key, so stronger ones can come later. */
export type Argon2idCost = { readonly m: number; readonly t: number; readonly p: number };

/**
 * The keyring: the store's data key wrapped twice, by the passphrase and by
 * the recovery key. Kept in the clear (it is needed to unlock) and holding
 * nothing that opens the records without one of the two secrets.
 */
export type StoredKeyring = {
  readonly id: 'data-key';
  readonly format: 1;
  readonly passphrase: WrappedKey & { readonly argon2id: Argon2idCost };
  readonly recovery: WrappedKey;
  readonly createdAt: string;
  /** False while records stored before protection are still being encrypted. */
  readonly encrypted: boolean;
  /**
   * The data key sealed by the desktop app's keychain, when the person chose
   * to open the workbook without a prompt on this computer (Settings), with
   * a value sealed under the data key that shows the key came back right.
   */
  keychain?: { readonly sealed: Uint8Array; readonly check: Uint8Array };
  /** Wrong passphrases or recovery keys in a row, and when the last was given. */
  readonly failures: number;
  readonly lastFailureAt?: string;
};

export const KEYRING_ID = 'data-key';
