const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A YYYY-MM-DD date as GOV.UK writes dates: "5 October 2026"
 * (https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#dates).
 * Anything that is not a date is shown as it is.
 */
export function formatLongDate(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : longDate.format(time);
}

/** A span of days: "5 to 16 October 2026" is left to the reader; both ends are written in full. */
export function formatDateSpan(start: string, end: string): string {
  return start === end
    ? formatLongDate(start)
    : `${formatLongDate(start)} to ${formatLongDate(end)}`;
}
