import { children, content, oidText, readElement, tags, type DerElement } from './der';

// Short names of the attributes certificate subjects use (RFC 4519; PKCS#9 emailAddress).
const shortNames: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '1.2.840.113549.1.9.1': 'E',
};

function decodeBmp(body: Uint8Array): string {
  let text = '';
  for (let i = 0; i + 1 < body.length; i += 2) {
    text += String.fromCharCode(((body[i] ?? 0) << 8) | (body[i + 1] ?? 0));
  }
  return text;
}

/** A string value of a name attribute: UTF8String as UTF-8, BMPString as UTF-16, others as Latin-1. */
function decodeValue(bytes: Uint8Array, element: DerElement): string {
  const body = content(bytes, element);
  if (element.tag === tags.utf8String) return new TextDecoder('utf-8').decode(body);
  if (element.tag === tags.bmpString) return decodeBmp(body);
  return new TextDecoder('latin1').decode(body);
}

/** One attribute of a distinguished name. */
export type NameAttribute = { readonly type: string; readonly value: string };

/** The attributes of an X.501 Name (SEQUENCE OF SET OF AttributeTypeAndValue), in order. */
function nameAttributes(bytes: Uint8Array, name: DerElement): NameAttribute[] {
  const attributes: NameAttribute[] = [];
  for (const rdn of children(bytes, name)) {
    for (const pair of children(bytes, rdn)) {
      const [type, value] = children(bytes, pair);
      if (type === undefined || value === undefined) continue;
      const oid = oidText(bytes, type);
      attributes.push({ type: shortNames[oid] ?? oid, value: decodeValue(bytes, value) });
    }
  }
  return attributes;
}

/** A name as one line, in certificate order: `CN=Siân Pritchard, O=Northmoor, C=GB`. */
export function formatName(attributes: readonly NameAttribute[]): string {
  return attributes.map((a) => `${a.type}=${a.value}`).join(', ');
}

/** The parts of an X.509 certificate a signature check needs, with their offsets. */
export type CertificateParts = {
  readonly serial: Uint8Array;
  readonly issuer: Uint8Array;
  readonly subject: Uint8Array;
  readonly subjectAttributes: readonly NameAttribute[];
  /** Who issued it (for a self-signed certificate, the subject again), as shown to a person. */
  readonly issuerAttributes: readonly NameAttribute[];
};

/** Reads serial number, issuer and subject from a DER certificate. */
export function certificateParts(der: Uint8Array): CertificateParts {
  const certificate = readElement(der, 0);
  const [tbs] = children(der, certificate);
  if (tbs === undefined) throw new Error('empty certificate');
  const fields = children(der, tbs);
  const offset = fields[0]?.tag === tags.context0 ? 1 : 0;
  const serial = fields[offset];
  const issuer = fields[offset + 2];
  const subject = fields[offset + 4];
  if (serial === undefined || issuer === undefined || subject === undefined) {
    throw new Error('certificate lacks serial, issuer or subject');
  }
  return {
    serial: content(der, serial),
    issuer: der.subarray(issuer.start, issuer.end),
    subject: der.subarray(subject.start, subject.end),
    subjectAttributes: nameAttributes(der, subject),
    issuerAttributes: nameAttributes(der, issuer),
  };
}
