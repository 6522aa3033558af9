import { sha256 } from '@noble/hashes/sha2.js';
import { base64 } from '@scure/base';
import { ed25519FromSsh } from '../crypto/ssh-key';
import { err, ok, type Result } from '../util/result';

/*
 * A member's public keys as a person hands them over: pasted from the app's
 * Settings > Your keys (or its .txt download), or from `workbook keys show`,
 * which print the age key (`age1…`) and the Ed25519 signing key
 * (`ssh-ed25519 AAAA…`) with labels or comments around them.
 */

/** The keys found in pasted text. */
export type PastedKeys = {
  readonly signingKey: string;
  readonly recipient: string | null;
};

const SIGNING_KEY = /ssh-ed25519\s+[A-Za-z0-9+/=]+/g;
// An age recipient is Bech32 (BIP 173) in lower case after the `age1` prefix (https://age-encryption.org/v1).
const RECIPIENT = /\bage1[02-9ac-hj-np-z]+/g;

function distinct(matches: Iterable<RegExpMatchArray>): string[] {
  return [...new Set([...matches].map((match) => match[0].replace(/\s+/, ' ')))];
}

/**
 * The signing key (required) and age key (optional) in `text`, as one
 * person's public keys. Refuses text holding a secret key (never echoing
 * it), no signing key, or the keys of more than one person.
 */
export function keysFromText(text: string): Result<PastedKeys> {
  if (/AGE-SECRET-KEY-1/i.test(text)) {
    return err(
      'roster.secret-key',
      'That is a secret key: paste only their public keys, and ask them to keep the secret one to themselves',
    );
  }
  const signing = distinct(text.matchAll(SIGNING_KEY));
  const recipients = distinct(text.matchAll(RECIPIENT));
  if (signing.length > 1 || recipients.length > 1) {
    return err('roster.many-keys', 'Paste the public keys of one person only');
  }
  const [signingKey] = signing;
  if (signingKey === undefined || ed25519FromSsh(signingKey) === undefined) {
    return err(
      'roster.signing-key',
      'Paste their signing key: the line starting “ssh-ed25519 AAAA” from their Settings, under Your keys, or from `workbook keys show`',
    );
  }
  return ok({ signingKey, recipient: recipients[0] ?? null });
}

/**
 * The fingerprint of an Ed25519 signing key as `ssh-keygen -l` prints it:
 * `SHA256:` and the unpadded Base64 of the SHA-256 of the key's wire
 * encoding (RFC 4253 section 6.6, https://www.rfc-editor.org/rfc/rfc4253#section-6.6),
 * so a person can compare it with the one a colleague reads out.
 */
export function signingKeyFingerprint(signingKey: string): string | undefined {
  if (ed25519FromSsh(signingKey) === undefined) return undefined;
  const blob = signingKey.trim().split(/\s+/)[1] ?? '';
  return `SHA256:${base64.encode(sha256(base64.decode(blob))).replace(/=+$/, '')}`;
}
