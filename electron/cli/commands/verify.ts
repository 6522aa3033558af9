import { readFile } from 'node:fs/promises';
import { reportVersions } from '../../../shared/workbook';
import { verifyPdf, VerifyError, type VerifiedPdf } from '../../../shared/signing/verify-pdf';
import { fileArgument, optional, type Command } from '../command';
import { CliError } from '../errors';
import { openWorkbook } from '../store';

/** `workbook verify`: checks a signed report's signature, and against its workbook. */
export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'check a signed report: the signature, that it covers the whole file, and its recorded version',
  usage: 'verify <pdf> [--bundle <file>] [--json]',
  details: [
    'Checks the CMS signature itself (no pdfsig needed): exactly one signature, covering the whole',
    'file from byte 0 to the end except its /Contents, with only zeros after the signature there;',
    'the digest of the signed bytes; the signature against the signer’s certificate, and that',
    'certificate against its issuer (itself, or a certificate carried in the signature).',
    'Whether you trust the certificate (a CA) is for your PDF reader; pdfsig also reports it.',
    'With --bundle, the file’s SHA-256 must equal a signed report version recorded in the workbook.',
    'Exit 0 only if all hold; otherwise exit 1 with the reason on one line.',
  ],
  options: { bundle: { type: 'string' } },
  positionals: ['pdf'],
  async run(parsed) {
    const pdf = fileArgument(parsed);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(pdf));
    } catch (error: unknown) {
      throw new CliError(
        `${pdf}: cannot be read (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    let verified: VerifiedPdf;
    try {
      verified = verifyPdf(bytes);
    } catch (error: unknown) {
      if (error instanceof VerifyError) throw new CliError(`${pdf}: ${error.message}.`);
      throw error;
    }
    const bundle = optional(parsed, 'bundle');
    let version: number | null = null;
    if (bundle !== undefined) {
      const opened = await openWorkbook(bundle);
      const recorded = reportVersions(opened.bundle.operations).find(
        (v) => v.pdfSha256 === verified.sha256,
      );
      if (recorded === undefined) {
        throw new CliError(
          `${pdf}: its SHA-256 (${verified.sha256}) matches no signed report version recorded in ${bundle}.`,
        );
      }
      version = recorded.number;
    }
    const signedAt = verified.signedAt?.toISOString() ?? null;
    return {
      json: {
        valid: true,
        signer: verified.subject,
        signedAt,
        sha256: verified.sha256,
        wholeFile: true,
        version,
      },
      text: [
        `Valid signature by ${verified.subject}${signedAt === null ? '' : `, signed ${signedAt}`}.`,
        'The signature covers the whole file.',
        `SHA-256: ${verified.sha256}`,
        ...(version === null
          ? []
          : [`Matches signed report version ${version} in ${bundle ?? ''}.`]),
      ].join('\n'),
    };
  },
};
