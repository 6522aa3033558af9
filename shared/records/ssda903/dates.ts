/**
 * DfE dates. The 903 return writes every date as `dd/mm/yyyy`, zero-padded
 * (liia-tools schema `date: "%d/%m/%Y"`; CLA.xsd's DEC pattern
 * `[0-3][0-9]/[0-1][0-9]/[1-2][0,9][0-9]{2}`). Dates become day numbers
 * (days since 1970-01-01) so comparisons are plain integer comparisons;
 * no Date objects, no per-cell regular expressions.
 */

const SLASH = 47;
const ZERO = 48;

function digit(text: string, at: number): number {
  const code = text.charCodeAt(at) - ZERO;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of a DfE `dd/mm/yyyy` date, or undefined if it is not one (or not a real day). */
export function parseDfeDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(2) !== SLASH || text.charCodeAt(5) !== SLASH) {
    return undefined;
  }
  const day = digit(text, 0) * 10 + digit(text, 1);
  const month = digit(text, 3) * 10 + digit(text, 4);
  const year = digit(text, 6) * 1000 + digit(text, 7) * 100 + digit(text, 8) * 10 + digit(text, 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && year >= 1)) return undefined;
  const days = month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
  return day <= days ? dayNumber(year, month, day) : undefined;
}

/** The day number of an ISO `yyyy-mm-dd` date, or undefined. */
export function parseIsoDate(text: string): number | undefined {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return undefined;
  return parseDfeDate(`${text.slice(8, 10)}/${text.slice(5, 7)}/${text.slice(0, 4)}`);
}

/** The ISO `yyyy-mm-dd` form of a day number. */
export function isoFromDay(dayNo: number): string {
  const z = dayNo + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The DfE `dd/mm/yyyy` form of an ISO date (for messages). */
export function dfeFromIso(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
