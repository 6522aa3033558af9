import {
  algorithmOid,
  children,
  content,
  DerError,
  encoding,
  expectTag,
  oidText,
  readElement,
  tags,
  type DerElement,
} from './der';

// Object identifiers (RFC 5652 CMS; RFC 5754 / RFC 8017 algorithms).
const oids = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const;

/** Signature algorithms accepted for the signer (RSA; RFC 8017). */
const rsaAlgorithms = new Set([
  '1.2.840.113549.1.1.1',
  '1.2.840.113549.1.1.11',
  '1.2.840.113549.1.1.12',
  '1.2.840.113549.1.1.13',
]);

function integer(bytes: Uint8Array, element: DerElement | undefined): number {
  const body = content(bytes, expectTag(element, tags.integer, 'a version number'));
  return body.reduce((value, byte) => value * 256 + byte, 0);
}

/** Digest algorithms accepted, by OID, as node:crypto names them. */
const digestAlgorithms: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** The parts of a detached CMS SignedData with one signer that verification needs. */
export type SignedDataParts = {
  /** node:crypto's name of the digest algorithm, e.g. `sha256`. */
  readonly digest: string;
  /** The signed attributes re-tagged as a SET OF, the bytes the signature covers (RFC 5652 §5.4). */
  readonly signedAttributes: Uint8Array;
  readonly messageDigest: Uint8Array;
  readonly signingTime: Date | null;
  readonly signature: Uint8Array;
  /** The signer's issuer Name and serial number (IssuerAndSerialNumber), as encoded. */
  readonly issuer: Uint8Array;
  readonly serial: Uint8Array;
  /** Every certificate the CMS carries, DER. */
  readonly certificates: readonly Uint8Array[];
};

function time(bytes: Uint8Array, element: DerElement): Date | null {
  const text = new TextDecoder('latin1').decode(content(bytes, element));
  const match = /^(\d{2}|\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (match === null) return null;
  const [, y = '', mo = '', d = '', h = '', mi = '', s = ''] = match;
  // UTCTime years 50–99 are 19xx (RFC 5280 §4.1.2.5.1).
  const year = y.length === 4 ? Number(y) : Number(y) + (Number(y) >= 50 ? 1900 : 2000);
  return new Date(Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

type Attributes = { contentType?: string; messageDigest?: Uint8Array; signingTime: Date | null };

function readAttributes(bytes: Uint8Array, set: DerElement): Attributes {
  const found: Attributes = { signingTime: null };
  for (const attribute of children(bytes, set)) {
    const [type, values] = children(bytes, expectTag(attribute, tags.sequence, 'an attribute'));
    if (type === undefined || values === undefined) throw new DerError('attribute without values');
    const [value, ...others] = children(bytes, expectTag(values, tags.set, 'attribute values'));
    if (others.length > 0) throw new DerError('an attribute with more than one value');
    const oid = oidText(bytes, type);
    if (value === undefined) throw new DerError(`attribute ${oid} has no value`);
    if (oid === oids.contentType) found.contentType = oidText(bytes, value);
    if (oid === oids.messageDigest) {
      found.messageDigest = content(bytes, expectTag(value, tags.octetString, 'a message digest'));
    }
    if (oid === oids.signingTime) found.signingTime = time(bytes, value);
  }
  return found;
}

/**
 * Reads a detached CMS SignedData (RFC 5652) as PDF signatures of SubFilter
 * `adbe.pkcs7.detached` carry it (ETSI EN 319 142-1 (PAdES) and ISO 32000-1 §12.8, https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf):
 * exactly one signer, identified by issuer and serial number, with signed
 * attributes holding contentType = data and the messageDigest. Throws
 * {@link DerError} on anything else.
 */
export function readSignedData(cms: Uint8Array): SignedDataParts {
  const info = readElement(cms, 0);
  if (info.end !== cms.length) throw new DerError('bytes after the CMS structure');
  const [type, wrapped, ...extra] = children(cms, expectTag(info, tags.sequence, 'a ContentInfo'));
  if (extra.length > 0) throw new DerError('unexpected fields in the ContentInfo');
  if (type === undefined || oidText(cms, type) !== oids.signedData) {
    throw new DerError('not a CMS SignedData');
  }
  const [signedData, ...more] = children(cms, expectTag(wrapped, tags.context0, 'signed content'));
  if (more.length > 0) throw new DerError('unexpected content after the SignedData');
  const fields = children(cms, expectTag(signedData, tags.sequence, 'a SignedData'));
  // Every field is checked, so no byte of the CMS can change unnoticed.
  if (integer(cms, fields[0]) !== 1) throw new DerError('unexpected SignedData version');
  const declaredDigests = children(
    cms,
    expectTag(fields[1], tags.set, 'the digest algorithms'),
  ).map((algorithm) => algorithmOid(cms, algorithm));
  const encapsulated = children(
    cms,
    expectTag(fields[2], tags.sequence, 'the encapsulated content info'),
  );
  if (encapsulated.length !== 1) throw new DerError('the signature is not detached');
  if (encapsulated[0] === undefined || oidText(cms, encapsulated[0]) !== oids.data) {
    throw new DerError('the signed content is not of type data');
  }
  const optional = fields.slice(3, -1);
  if (optional.some((field) => field.tag !== tags.context0 && field.tag !== tags.context1)) {
    throw new DerError('unexpected fields in the SignedData');
  }
  const certificates = fields
    .filter((field) => field.tag === tags.context0)
    .flatMap((set) => children(cms, set).map((cert) => encoding(cms, cert)));
  const signerInfos = expectTag(fields.at(-1), tags.set, 'the signer infos');
  const signers = children(cms, signerInfos);
  if (signers.length !== 1) throw new DerError(`expected one signer, found ${signers.length}`);
  const [version, sid, digestAlgorithm, attributes, signatureAlgorithm, signature, ...rest] =
    children(cms, expectTag(signers[0], tags.sequence, 'a SignerInfo'));
  if (integer(cms, version) !== 1) throw new DerError('unexpected SignerInfo version');
  if (!rsaAlgorithms.has(algorithmOid(cms, signatureAlgorithm))) {
    throw new DerError('unsupported signature algorithm');
  }
  if (rest.some((field) => field.tag !== tags.context1)) {
    throw new DerError('unexpected fields in the SignerInfo');
  }
  const [issuer, serial, ...sidRest] = children(
    cms,
    expectTag(sid, tags.sequence, 'issuer and serial number'),
  );
  if (issuer === undefined || serial === undefined || sidRest.length > 0) {
    throw new DerError('malformed signer identifier');
  }
  const digestText = algorithmOid(cms, digestAlgorithm);
  const digest = digestAlgorithms[digestText];
  if (digest === undefined || !declaredDigests.includes(digestText)) {
    throw new DerError('unsupported or undeclared digest algorithm');
  }
  const signed = expectTag(attributes, tags.context0, 'signed attributes');
  const found = readAttributes(cms, signed);
  if (found.contentType !== oids.data || found.messageDigest === undefined) {
    throw new DerError('signed attributes lack contentType data or the message digest');
  }
  // The signature covers the attributes' DER with the SET OF tag, not the [0] tag.
  const signedAttributes = new Uint8Array(encoding(cms, signed));
  signedAttributes[0] = tags.set;
  return {
    digest,
    signedAttributes,
    messageDigest: found.messageDigest,
    signingTime: found.signingTime,
    signature: content(cms, expectTag(signature, tags.octetString, 'the signature value')),
    issuer: encoding(cms, issuer),
    serial: content(cms, expectTag(serial, tags.integer, 'a serial number')),
    certificates,
  };
}
