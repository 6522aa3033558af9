/**
 * A minimal DER reader (ITU-T X.690) for checking signatures byte for byte:
 * each element keeps its offsets, so the signed attributes can be hashed
 * exactly as they were encoded, and no byte is re-encoded.
 */

/** One DER element: its tag byte and where its header and content lie. */
export type DerElement = {
  readonly tag: number;
  /** Offset of the tag byte. */
  readonly start: number;
  /** Offset of the first content byte. */
  readonly contentStart: number;
  /** Offset after the last content byte. */
  readonly end: number;
};

/** DER tags used in CMS and X.509. */
export const tags = {
  integer: 0x02,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
  context0: 0xa0,
  context1: 0xa1,
} as const;

/** A structural problem in DER input. */
export class DerError extends Error {
  override readonly name = 'DerError';
}

/** Reads the element starting at `offset`, which must end by `limit`. */
export function readElement(bytes: Uint8Array, offset: number, limit = bytes.length): DerElement {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined || offset + 2 > limit) {
    throw new DerError(`truncated element at byte ${offset}`);
  }
  if ((tag & 0x1f) === 0x1f) throw new DerError(`multi-byte tag at byte ${offset}`);
  // Tag 0 is end-of-contents, which DER never uses (so zero padding is no element).
  if (tag === 0) throw new DerError(`zero tag at byte ${offset}`);
  let length = first;
  let contentStart = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new DerError(`bad length at byte ${offset}`);
    length = 0;
    for (let i = 0; i < count; i += 1) {
      const byte = bytes[contentStart + i];
      if (byte === undefined) throw new DerError(`truncated length at byte ${offset}`);
      length = length * 256 + byte;
    }
    if (length < 128 || (count > 1 && bytes[contentStart] === 0)) {
      throw new DerError(`length not in DER form at byte ${offset}`);
    }
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerError(`element at byte ${offset} runs past its container`);
  return { tag, start: offset, contentStart, end };
}

/** The elements inside a constructed element, which must fill it exactly. */
export function children(bytes: Uint8Array, parent: DerElement): DerElement[] {
  const found: DerElement[] = [];
  let at = parent.contentStart;
  while (at < parent.end) {
    const child = readElement(bytes, at, parent.end);
    found.push(child);
    at = child.end;
  }
  return found;
}

/** The element's content bytes. */
export function content(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.contentStart, element.end);
}

/** The element's whole encoding, header included. */
export function encoding(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.start, element.end);
}

/** Throws unless `element` has the tag `expected`. */
export function expectTag(
  element: DerElement | undefined,
  expected: number,
  what: string,
): DerElement {
  if (element === undefined || element.tag !== expected) {
    throw new DerError(`expected ${what}`);
  }
  return element;
}

/** An OBJECT IDENTIFIER's content as dotted text, e.g. `1.2.840.113549.1.7.2`. */
export function oidText(bytes: Uint8Array, element: DerElement): string {
  const body = content(bytes, expectTag(element, tags.oid, 'an object identifier'));
  const arcs: number[] = [];
  let value = 0;
  for (const byte of body) {
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0)
        arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else arcs.push(value);
      value = 0;
    }
  }
  return arcs.join('.');
}

/**
 * The OID of an AlgorithmIdentifier (RFC 5280 §4.1.1.2), whose parameters
 * must be absent or NULL, as they are for the RSA and SHA-2 algorithms used.
 */
export function algorithmOid(bytes: Uint8Array, element: DerElement | undefined): string {
  const [oid, parameters, ...rest] = children(
    bytes,
    expectTag(element, tags.sequence, 'an algorithm'),
  );
  if (oid === undefined || rest.length > 0) throw new DerError('malformed algorithm identifier');
  if (
    parameters !== undefined &&
    (parameters.tag !== tags.null || parameters.end !== parameters.contentStart)
  ) {
    throw new DerError('unexpected algorithm parameters');
  }
  return oidText(bytes, oid);
}

/** True when both byte ranges hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
