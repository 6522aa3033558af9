/**
 * DfE dates. The 903 return writes every date as `dd/mm/yyyy`, zero-padded
 * (liia-tools schema `date: "%d/%m/%Y"`; CLA.xsd's DEC pattern
 * `[0-3][0-9]/[0-1][0-9]/[1-2][0,9][0-9]{2}`). Dates become day numbers
 * (days since 1970-01-01) so comparisons are plain integer comparisons;
 * no Date objects, no per-cell regular expressions.
 */

// The calendar itself lives in shared/util/calendar.ts; these names stay for the readers.
export { civilFromDay, dayNumber, isoFromDay } from '../../util/calendar';

const SLASH = 47;
const ZERO = 48;

/** The digit at `at` (0–9), or -1 when the character there is not one. */
function digit(text: string, at: number): number {
  const code = text.charCodeAt(at) - ZERO;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Days in each month of a year that is not a leap year. */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day number of a DfE `dd/mm/yyyy` date, or undefined if it is not one
 * (or not a real day). Written for speed, as the readers and rules parse
 * millions of dates in a large return: whole-number arithmetic only, the
 * same calendar as shared/util/calendar.ts (`days_from_civil`).
 */
export function parseDfeDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(2) !== SLASH || text.charCodeAt(5) !== SLASH) {
    return undefined;
  }
  const d0 = digit(text, 0);
  const d1 = digit(text, 1);
  const m0 = digit(text, 3);
  const m1 = digit(text, 4);
  const y0 = digit(text, 6);
  const y1 = digit(text, 7);
  const y2 = digit(text, 8);
  const y3 = digit(text, 9);
  if ((d0 | d1 | m0 | m1 | y0 | y1 | y2 | y3) < 0) return undefined;
  const day = d0 * 10 + d1;
  const month = m0 * 10 + m1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (MONTH_DAYS[month] ?? 0))) return undefined;
  // days_from_civil for years from 1 on, where flooring is truncation.
  const y = month <= 2 ? year - 1 : year;
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const doy = (((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of an ISO `yyyy-mm-dd` date, or undefined. */
export function parseIsoDate(text: string): number | undefined {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return undefined;
  return parseDfeDate(`${text.slice(8, 10)}/${text.slice(5, 7)}/${text.slice(0, 4)}`);
}

/** The DfE `dd/mm/yyyy` form of an ISO date (for messages). */
export function dfeFromIso(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
