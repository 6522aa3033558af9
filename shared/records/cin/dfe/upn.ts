/**
 * The unique pupil number's check letter (DfE, "Unique pupil numbers (UPNs):
 * guidance for schools and local authorities",
 * https://www.gov.uk/government/publications/unique-pupil-numbers): the
 * characters 2 to 13 are weighted 2 to 13, a letter in character 13 counting
 * by its place in the check-letter alphabet; the sum modulo 23 picks the
 * letter.
 */

/** The check-letter alphabet: A–Z without I, O and S. */
export const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The check letter a UPN's characters 2–13 call for, or undefined when they cannot be weighed. */
export function upnCheckLetter(upn: string): string | undefined {
  if (upn.length !== 13) return undefined;
  let sum = 0;
  for (let at = 1; at < 13; at += 1) {
    const code = upn.charCodeAt(at);
    const value =
      code >= 48 && code <= 57 ? code - 48 : UPN_LETTERS.indexOf(upn.charAt(at).toUpperCase());
    if (value < 0) return undefined;
    sum += value * (at + 1);
  }
  return UPN_LETTERS.charAt(sum % 23);
}

/**
 * The last UPN upper-cased, and its text: the UPN rules read each child's
 * UPN in turn, so one is upper-cased once, not once per rule.
 */
let lastUpn = '';
let lastUpper = '';

export function upperUpn(upn: string): string {
  if (upn !== lastUpn) {
    lastUpn = upn;
    lastUpper = upn.toUpperCase();
  }
  return lastUpper;
}

/** Whether characters `from` to `to` (exclusive) of `text` are ASCII digits, and there are that many. */
export function digitsAt(text: string, from: number, to: number): boolean {
  if (text.length < to) return false;
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
