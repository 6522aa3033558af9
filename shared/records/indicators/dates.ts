/**
 * Day arithmetic for the indicators. Every date is parsed once, when the
 * rows are indexed, to a day number (days since 1970-01-01), so the
 * indicators compare integers. 903 dates are `dd/mm/yyyy`; Annex A dates
 * arrive as `YYYY-MM-DD` (the Annex A reader's form) or `dd/mm/yyyy`.
 */

/** The end of an episode that has not ended (blank DEC): later than any date, and an Int32. */
export const OPEN = 2_147_483_647;

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

/** Day numbers of the first of each month, January 1900 to December 2199: dates without division. */
const FIRST_YEAR = 1900;
const YEARS = 300;
const MONTH_START = new Int32Array(YEARS * 12 + 1);
for (let index = 0; index <= YEARS * 12; index += 1) {
  MONTH_START[index] = dayOf(FIRST_YEAR + Math.floor(index / 12), (index % 12) + 1, 1);
}
const TABLE_FIRST = MONTH_START[0] ?? 0;
const TABLE_LAST = (MONTH_START[YEARS * 12] ?? 0) - 1;

function checked(year: number, month: number, day: number): number | undefined {
  if (!(year >= 1000 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  const index = (year - FIRST_YEAR) * 12 + month - 1;
  const first = index >= 0 && index < YEARS * 12 ? MONTH_START[index] : undefined;
  return first === undefined ? dayOf(year, month, day) : first + day - 1;
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

/**
 * A day number as one integer, `year * 512 + month * 32 + day`, so that hot
 * loops can split dates without allocating.
 */
function packedCivil(dayNo: number): number {
  if (dayNo >= TABLE_FIRST && dayNo <= TABLE_LAST) {
    // Guess the month from the average month length, then step to the right one.
    let index = Math.min(YEARS * 12 - 1, Math.floor((dayNo - TABLE_FIRST) / 30.436875));
    while (index > 0 && (MONTH_START[index] ?? 0) > dayNo) index -= 1;
    while (index < YEARS * 12 - 1 && (MONTH_START[index + 1] ?? 0) <= dayNo) index += 1;
    const year = FIRST_YEAR + Math.floor(index / 12);
    return year * 512 + ((index % 12) + 1) * 32 + dayNo - (MONTH_START[index] ?? 0) + 1;
  }
  const [year, month, day] = slowCivil(dayNo);
  return year * 512 + month * 32 + day;
}

/** A day number as `[year, month, day]`. */
export function civil(dayNo: number): [number, number, number] {
  const packed = packedCivil(dayNo);
  return [Math.floor(packed / 512), Math.floor(packed / 32) % 16, packed % 32];
}

/** H. Hinnant's civil_from_days, for dates outside the table. */
function slowCivil(dayNo: number): [number, number, number] {
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
  const packed = packedCivil(dayNo);
  const index = Math.floor(packed / 512) * 12 + (Math.floor(packed / 32) % 16) - 1 + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  const day = Math.min(packed % 32, daysInMonth(toYear, toMonth));
  const tableIndex = index - FIRST_YEAR * 12;
  const first = tableIndex >= 0 && tableIndex < YEARS * 12 ? MONTH_START[tableIndex] : undefined;
  return first === undefined ? dayOf(toYear, toMonth, day) : first + day - 1;
}

/** Whole years of age on `dayNo` of someone born on `dob` (a 29 February birthday falls on 1 March). */
export function ageOn(dob: number, dayNo: number): number {
  const born = packedCivil(dob);
  const on = packedCivil(dayNo);
  const years = Math.floor(on / 512) - Math.floor(born / 512);
  return on % 512 < born % 512 ? years - 1 : years;
}

/**
 * The day `count` working days after `dayNo`, counting Monday to Friday.
 * Bank holidays are not known offline, so they count as working days.
 */
export function addWorkingDays(dayNo: number, count: number): number {
  // Day 0 (1970-01-01) was a Thursday: (day + 4) % 7 is 0 on Sundays, 6 on Saturdays.
  const weekday = (((dayNo + 4) % 7) + 7) % 7;
  if (count > 0 && count % 5 === 0) {
    // Whole weeks: from a weekday, the same weekday; from a weekend, the Friday before.
    const weeks = (count / 5) * 7;
    return weekday === 6 ? dayNo + weeks - 1 : weekday === 0 ? dayNo + weeks - 2 : dayNo + weeks;
  }
  let day = dayNo;
  let left = count;
  while (left > 0) {
    day += 1;
    const dayOfWeek = (((day + 4) % 7) + 7) % 7;
    if (dayOfWeek !== 0 && dayOfWeek !== 6) left -= 1;
  }
  return day;
}

/** The first calendar year of the April–March year holding `dayNo` (2017 for 15/01/2018). */
export function aprilYearOf(dayNo: number): number {
  const packed = packedCivil(dayNo);
  const year = Math.floor(packed / 512);
  return Math.floor(packed / 32) % 16 >= 4 ? year : year - 1;
}
