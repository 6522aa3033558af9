/** Why a certificate or PKCS#12 file cannot be used for signing. */
export type SigningErrorCode =
  | 'corrupt'
  | 'wrong-passphrase'
  | 'no-key'
  | 'unsupported-key'
  | 'no-certificate'
  | 'not-yet-valid'
  | 'expired'
  | 'not-for-signing'
  | 'sign-failed';

/**
 * A refusal to sign, with a message that says what is wrong and what to do.
 * The caller prefixes the file name.
 */
export class SigningError extends Error {
  override readonly name = 'SigningError';
  constructor(
    readonly code: SigningErrorCode,
    message: string,
  ) {
    super(message);
  }
}
