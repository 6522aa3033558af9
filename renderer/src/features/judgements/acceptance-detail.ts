import type { Acceptance, AcceptedBy } from '../../../../shared/domain';

/** Who accepted a warning, why, and when. */
export type AcceptanceDetail = AcceptedBy & { readonly at: string | null };

/**
 * Adds the time to the acceptance `judge()` reports (which gives who and why
 * only): the latest recorded acceptance of the rule by that person with that
 * rationale. `at` is `null` if none matches, which `judge()` never produces.
 */
export function acceptanceDetail(
  rule: string,
  accepted: AcceptedBy,
  acceptances: readonly Acceptance[],
): AcceptanceDetail {
  let at: string | null = null;
  for (const entry of acceptances) {
    if (entry.rule !== rule || entry.by !== accepted.by || entry.rationale !== accepted.rationale)
      continue;
    if (at === null || Date.parse(entry.at) >= Date.parse(at)) at = entry.at;
  }
  return { ...accepted, at };
}

/** A timestamp as people read it in England, e.g. `5 October 2026 at 14:03`. */
export function formatWhen(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const day = date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
  const time = date.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
  return `${day} at ${time}`;
}
