/**
 * The version of the readers' checks. What a reader produced (rows and
 * problems) is stored with the import and read again instead of the source
 * file; when the checks change, this number goes up, and stored reads made
 * under another number are made again from the source file, which is always
 * kept.
 */
export const RULES_VERSION = 2;
// 2: SSDA903 cells are checked against the code lists of the return's collection year
// (2017/18 to 2026/27) instead of 2023/24's for every year.
