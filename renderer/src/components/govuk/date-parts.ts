import { daysInMonth } from '../../../../shared/util/calendar';

/**
 * A date as GOV.UK asks for it: three fields, day, month and year
 * (https://design-system.service.gov.uk/components/date-input/), and the
 * messages the pattern prescribes when one is wrong
 * (https://design-system.service.gov.uk/patterns/dates/).
 */
export type DateParts = { readonly day: string; readonly month: string; readonly year: string };

export const emptyDate: DateParts = { day: '', month: '', year: '' };

/** The parts of a `YYYY-MM-DD` date; empty parts for anything else. */
export function datePartsOf(iso: string | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (match === null) return emptyDate;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/** Which part a message is about, so the error styling marks only that field. */
export type DatePart = keyof DateParts;

export type DateReading =
  | { readonly ok: true; readonly iso: string }
  | {
      readonly ok: false;
      readonly empty: boolean;
      readonly message: string;
      readonly parts: readonly DatePart[];
    };

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A month as a number, or its name or three-letter abbreviation, as the GOV.UK pattern accepts. */
function monthNumber(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(trimmed)) return Number(trimmed);
  const index = monthNames.findIndex((name) => name === trimmed || name.slice(0, 3) === trimmed);
  return index === -1 ? null : index + 1;
}

/**
 * Reads a date from its three fields. `label` names it in the messages
 * ("The date the evidence relates to must include a month").
 */
export function readDate(parts: DateParts, label: string): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') {
    return { ok: false, empty: true, message: `Enter ${label}`, parts: ['day', 'month', 'year'] };
  }
  const missing = (['day', 'month', 'year'] as const).filter((p) => parts[p].trim() === '');
  if (missing.length > 0) {
    return {
      ok: false,
      empty: false,
      message: `${capitalise(label)} must include a ${missing.join(' and ')}`,
      parts: missing,
    };
  }
  const d = /^\d{1,2}$/.test(day) ? Number(day) : NaN;
  const m = monthNumber(month);
  const y = /^\d{4}$/.test(year) ? Number(year) : NaN;
  if (Number.isNaN(y)) {
    return { ok: false, empty: false, message: 'Year must include 4 numbers', parts: ['year'] };
  }
  const real = m !== null && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  if (!real) {
    return {
      ok: false,
      empty: false,
      message: `${capitalise(label)} must be a real date`,
      parts: m === null || m < 1 || m > 12 ? ['month'] : ['day'],
    };
  }
  return { ok: true, iso: `${y}-${pad(m)}-${pad(d)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
