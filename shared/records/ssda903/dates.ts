/**
 * DfE dates. The 903 return writes every date as `dd/mm/yyyy`, zero-padded
 * (liia-tools schema `date: "%d/%m/%Y"`; CLA.xsd's DEC pattern
 * `[0-3][0-9]/[0-1][0-9]/[1-2][0,9][0-9]{2}`). Dates become day numbers
 * (days since 1970-01-01) so comparisons are plain integer comparisons;
 * no Date objects, no per-cell regular expressions.
 */

import { dayNumber, isRealDay } from '../../util/calendar';

// The calendar itself lives in shared/util/calendar.ts; these names stay for the readers.
export { civilFromDay, dayNumber, isoFromDay } from '../../util/calendar';

const SLASH = 47;
const ZERO = 48;

function digit(text: string, at: number): number {
  const code = text.charCodeAt(at) - ZERO;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** The day number of a DfE `dd/mm/yyyy` date, or undefined if it is not one (or not a real day). */
export function parseDfeDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(2) !== SLASH || text.charCodeAt(5) !== SLASH) {
    return undefined;
  }
  const day = digit(text, 0) * 10 + digit(text, 1);
  const month = digit(text, 3) * 10 + digit(text, 4);
  const year = digit(text, 6) * 1000 + digit(text, 7) * 100 + digit(text, 8) * 10 + digit(text, 9);
  if (!(year >= 1 && isRealDay(year, month, day))) return undefined;
  return dayNumber(year, month, day);
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
