import forge from 'node-forge';

/**
 * node-forge works on "binary strings" (one char per byte). These convert
 * to and from bytes without Node's Buffer, so the signing code runs in the
 * main process, a Node worker thread and a browser Web Worker alike.
 */
export function toBinary(bytes: Uint8Array): string {
  // forge's own encoder spreads the whole array into one call, which overflows
  // the stack on a report-sized PDF in a browser; slices keep each call small.
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}

export function fromBinary(text: string): Uint8Array {
  return forge.util.binary.raw.decode(text);
}

/** The digests the verifier accepts (cms.ts `digestAlgorithms`). */
export type DigestName = 'sha256' | 'sha384' | 'sha512';

function createDigest(name: string): forge.md.MessageDigest {
  switch (name) {
    case 'sha256':
      return forge.md.sha256.create();
    case 'sha384':
      return forge.md.sha384.create();
    case 'sha512':
      return forge.md.sha512.create();
    default:
      throw new Error(`unsupported digest ${name}`);
  }
}

// Feeding forge a few megabytes as one string is slow; slices keep memory flat.
const SLICE = 1 << 16;

/** A message digest of the concatenated byte arrays, as forge's digest object. */
export function digestOf(name: string, ...parts: readonly Uint8Array[]): forge.md.MessageDigest {
  const md = createDigest(name);
  for (const part of parts) {
    for (let start = 0; start < part.length; start += SLICE) {
      md.update(toBinary(part.subarray(start, start + SLICE)));
    }
  }
  return md;
}

/** SHA-256 as lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return digestOf('sha256', bytes).digest().toHex();
}
