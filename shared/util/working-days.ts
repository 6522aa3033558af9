/**
 * Working days in England: Monday to Friday, less England and Wales bank
 * holidays (bank-holidays-england.ts). Days are numbered from 1970-01-01
 * (UTC), as `Date.UTC(…) / 86_400_000` gives them.
 */
import { BANK_HOLIDAYS_ENGLAND } from './bank-holidays-england';

const DAY_MS = 86_400_000;

const HOLIDAYS: ReadonlySet<number> = new Set(
  BANK_HOLIDAYS_ENGLAND.map((iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS),
);

/** Whether day number `day` is a working day. */
export function isWorkingDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(day);
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not
 * after `from`): an assessment started on a Monday and authorised on the
 * Tuesday took 1 working day.
 */
export function workingDaysBetween(from: number, to: number): number {
  if (to <= from) return 0;
  const whole = Math.floor((to - from) / 7);
  let count = whole * 5;
  for (const holiday of HOLIDAYS)
    if (holiday > from && holiday <= to && isWeekday(holiday)) count -= 1;
  for (let day = from + whole * 7 + 1; day <= to; day += 1) {
    if (isWeekday(day)) count += 1;
  }
  return count;
}

function isWeekday(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

/** The day `count` working days after `from` (`count` ≥ 0). */
export function addWorkingDays(from: number, count: number): number {
  let day = from;
  let left = count;
  while (left > 0) {
    day += 1;
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** The last working day before `day`. */
export function previousWorkingDay(day: number): number {
  let at = day - 1;
  while (!isWorkingDay(at)) at -= 1;
  return at;
}
