/**
 * The symbols DfE statistics files put where a figure is not published, and
 * what each means. They follow the Government Statistical Service convention
 * for symbols in tables
 * (https://analysisfunction.civilservice.gov.uk/policy-store/symbols-in-tables-definitions-and-help/),
 * as DfE's Explore Education Statistics files use them. A suppressed figure is
 * kept as "not published" with its reason, never read as zero.
 */
const REASONS: Readonly<Record<string, string>> = {
  c: 'suppressed to protect confidentiality',
  x: 'not available',
  z: 'not applicable (for example, the council did not exist that year)',
  u: 'low reliability',
  k: 'rounds to zero, but is not zero',
  low: 'rounds to zero, but is not zero',
  '..': 'not available',
  '': 'left blank in the published file',
};

/** Why a figure is not published, in words, for a DfE symbol (or the symbol itself if unknown). */
export function symbolReason(symbol: string): string {
  return REASONS[symbol] ?? `marked "${symbol}" in the published file`;
}

/** A published number, or the symbol standing in its place. */
export function cellOf(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}
