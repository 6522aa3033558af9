import { z } from 'zod';
import { isRealDay } from '../util/calendar';

/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601 extended format, no time and
 * no zone). Dates in the workbook are the dates things happened or relate to
 * (on-site dates, contract dates, the date evidence relates to), so they carry
 * no time zone; ISO strings also sort in date order.
 */
export type IsoDate = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `value` is `YYYY-MM-DD` and names a day that exists in the
 * Gregorian calendar (so `2023-02-29` and `2026-04-31` are refused).
 */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isRealDay(year, month, day);
}

/** Schema for an {@link IsoDate}: a real calendar date as `YYYY-MM-DD`. */
export const isoDateSchema = z.string().refine(isCalendarDate, {
  error: 'expected a real calendar date written YYYY-MM-DD, e.g. 2026-04-27',
});

/**
 * Schema for a moment in time, e.g. when evidence was recorded: an ISO 8601
 * date-time with `Z` or an explicit offset (`2026-04-28T09:15:00Z`,
 * `2026-04-28T10:15:00+01:00`).
 */
export const timestampSchema = z.iso.datetime({
  offset: true,
  error: 'expected a date and time such as 2026-04-28T09:15:00Z',
});

/** True when `a` is on or before `b` (both {@link IsoDate}s; ISO dates sort as text). */
export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  return a <= b;
}
