/**
 * Census dates are `xs:date` (`YYYY-MM-DD`, an optional time zone after).
 * Dates are held as days since 1970-01-01 for arithmetic.
 */

/** The value of the ASCII digit at `at` of `text`, or -1. */
function digit(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Whether `text` from `at` is a time zone (`+hh:mm` or `-hh:mm`, any two digits each). */
function isZone(text: string, at: number): boolean {
  const sign = text.charCodeAt(at);
  return (
    (sign === 43 || sign === 45) &&
    text.length === at + 6 &&
    digit(text, at + 1) >= 0 &&
    digit(text, at + 2) >= 0 &&
    text.charCodeAt(at + 3) === 58 &&
    digit(text, at + 4) >= 0 &&
    digit(text, at + 5) >= 0
  );
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (year 100 or later),
 * by counting whole 400-, 100- and 4-year cycles from 1 March of year 0
 * (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms",
 * https://howardhinnant.github.io/date_algorithms.html#days_from_civil).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The year, month (1–12) and day of a day number: the inverse of
 * {@link daysFromCivil} (H. Hinnant, "civil_from_days", same source).
 */
export function civilOf(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Days since 1970-01-01 of an `xs:date`, or undefined when it is not a real
 * date. Read character by character (a census holds a million dates); years
 * before 100 are refused, as JavaScript's `Date.UTC` cannot tell them apart
 * from 1900 to 1999.
 */
export function dayOf(text: string): number | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  if (length !== 10 && !(length === 11 && text.charCodeAt(10) === 90) && !isZone(text, 10))
    return undefined;
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  const m0 = digit(text, 5);
  const m1 = digit(text, 6);
  const d0 = digit(text, 8);
  const d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 100 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > 28 && day > (month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0)))
    return undefined;
  return daysFromCivil(year, month, day);
}

export function isIsoDate(text: string): boolean {
  return dayOf(text) !== undefined;
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
