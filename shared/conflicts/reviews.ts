/**
 * Inspectors' reviews of flags and leads: each flag carries its latest
 * review; a review whose flag no longer exists (the data changed) is kept
 * apart, so nothing an inspector recorded is lost.
 */
import { byText } from './graph-model';
import type { Conflict, Lead, Review } from './types';

function reviewOrder(review: Review): string {
  return `${review.at}\u0000${review.by}\u0000${review.reason}\u0000${review.status ?? ''}`;
}

/** The latest review of each flag (by `at`, then reviewer and reason, so the choice is stable). */
function latestReviews(reviews: readonly Review[]): Map<string, Review> {
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    const before = latest.get(review.flagId);
    if (before === undefined || reviewOrder(review) > reviewOrder(before))
      latest.set(review.flagId, review);
  }
  return latest;
}

/** The flags and leads with their latest reviews, and the reviews that match neither (by flag id). */
export function withReviews(
  conflicts: readonly Conflict[],
  leads: readonly Lead[],
  reviews: readonly Review[],
): { conflicts: Conflict[]; leads: Lead[]; unmatched: Review[] } {
  const latest = latestReviews(reviews);
  const used = new Set<string>();
  const withReview = <T extends Conflict>(flag: T): T => {
    const review = latest.get(flag.id);
    if (review === undefined) return flag;
    used.add(flag.id);
    const status = review.status ?? 'confirmed';
    return { ...flag, review: { status, by: review.by, at: review.at, reason: review.reason } };
  };
  return {
    conflicts: conflicts.map(withReview),
    leads: leads.map(withReview),
    unmatched: [...latest.values()]
      .filter((review) => !used.has(review.flagId))
      .sort((a, b) => byText(a.flagId, b.flagId)),
  };
}
