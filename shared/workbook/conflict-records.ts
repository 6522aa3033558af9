import { z } from 'zod';

/**
 * What people decide about conflicts, kept in the log (and so in the audit
 * trail and the report): a confirmed or rejected link between a name and a
 * company number, and a review of a flag with its reason.
 */
export const LINK_ENTITY = 'company-link';
export const REVIEW_ENTITY = 'conflict-review';

export const linkRecordSchema = z.object({
  owner: z.string().min(1),
  company: z.string().regex(/^[A-Z0-9]{8}$/, { error: 'a Companies House number: 8 characters' }),
  /** `undecided`: a decision undone; the link counts as never decided (the log keeps the rest). */
  decision: z.enum(['confirmed', 'rejected', 'undecided']),
  by: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
});

/**
 * What a review concluded, in the report's words: a real conflict, one with
 * mitigation in place, or not a conflict after all. Reviews recorded before
 * the status existed were confirmations, as the report printed them.
 */
export const reviewStatuses = ['confirmed', 'mitigated', 'dismissed'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const reviewRecordSchema = z.object({
  flagId: z.string().min(1),
  status: z.enum(reviewStatuses).default('confirmed'),
  by: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
  reason: z.string().refine((text) => text.trim() !== '', { error: 'a review needs a reason' }),
});

export type LinkRecord = z.output<typeof linkRecordSchema>;
export type ReviewRecord = z.output<typeof reviewRecordSchema>;
