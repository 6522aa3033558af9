/** Sent to the browser host's signing worker. */
export type SigningRequest =
  | { readonly type: 'choose'; readonly p12: Uint8Array; readonly passphrase: string }
  | { readonly type: 'sign'; readonly pdf: Uint8Array; readonly signingTime: string }
  | {
      readonly type: 'verify';
      readonly pdf: Uint8Array;
      /** The trusted certificates kept in Settings (DER). */
      readonly anchors: readonly Uint8Array[];
    };

/** What a verified PDF says (shared/signing/verify-pdf.ts), as plain data. */
export type VerifiedSummary = {
  readonly subject: string;
  readonly commonName: string;
  readonly signedAt: string | null;
  readonly sha256: string;
  /** Whether a trusted certificate vouches for the signer, in the shared wording (shared/signing/verify-trust.ts). */
  readonly trust: {
    readonly trusted: boolean;
    readonly headline: string;
    readonly detail: string;
    readonly signerFingerprint: string;
  };
};

/** Sent back: one reply per request, in order. */
export type SigningReply =
  | {
      readonly type: 'chosen';
      readonly subject: string;
      readonly commonName: string;
      readonly issuer: string;
      readonly notBefore: string;
      readonly notAfter: string;
      /** SHA-256 of the certificate's DER, lower-case hex. */
      readonly sha256: string;
    }
  | { readonly type: 'signed'; readonly pdf: Uint8Array }
  | { readonly type: 'verified'; readonly result: VerifiedSummary }
  | { readonly type: 'refused'; readonly message: string };

const replyTypes = ['chosen', 'signed', 'verified', 'refused'];

/** Narrows a message from the worker. */
export function isSigningReply(value: unknown): value is SigningReply {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    replyTypes.includes(String(value.type))
  );
}
