/**
 * Day arithmetic for the indicators. Every date is parsed once, when the
 * rows are indexed, to a day number (days since 1970-01-01), so the
 * indicators compare integers. 903 dates are `dd/mm/yyyy`; Annex A dates
 * arrive as `YYYY-MM-DD` (the Annex A reader's form) or `dd/mm/yyyy`.
 */

/** The end of an episode that has not ended (blank DEC). */
export const OPEN = Number.POSITIVE_INFINITY;

const ZERO = 48;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let at = from; at < from + count; at += 1) {
    const digit = text.charCodeAt(at) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function checked(year: number, month: number, day: number): number | undefined {
  if (!(year >= 1000 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  return day <= daysInMonth(year, month) ? dayOf(year, month, day) : undefined;
}

/**
 * The day number of `dd/mm/yyyy` or `YYYY-MM-DD` (anything after the tenth
 * character of an ISO date, such as a time, is ignored), or undefined when
 * the text is neither or not a real day.
 */
export function parseDay(text: string): number | undefined {
  if (text.length < 10) return undefined;
  if (text.length === 10 && text.charCodeAt(2) === 47 && text.charCodeAt(5) === 47) {
    return checked(digits(text, 6, 4), digits(text, 3, 2), digits(text, 0, 2));
  }
  if (text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    return checked(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
  }
  const trimmed = text.trim();
  return trimmed.length === text.length ? undefined : parseDay(trimmed);
}

/** A day number as `[year, month, day]` (H. Hinnant's civil_from_days). */
export function civil(dayNo: number): [number, number, number] {
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
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The ISO `YYYY-MM-DD` form of a day number. */
export function isoOf(dayNo: number): string {
  const [year, month, day] = civil(dayNo);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The same day `months` calendar months later (earlier when negative); a
 * day the target month lacks becomes its last day (31 August + 6 months is
 * 28 or 29 February).
 */
export function addMonths(dayNo: number, months: number): number {
  const [year, month, day] = civil(dayNo);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return dayOf(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)));
}

/** Whole years of age on `dayNo` of someone born on `dob` (a 29 February birthday falls on 1 March). */
export function ageOn(dob: number, dayNo: number): number {
  const [by, bm, bd] = civil(dob);
  const [y, m, d] = civil(dayNo);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The day `count` working days after `dayNo`, counting Monday to Friday.
 * Bank holidays are not known offline, so they count as working days.
 */
export function addWorkingDays(dayNo: number, count: number): number {
  let day = dayNo;
  let left = count;
  while (left > 0) {
    day += 1;
    // Day 0 (1970-01-01) was a Thursday: (day + 4) % 7 is 0 on Sundays, 6 on Saturdays.
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day;
}

/** The first calendar year of the April–March year holding `dayNo` (2017 for 15/01/2018). */
export function aprilYearOf(dayNo: number): number {
  const [year, month] = civil(dayNo);
  return month >= 4 ? year : year - 1;
}
