/**
 * The proleptic Gregorian calendar, once: leap years, month lengths, and day
 * numbers (days since 1970-01-01) both ways, so every reader and form checks a
 * date the same way and compares dates as integers without a `Date` per value.
 * Day numbers use Howard Hinnant's `days_from_civil` and `civil_from_days`
 * (https://howardhinnant.github.io/date_algorithms.html).
 */

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether `year` has a 29 February. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** Whether year, month and day name a day that exists (so 2023-02-29 and 2026-04-31 do not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a date (`days_from_civil`). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The year, month (1–12) and day of a day number (`civil_from_days`), as numbers. */
export function civilFromDay(dayNo: number): {
  readonly year: number;
  readonly month: number;
  readonly day: number;
} {
  const z = dayNo + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `YYYY-MM-DD` of a day number. */
export function isoFromDay(dayNo: number): string {
  const { year, month, day } = civilFromDay(dayNo);
  return `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * `YYYY-MM-DD` for a real calendar date, else undefined. Years before 100 are
 * refused: no record this app reads is dated then, and they are usually a
 * two-digit year written out with leading zeros.
 */
export function isoFromParts(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 100 || year > 9999 || !isRealDay(year, month, day)) {
    return undefined;
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
