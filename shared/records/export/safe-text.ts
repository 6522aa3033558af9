/**
 * Keeps a cell's text from becoming a formula in a spreadsheet. A value read
 * from a council's file is written back out in the problem report; a hostile
 * one such as `=HYPERLINK(…)` must open as the text it is. OWASP's advice
 * for CSV injection (https://owasp.org/www-community/attacks/CSV_Injection):
 * a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with a single quote, which spreadsheets read as "this is text".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet could take `text` as the start of a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** `text`, prefixed with a single quote when it could start a formula. */
export function formulaSafe(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
