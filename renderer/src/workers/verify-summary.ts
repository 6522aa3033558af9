import { verifyPdf } from '../../../shared/signing/verify-pdf';
import { judgeTrust, trustWording } from '../../../shared/signing/verify-trust';
import { forgeCertificateCrypto } from '../../../shared/signing/verify-trust-forge';
import type { VerifiedSummary } from './signing-messages';

/**
 * What the signing worker answers to "verify": the shared verifier's
 * result, and whether one of `anchors` vouches for the signer, in the
 * wording `workbook verify` prints. Throws the verifier's VerifyError when
 * the signature does not hold.
 */
export function verifySummary(pdf: Uint8Array, anchors: readonly Uint8Array[]): VerifiedSummary {
  const verified = verifyPdf(pdf);
  const trust = judgeTrust(
    {
      signer: verified.certificate,
      carried: verified.carried,
      at: verified.signedAt ?? new Date(),
      anchors,
    },
    forgeCertificateCrypto,
  );
  return {
    subject: verified.subject,
    commonName: verified.commonName,
    signedAt: verified.signedAt?.toISOString() ?? null,
    sha256: verified.sha256,
    trust: {
      ...trustWording(trust),
      trusted: trust.trusted,
      signerFingerprint: trust.signerFingerprint,
    },
  };
}
