import type { Result } from '../../../../shared/util/result';
import { err, ok } from '../../../../shared/util/result';
import { createSigningClient } from '../../platform/signing-client';
import type { VerifiedSummary } from '../../workers/signing-messages';

/**
 * Checks a signed PDF in a worker with the same verifier as `workbook
 * verify` (shared/signing/verify-pdf.ts): one signature over the whole file,
 * the digest, the signature against the signer's certificate, and whether
 * one of `anchors` (the trusted certificates in Settings) vouches for it.
 */
export async function verifySignedPdf(
  pdf: Uint8Array,
  anchors: readonly Uint8Array[],
): Promise<Result<VerifiedSummary>> {
  const answer = await createSigningClient().ask({ type: 'verify', pdf, anchors });
  if (!answer.ok) return answer;
  return answer.data.type === 'verified'
    ? ok(answer.data.result)
    : err('verify.reply', 'The verifier gave no answer.');
}
