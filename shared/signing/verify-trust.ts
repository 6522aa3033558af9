import { sha256Hex } from './bytes';
import { fingerprintText } from './verify-anchors';

/** What the trust decision needs to know about one certificate. */
export type CertificateFacts = {
  /** The subject as one line, `CN=…, O=…, C=GB`. */
  readonly subject: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** basicConstraints cA = TRUE: it may issue certificates (RFC 5280 §4.2.1.9, https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.9). */
  readonly isAuthority: boolean;
};

/**
 * The host's X.509 cryptography: node:crypto in the command, node-forge in
 * the app's signing worker (a browser has no node:crypto). The decision
 * itself ({@link judgeTrust}) is shared, so both hosts trust the same files.
 */
export type CertificateCrypto = {
  /** Reads a DER certificate; throws if it cannot. */
  facts(der: Uint8Array): CertificateFacts;
  /** True when `issuer`'s subject is `child`'s issuer and `issuer`'s key signed `child`. */
  signedBy(child: Uint8Array, issuer: Uint8Array): boolean;
};

/** A trusted certificate as shown: its subject and fingerprint. */
export type AnchorSummary = { readonly subject: string; readonly fingerprint: string };

/** Whether a verified signature's certificate leads to a trust anchor. */
export type TrustOutcome =
  | {
      readonly trusted: true;
      readonly signerFingerprint: string;
      readonly anchor: AnchorSummary;
      /** `certificate`: the anchor is the signer's own certificate; `authority`: the anchor issued it. */
      readonly how: 'certificate' | 'authority';
    }
  | {
      readonly trusted: false;
      readonly signerFingerprint: string;
      /** The anchors that were tried (none: no trust anchor given). */
      readonly anchors: readonly AnchorSummary[];
    };

/** SHA-256 of a certificate's DER encoding, as openssl prints it (see {@link fingerprintText}). */
export function certificateFingerprint(der: Uint8Array): string {
  return fingerprintText(sha256Hex(der));
}

/** Chains longer than this are not followed (real ones are two or three certificates). */
const MAX_CHAIN = 6;

function validAt(facts: CertificateFacts, at: Date): boolean {
  return at >= facts.notBefore && at <= facts.notAfter;
}

type Known = { readonly der: Uint8Array; readonly facts: CertificateFacts };

function readable(ders: readonly Uint8Array[], crypto: CertificateCrypto): Known[] {
  return ders.flatMap((der) => {
    try {
      return [{ der, facts: crypto.facts(der) }];
    } catch {
      return [];
    }
  });
}

/**
 * Path validation, reduced to what a report signature needs (RFC 5280 §6,
 * https://www.rfc-editor.org/rfc/rfc5280#section-6): the signer is trusted
 * when its certificate is itself an anchor (same SHA-256), or when an
 * anchor that is a certificate authority, valid at the signing time, signed
 * it, directly or through certificates the signature carries that are
 * themselves authorities valid at that time. The carried certificates are
 * only a path to follow: nothing in the PDF is trusted on its own.
 */
export function judgeTrust(
  input: {
    readonly signer: Uint8Array;
    readonly carried: readonly Uint8Array[];
    /** The signing time the signature states, or now when it states none. */
    readonly at: Date;
    readonly anchors: readonly Uint8Array[];
  },
  crypto: CertificateCrypto,
): TrustOutcome {
  const signerFingerprint = certificateFingerprint(input.signer);
  const anchors = readable(input.anchors, crypto).map((a) => ({
    ...a,
    summary: { subject: a.facts.subject, fingerprint: certificateFingerprint(a.der) },
  }));
  const summaries = anchors.map((a) => a.summary);
  const same = summaries.find((a) => a.fingerprint === signerFingerprint);
  if (same !== undefined) {
    return { trusted: true, signerFingerprint, anchor: same, how: 'certificate' };
  }
  const usable = (k: Known) => k.facts.isAuthority && validAt(k.facts, input.at);
  const anchorAuthorities = anchors.filter(usable);
  const carried = readable(input.carried, crypto).filter(usable);
  const seen = new Set<string>([signerFingerprint]);
  let current = input.signer;
  for (let depth = 0; depth < MAX_CHAIN; depth += 1) {
    const child = current;
    const anchor = anchorAuthorities.find((a) => crypto.signedBy(child, a.der));
    if (anchor !== undefined) {
      return { trusted: true, signerFingerprint, anchor: anchor.summary, how: 'authority' };
    }
    const next = carried.find(
      (c) => !seen.has(certificateFingerprint(c.der)) && crypto.signedBy(child, c.der),
    );
    if (next === undefined) break;
    seen.add(certificateFingerprint(next.der));
    current = next.der;
  }
  return { trusted: false, signerFingerprint, anchors: summaries };
}

/** How a trust outcome is put to a person: the same words in the command and the app. */
export type TrustWording = {
  /** "Signature intact, signer trusted" or "Signature intact, signer not trusted". */
  readonly headline: string;
  /** One sentence saying why, naming the fingerprints. */
  readonly detail: string;
};

const named = (a: AnchorSummary) => `${a.subject} (SHA-256 ${a.fingerprint})`;

/**
 * The one wording of a trust outcome, for `workbook verify` and the app's
 * verify view alike. A valid signature proves the file is unchanged since
 * the holder of the certificate's key signed it; only a trust anchor says
 * who that holder is.
 */
export function trustWording(outcome: TrustOutcome): TrustWording {
  const signer = `the signer’s certificate (SHA-256 ${outcome.signerFingerprint})`;
  const opening = `${signer.charAt(0).toUpperCase()}${signer.slice(1)}`;
  if (outcome.trusted) {
    return {
      headline: 'Signature intact, signer trusted',
      detail:
        outcome.how === 'certificate'
          ? `${opening} is the trusted certificate ${named(outcome.anchor)}.`
          : `${opening} was issued by the trusted authority ${named(outcome.anchor)}.`,
    };
  }
  return {
    headline: 'Signature intact, signer not trusted',
    detail:
      outcome.anchors.length === 0
        ? `No trusted certificate is set, so nothing vouches for ${signer}: anyone can make a certificate with any name.`
        : `${opening} is neither a trusted certificate nor issued by one; trusted: ${outcome.anchors.map(named).join('; ')}.`,
  };
}
