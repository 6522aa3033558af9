/** Why a key or an encrypted file could not be used; the caller adds what it belongs to. */
export type CryptoErrorCode =
  /** Encrypted, but no identity or passphrase was given to open it. */
  | 'no-key'
  /** Encrypted to recipients, none of them the identities given. */
  | 'not-for-identity'
  /** Encrypted with a passphrase (or a wrapped key), and the one given does not open it. */
  | 'wrong-passphrase'
  /** The encrypted bytes fail age's checks: cut short, altered, or not age at all. */
  | 'damaged'
  /** An identity file or key that is not in the expected format. */
  | 'invalid-identity'
  /** A public key that is not an age recipient. */
  | 'invalid-recipient';

/** A refusal from shared/crypto, with a message that says what to do (without a file name). */
export class CryptoError extends Error {
  override readonly name = 'CryptoError';
  constructor(
    readonly code: CryptoErrorCode,
    message: string,
  ) {
    super(message);
  }
}
