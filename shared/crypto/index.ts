export { ageFormat, AGE_VERSION_LINE, headerStanzaTypes } from './age-header';
export { CryptoError, type CryptoErrorCode } from './errors';
export {
  ed25519FromSsh,
  identityFromSecret,
  newIdentity,
  signingSeed,
  signWith,
  sshEd25519PublicKey,
  verifySignature,
  type Identity,
} from './identity';
export { isRecipient, recipientProblem } from './recipient';
export {
  ed25519Signer,
  verifyEd25519,
  verifyEd25519Many,
  type Ed25519Signer,
  type SignatureCheck,
} from './ed25519';
export { identityFileText, readIdentityFile, type IdentityFile } from './identity-file';
export {
  checkRecipient,
  isSealed,
  seal,
  unseal,
  type OpeningKeys,
  type Seal,
  type Unsealed,
} from './seal';
export {
  ARGON2ID_PARAMETERS,
  isWrappedLine,
  MIN_PASSPHRASE_LENGTH,
  unwrapSecret,
  wrapSecret,
  WRAPPED_KEY_PREFIX,
} from './wrap';
