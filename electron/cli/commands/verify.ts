import { readFile } from 'node:fs/promises';
import { verifyPdf, VerifyError, type VerifiedPdf } from '../../../shared/signing/verify-pdf';
import { AnchorFileError, certificatesFromFile } from '../../../shared/signing/verify-anchors';
import { judgeTrust, trustWording } from '../../../shared/signing/verify-trust';
import { fileArgument, list, optional, type Command } from '../command';
import { CliError } from '../errors';
import { recordedVersion } from './verify-bundle';
import { nodeCertificateCrypto } from './verify-trust-node';

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error: unknown) {
    throw new CliError(
      `${file}: cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** Every certificate in the --trust files, PEM or DER. */
async function trustAnchors(files: readonly string[]): Promise<Uint8Array[]> {
  const anchors: Uint8Array[] = [];
  for (const file of files) {
    try {
      anchors.push(...certificatesFromFile(await readBytes(file)));
    } catch (error: unknown) {
      if (error instanceof AnchorFileError) {
        throw new CliError(`--trust ${file}: ${error.message} (give a PEM or DER certificate).`);
      }
      throw error;
    }
  }
  return anchors;
}

/** `workbook verify`: checks a signed report's signature, whom it is trusted as, and against its workbook. */
export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'check a signed report: the signature, that it covers the whole file, who signed it, and its recorded version',
  usage: 'verify <pdf> [--trust <cert>]… [--bundle <file>] [--json]',
  details: [
    'Checks the CMS signature itself (no pdfsig needed): exactly one signature, covering the whole',
    'file from byte 0 to the end except its /Contents, with only zeros after the signature there;',
    'the digest of the signed bytes; the signature against the signer’s certificate, and that',
    'certificate against its issuer (itself, or a certificate carried in the signature).',
    'An intact signature proves the file is unchanged since the holder of the certificate’s key',
    'signed it; it does not say who that is: anyone can make a certificate with any name.',
    '--trust CERT (repeatable; PEM or DER) names a certificate you trust: the signer’s own',
    '(compare its SHA-256 fingerprint with the signer), or a certificate authority that issued it',
    '(checked with the authority’s key, both valid at the signing time).',
    'With --bundle, the file’s SHA-256 must equal a signed report version recorded in the workbook,',
    'and that record must name the same signer as the signature.',
    'Exit 0: intact and trusted. Exit 2: intact, but the signer is not trusted (no --trust, or none',
    'matches; both fingerprints are named). Exit 1: the signature or the record does not hold.',
  ],
  options: { bundle: { type: 'string' }, trust: { type: 'string', multiple: true } },
  positionals: ['pdf'],
  async run(parsed) {
    const pdf = fileArgument(parsed);
    const anchors = await trustAnchors(list(parsed, 'trust'));
    const bytes = await readBytes(pdf);
    let verified: VerifiedPdf;
    try {
      verified = verifyPdf(bytes);
    } catch (error: unknown) {
      if (error instanceof VerifyError) throw new CliError(`${pdf}: ${error.message}.`);
      throw error;
    }
    const bundle = optional(parsed, 'bundle');
    const version =
      bundle === undefined ? null : (await recordedVersion(pdf, bundle, verified)).number;
    const trust = judgeTrust(
      {
        signer: verified.certificate,
        carried: verified.carried,
        at: verified.signedAt ?? new Date(),
        anchors,
      },
      nodeCertificateCrypto,
    );
    const wording = trustWording(trust);
    const signedAt = verified.signedAt?.toISOString() ?? null;
    return {
      json: {
        valid: true,
        signer: verified.subject,
        signedAt,
        sha256: verified.sha256,
        wholeFile: true,
        version,
        trusted: trust.trusted,
        signerFingerprint: trust.signerFingerprint,
        trustedAs: trust.trusted ? { ...trust.anchor, how: trust.how } : null,
      },
      text: [
        `${wording.headline}.`,
        wording.detail,
        ...(trust.trusted
          ? []
          : ['Pass --trust with the signer’s certificate or the authority that issued it.']),
        `Signed by ${verified.subject}${signedAt === null ? '' : `, ${signedAt}`}.`,
        'The signature covers the whole file.',
        `SHA-256: ${verified.sha256}`,
        ...(version === null
          ? []
          : [`Matches signed report version ${version} in ${bundle ?? ''}.`]),
      ].join('\n'),
      ...(trust.trusted
        ? {}
        : {
            errors: [
              `${pdf}: ${wording.headline.toLowerCase()}: ${wording.detail.charAt(0).toLowerCase()}${wording.detail.slice(1)}`,
            ],
            exitCode: 2 as const,
          }),
    };
  },
};
