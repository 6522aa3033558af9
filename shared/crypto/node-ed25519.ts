/*
 * Ed25519 verification (RFC 8032) by Node's own `crypto` (OpenSSL) where the
 * code runs in Node — the command, Electron's main process, tests — reached
 * through `process.getBuiltinModule`
 * (https://nodejs.org/api/process.html#processgetbuiltinmoduleid) so this
 * module still loads in a browser, where it answers undefined and the caller
 * uses @noble/curves. Synchronous, like the roster check that calls it, and
 * about a hundred times quicker than the first check in JavaScript (which
 * builds its tables first): opening a signed workbook checks a few.
 */

type NodeKey = object;
type NodeCrypto = {
  createPublicKey(options: { key: Uint8Array; format: 'der'; type: 'spki' }): NodeKey;
  verify(algorithm: null, data: Uint8Array, key: NodeKey, signature: Uint8Array): boolean;
};

function isNodeCrypto(value: unknown): value is NodeCrypto {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'createPublicKey') === 'function' &&
    typeof Reflect.get(value, 'verify') === 'function'
  );
}

let loaded: NodeCrypto | null | undefined;

function nodeCrypto(): NodeCrypto | undefined {
  if (loaded !== undefined) return loaded ?? undefined;
  loaded = null;
  const host: unknown = Reflect.get(globalThis, 'process');
  if (typeof host !== 'object' || host === null) return undefined;
  const load: unknown = Reflect.get(host, 'getBuiltinModule');
  if (typeof load !== 'function') return undefined;
  try {
    const found: unknown = Reflect.apply(load, host, ['node:crypto']);
    if (isNodeCrypto(found)) loaded = found;
  } catch {
    // not Node: the caller checks in JavaScript
  }
  return loaded ?? undefined;
}

/** SubjectPublicKeyInfo for an Ed25519 key, before its 32 bytes (RFC 8410, section 4). */
const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

const keys = new Map<string, NodeKey>();

/**
 * Whether `signature` is `publicKey`'s over `message`, checked by Node's
 * crypto; undefined where there is none (a browser). A malformed key or
 * signature is simply not valid.
 */
export function nodeVerifyEd25519(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): boolean | undefined {
  const api = nodeCrypto();
  if (api === undefined) return undefined;
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  try {
    const id = publicKey.join(',');
    let key = keys.get(id);
    if (key === undefined) {
      key = api.createPublicKey({
        key: Uint8Array.from([...SPKI_PREFIX, ...publicKey]),
        format: 'der',
        type: 'spki',
      });
      keys.set(id, key);
    }
    return api.verify(null, message, key, signature);
  } catch {
    return false;
  }
}
