import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bech32 } from '@scure/base';
import { identityFromSecret, type Identity } from '../crypto/identity';

/*
 * The demo team's identities, made from a published seed and each person's
 * name, so every demo workbook has the same team keys and the demo can be
 * signed without shipping a key: anyone can make these keys, so a demo's
 * signatures prove nothing about a person, which is what a demo should
 * show. The age secret key is Bech32 (BIP 173) with age's prefix
 * (https://age-encryption.org/v1, "The X25519 recipient type") over 32
 * bytes of SHA-256 of the seed and the name.
 */

/** The demo's published seed. Never used for anything but the demo. */
export const DEMO_KEY_SEED =
  'Inspection Workbook demo team, v1: a published seed, never a real key';

/** The demo identity of the team member `name`. */
export function demoIdentity(name: string): Promise<Identity> {
  const bytes = sha256(utf8ToBytes(`${DEMO_KEY_SEED}\n${name}`));
  const secret = bech32.encode('age-secret-key-', bech32.toWords(bytes), false).toUpperCase();
  return identityFromSecret(secret);
}
