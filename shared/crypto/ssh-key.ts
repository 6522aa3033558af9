import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base64 } from '@scure/base';

/*
 * Ed25519 public keys as text, in OpenSSH's one-line form (RFC 4253 section
 * 6.6, RFC 8709 section 4): `ssh-ed25519 AAAA…`. Apart from identity.ts so
 * that the roster's records can check a key without loading the age code.
 */

function sshString(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length);
  out.set(bytes, 4);
  return out;
}

/** An Ed25519 public key as OpenSSH writes it (RFC 4253 section 6.6, RFC 8709 section 4). */
export function sshEd25519PublicKey(publicKey: Uint8Array): string {
  const type = sshString(utf8ToBytes('ssh-ed25519'));
  const key = sshString(publicKey);
  const blob = new Uint8Array(type.length + key.length);
  blob.set(type);
  blob.set(key, type.length);
  return `ssh-ed25519 ${base64.encode(blob)}`;
}

/** The raw 32-byte Ed25519 public key of an `ssh-ed25519 …` line, or undefined. */
export function ed25519FromSsh(text: string): Uint8Array | undefined {
  const [type, blob] = text.trim().split(/\s+/);
  if (type !== 'ssh-ed25519' || blob === undefined) return undefined;
  try {
    const bytes = base64.decode(blob);
    // 4+11 bytes of "ssh-ed25519", then 4+32 of the key.
    if (bytes.length !== 51) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0) !== 11 || view.getUint32(15) !== 32) return undefined;
    return bytes.slice(19);
  } catch {
    return undefined;
  }
}
