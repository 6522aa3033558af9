/** A moment as GOV.UK writes one: "5 October 2026 at 2:05pm" (local time). */
export function formatMoment(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const date = new Date(time);
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  // GOV.UK style: "5:30pm", "midday", "midnight" (https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#times).
  if (hours === 12 && minutes === '00') return `${day} at midday`;
  if (hours === 0 && minutes === '00') return `${day} at midnight`;
  return `${day} at ${hours % 12 === 0 ? 12 : hours % 12}:${minutes}${hours < 12 ? 'am' : 'pm'}`;
}

/** "1 change", "3 changes". */
export function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;
}
