import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import { fromBinary, toBinary } from './bytes';
import { certificates, matchingCertificate, openPkcs12, rsaPrivateKey } from './p12';

/**
 * The issuer's attributes with UTF8String values decoded. node-forge keeps a
 * parsed UTF8String as its raw bytes but encodes the value again when it
 * writes the signer's IssuerAndSerialNumber, so an issuer such as
 * "CN=Siân Pritchard" came out double-encoded and no verifier could find the
 * signer's certificate (pdfsig: "Unknown Validation Failure"). Decoding first
 * makes forge write the bytes the certificate holds.
 */
// The universal tag of UTF8String (X.690).
const UTF8_STRING = 12;

function issuerForSignerInfo(cert: forge.pki.Certificate): forge.pki.Certificate {
  const attributes = cert.issuer.attributes.map((attribute) => {
    if (Number(attribute.valueTagClass) !== UTF8_STRING) return attribute;
    const value: unknown = attribute.value;
    return typeof value === 'string'
      ? { ...attribute, value: forge.util.decodeUtf8(value) }
      : attribute;
  });
  return { ...cert, issuer: { ...cert.issuer, attributes } };
}

/**
 * Makes the detached CMS (SHA-256 with RSA; contentType, signingTime and
 * messageDigest signed attributes) for a PDF's byte ranges from a PKCS#12
 * file, as @signpdf/signer-p12 does, but with the issuer of non-ASCII
 * certificates encoded correctly (see {@link issuerForSignerInfo}). Every
 * certificate in the file is carried, so a verifier can check the chain.
 */
export class Pkcs12CmsSigner extends Signer {
  constructor(
    private readonly p12: Uint8Array,
    private readonly passphrase: string,
  ) {
    super();
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const pfx = openPkcs12(this.p12, this.passphrase);
    const key = rsaPrivateKey(pfx);
    const cert = matchingCertificate(pfx, key);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(toBinary(pdfBuffer));
    p7.addCertificate(cert);
    for (const other of certificates(pfx)) if (other !== cert) p7.addCertificate(other);
    p7.addSigner({
      key,
      certificate: issuerForSignerInfo(cert),
      digestAlgorithm: forge.pki.oids['sha256'] ?? '2.16.840.1.101.3.4.2.1',
      authenticatedAttributes: [
        { type: forge.pki.oids['contentType'] ?? '', value: forge.pki.oids['data'] },
        {
          type: forge.pki.oids['signingTime'] ?? '',
          value: (signingTime ?? new Date()).toISOString(),
        },
        { type: forge.pki.oids['messageDigest'] ?? '' },
      ],
    });
    p7.sign({ detached: true });
    // @signpdf reads the result as a Buffer (Node's, or the `buffer` package's global in a browser worker).
    return Buffer.from(fromBinary(forge.asn1.toDer(p7.toAsn1()).getBytes()));
  }
}
