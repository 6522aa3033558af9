/**
 * Jaro-Winkler similarity, for proposing (never making) links between names
 * that do not normalise to the same key (UK company name endings, https://www.gov.uk/government/publications/incorporation-and-names: "Bright Future
 * Care Ltd" against "Bright Futures Care Limited" scores about 0.95; "Acme
 * Fostering Services LLP" against "Acme Residential Services LLP" stays
 * well below the lead threshold). Written here rather than installed: it is
 * twenty lines (W. E. Winkler, "String Comparator Metrics and Enhanced
 * Decision Rules in the Fellegi-Sunter Model of Record Linkage", 1990).
 */

/** Jaro similarity of two strings, 0 (nothing alike) to 1 (equal). */
function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Uint8Array(a.length);
  const bMatched = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j += 1) {
      if (bMatched[j] === 1 || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let j = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (aMatched[i] !== 1) continue;
    while (bMatched[j] !== 1) j += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions += 1;
    j += 1;
  }
  const m = matches;
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

/** Jaro-Winkler similarity: Jaro, raised for a common prefix of up to 4 characters (scale 0.1). */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) {
    prefix += 1;
  }
  return similarity + prefix * 0.1 * (1 - similarity);
}
