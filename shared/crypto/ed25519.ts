import { ed25519 } from '@noble/curves/ed25519.js';
import { signingSeed } from './identity';
import { nodeVerifyEd25519 } from './node-ed25519';

/*
 * Ed25519 (RFC 8032) signing and verifying for the operation log. WebCrypto
 * has Ed25519 in Node 20 and in current Chromium (so in Electron), and there
 * it is far faster than JavaScript: on the project's build machine, signing
 * took about 0.2 ms against 1.5 ms with @noble/curves, and verifying 0.2-0.35
 * ms against 4 ms. Where the platform lacks it, @noble/curves
 * (https://github.com/paulmillr/noble-curves, audited) does the same job.
 * Both give the same signature: Ed25519 signatures are deterministic.
 */

/** Signs messages with one person's key. */
export type Ed25519Signer = {
  /** The raw 32-byte public key. */
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Promise<Uint8Array>;
};

// PKCS #8 (RFC 8410, section 7) wrapping of a 32-byte Ed25519 private key.
const PKCS8_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];

/** The part of WebCrypto's SubtleCrypto used here (shared/ is built without the DOM's types). */
type Subtle = {
  importKey(
    format: 'pkcs8' | 'raw',
    data: Uint8Array,
    algorithm: { readonly name: 'Ed25519' },
    extractable: boolean,
    usages: readonly ('sign' | 'verify')[],
  ): Promise<object>;
  sign(algorithm: 'Ed25519', key: object, data: Uint8Array): Promise<ArrayBuffer>;
  verify(
    algorithm: 'Ed25519',
    key: object,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
};

function isSubtle(value: unknown): value is Subtle {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['importKey', 'sign', 'verify'].every((name) => typeof Reflect.get(value, name) === 'function')
  );
}

function subtle(): Subtle | undefined {
  const api: unknown = Reflect.get(globalThis, 'crypto');
  const found: unknown =
    typeof api === 'object' && api !== null ? Reflect.get(api, 'subtle') : undefined;
  return isSubtle(found) ? found : undefined;
}

async function webCryptoKey(seed: Uint8Array): Promise<object | undefined> {
  const api = subtle();
  if (api === undefined) return undefined;
  try {
    return await api.importKey(
      'pkcs8',
      new Uint8Array([...PKCS8_PREFIX, ...seed]),
      { name: 'Ed25519' },
      false,
      ['sign'],
    );
  } catch {
    // The platform has no Ed25519 in WebCrypto: @noble/curves signs instead.
    return undefined;
  }
}

/** A signer for the Ed25519 key of an age secret key (identity.ts derives it). */
export async function ed25519Signer(secretKey: string): Promise<Ed25519Signer> {
  const seed = signingSeed(secretKey);
  const publicKey = ed25519.getPublicKey(seed);
  const key = await webCryptoKey(seed);
  const api = subtle();
  if (key === undefined || api === undefined) {
    return { publicKey, sign: (message) => Promise.resolve(ed25519.sign(message, seed)) };
  }
  return {
    publicKey,
    sign: async (message) => new Uint8Array(await api.sign('Ed25519', key, message)),
  };
}

/** Whether `signature` is `publicKey`'s over `message` (synchronous: for a handful of checks). */
export function verifyEd25519(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  const native = nodeVerifyEd25519(publicKey, message, signature);
  if (native !== undefined) return native;
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

/** One signature to check. */
export type SignatureCheck = {
  readonly publicKey: Uint8Array;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
};

async function verifyWithWebCrypto(
  api: Subtle,
  checks: readonly SignatureCheck[],
): Promise<boolean[]> {
  const keys = new Map<string, Promise<object>>();
  const keyOf = (raw: Uint8Array): Promise<object> => {
    const id = raw.join(',');
    let key = keys.get(id);
    if (key === undefined) {
      key = api.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
      keys.set(id, key);
    }
    return key;
  };
  return Promise.all(
    checks.map(async (check) =>
      api.verify('Ed25519', await keyOf(check.publicKey), check.signature, check.message),
    ),
  );
}

/** Checks many signatures at once, with WebCrypto where the platform has Ed25519. */
export async function verifyEd25519Many(checks: readonly SignatureCheck[]): Promise<boolean[]> {
  const api = subtle();
  if (api !== undefined && checks.length > 0) {
    try {
      return await verifyWithWebCrypto(api, checks);
    } catch {
      // No Ed25519 in this WebCrypto (or a malformed key): check each with @noble/curves.
    }
  }
  return checks.map((check) => verifyEd25519(check.publicKey, check.message, check.signature));
}
