import { utf8ToBytes } from '@noble/hashes/utils.js';
import { sha256Hex } from './sha256';

/*
 * SHA-256 (FIPS 180-4) in lower-case hex, synchronously, for hashing every
 * change of a long log (canonical.ts). Where the code runs in Node (the
 * command, Electron's main process, tests) Node's own `crypto` does it
 * (OpenSSL, with the CPU's SHA instructions: many times faster than
 * JavaScript); it is reached through `process.getBuiltinModule`
 * (https://nodejs.org/api/process.html#processgetbuiltinmoduleid), so this
 * module still loads in a browser, where sha256.ts (FIPS 180-4 in
 * TypeScript) does the same job.
 * WebCrypto's `digest` is no help here: it is asynchronous, one promise per
 * change. Both give the same digest.
 */

/** The part of Node's `crypto` used here. */
type NodeHash = { update(data: Uint8Array | string): NodeHash; digest(encoding: 'hex'): string };
type NodeCrypto = {
  createHash(algorithm: 'sha256'): NodeHash;
  /** One-shot digest (Node 20.12+): no hash object per call, which shows over a long log. */
  hash?: (algorithm: 'sha256', data: Uint8Array | string, encoding: 'hex') => string;
};

function isNodeCrypto(value: unknown): value is NodeCrypto {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'createHash') === 'function'
  );
}

function nodeCrypto(): NodeCrypto | undefined {
  const host: unknown = Reflect.get(globalThis, 'process');
  if (typeof host !== 'object' || host === null) return undefined;
  const load: unknown = Reflect.get(host, 'getBuiltinModule');
  if (typeof load !== 'function') return undefined;
  try {
    const found: unknown = Reflect.apply(load, host, ['node:crypto']);
    return isNodeCrypto(found) ? found : undefined;
  } catch {
    return undefined;
  }
}

const node = nodeCrypto();

function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? utf8ToBytes(data) : data;
}

const oneShot = typeof node?.hash === 'function' ? node.hash : undefined;

/** SHA-256 of `data` then each of `more` (a string is hashed as its UTF-8), in lower-case hex. */
export function fastSha256Hex(data: Uint8Array | string, ...more: (Uint8Array | string)[]): string {
  if (oneShot !== undefined && node !== undefined && more.length === 0) {
    return oneShot.call(node, 'sha256', data, 'hex');
  }
  if (node !== undefined) {
    const hash = node.createHash('sha256').update(data);
    for (const part of more) hash.update(part);
    return hash.digest('hex');
  }
  if (more.length === 0) return sha256Hex(bytesOf(data));
  const parts = [data, ...more].map(bytesOf);
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return sha256Hex(all);
}
