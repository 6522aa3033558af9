/*
 * Keys shortened for a table, long enough to tell two people's apart at a
 * glance; the full keys are listed below the table, to compare in full.
 */

/** `SHA256:AbCdEfGhIjKl…`: the start of a signing key's fingerprint. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.length <= 19 ? fingerprint : `${fingerprint.slice(0, 19)}…`;
}

/** `age1abcdefgh…uvwxyz`: an age public key's start and end. */
export function shortRecipient(recipient: string): string {
  return recipient.length <= 22 ? recipient : `${recipient.slice(0, 12)}…${recipient.slice(-6)}`;
}

/** `AB:CD:EF:01…`: a certificate's SHA-256 as openssl prints it, first four bytes. */
export function shortCertificate(sha256Hex: string): string {
  const pairs = sha256Hex.toUpperCase().match(/../g) ?? [];
  return `${pairs.slice(0, 4).join(':')}…`;
}

/** A certificate's SHA-256 in full, as openssl and `workbook verify` print it. */
export function certificateText(sha256Hex: string): string {
  return (sha256Hex.toUpperCase().match(/../g) ?? []).join(':');
}
