/** What a sealed report version says about its signature. */
type RecordedSigner = {
  readonly number: number;
  readonly signer: string;
  readonly signerName: string;
};

/** What the PDF's signature says about its signer (./verify-pdf.ts). */
type SignatureSigner = { readonly subject: string; readonly commonName: string };

/**
 * Why a sealed report version does not describe this signature, or
 * undefined when it does: the record must name the certificate subject and
 * common name the signature carries. A record added by hand for someone
 * else's signed PDF, or changed after sealing, is caught here; one that
 * copies the right hash and names is not, since without a signature on the
 * record itself nothing proves who sealed it.
 */
export function recordMismatch(
  record: RecordedSigner,
  signature: SignatureSigner,
): string | undefined {
  const said =
    record.signer !== signature.subject
      ? `names the signer "${record.signer}" but the PDF is signed by "${signature.subject}"`
      : record.signerName !== signature.commonName
        ? `names the signer "${record.signerName}" but the PDF's certificate is "${signature.commonName}"`
        : undefined;
  return said === undefined
    ? undefined
    : `report version ${record.number} ${said}: the record does not describe this signature (added or changed by hand)`;
}
