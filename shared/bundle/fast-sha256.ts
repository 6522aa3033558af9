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
type NodeCrypto = { createHash(algorithm: 'sha256'): NodeHash };

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

/** SHA-256 of `data` then `more` (a string is hashed as its UTF-8), in lower-case hex. */
export function fastSha256Hex(data: Uint8Array | string, more?: string): string {
  if (node !== undefined) {
    const hash = node.createHash('sha256').update(data);
    return (more === undefined ? hash : hash.update(more)).digest('hex');
  }
  if (more === undefined) return sha256Hex(bytesOf(data));
  const first = bytesOf(data);
  const second = utf8ToBytes(more);
  const both = new Uint8Array(first.length + second.length);
  both.set(first);
  both.set(second, first.length);
  return sha256Hex(both);
}
