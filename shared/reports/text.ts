import type { IsoDate } from '../domain';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function parts(date: IsoDate): { day: number; month: string; year: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { day: day ?? 1, month: months[(month ?? 1) - 1] ?? '', year: year ?? 0 };
}

/** A date as reports print it: `5 October 2026`. */
export function longDate(date: IsoDate): string {
  const { day, month, year } = parts(date);
  return `${day} ${month} ${year}`;
}

/**
 * Inspection dates as published reports print them (test/fixtures/docs/ilacs.md §1.1b,
 * "Inspection dates: <d> to <d> <Month> <yyyy>"): `5 to 16 October 2026`,
 * `29 September to 3 October 2026`, `29 December 2025 to 9 January 2026`.
 */
export function dateRange(start: IsoDate, end: IsoDate): string {
  if (start === end) return longDate(start);
  const a = parts(start);
  const b = parts(end);
  if (a.year !== b.year) return `${longDate(start)} to ${longDate(end)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} to ${b.day} ${b.month} ${b.year}`;
  return `${a.day} to ${b.day} ${b.month} ${b.year}`;
}

/**
 * A moment as printed in the signature block and the about section:
 * `16 October 2026 at 14:05 UTC`. Always UTC, so every reader sees the time
 * the CMS signingTime carries (CMS signingTime, RFC 5652 §11.3, https://www.rfc-editor.org/rfc/rfc5652#section-11.3).
 */
export function longDateTime(timestamp: string): string {
  const moment = new Date(timestamp);
  if (Number.isNaN(moment.getTime())) return timestamp;
  const iso = moment.toISOString();
  return `${longDate(iso.slice(0, 10))} at ${iso.slice(11, 16)} UTC`;
}

/**
 * The inspector's title: "Her Majesty’s Inspector" up to the accession of
 * 8 September 2022, "His Majesty’s Inspector" after (test/fixtures/docs/ilacs.md §1.0,
 * "Inspector title").
 */
export function inspectorTitle(onSiteStart: IsoDate): string {
  return onSiteStart < '2022-09-08' ? 'Her Majesty’s Inspector' : 'His Majesty’s Inspector';
}

/** Names joined as prose: `A`, `A and B`, `A, B and C`. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Splits text into paragraphs at blank lines, dropping empty ones. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** `1 item`, `2 items`. */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}
