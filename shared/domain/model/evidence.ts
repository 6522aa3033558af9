import { z } from 'zod';
import { areaIdSchema } from '../areas';
import { isoDateSchema, timestampSchema } from '../dates';
import { distinctArray, entityIdSchema, nonBlankSchema } from './common';

/**
 * How the evidence was gathered. Inspectors track and sample children's
 * records, read the LA's audits and performance data, attend meetings, read
 * documents and observe practice (test/fixtures/docs/ilacs.md §1.1d).
 */
export const evidenceKinds = [
  'case-tracking',
  'case-sampling',
  'audit',
  'performance-data',
  'meeting',
  'document',
  'observation',
] as const;

/** One way of gathering evidence. */
export type EvidenceKind = (typeof evidenceKinds)[number];

/**
 * What the evidence shows: a strength, an area for improvement, or a serious
 * concern (the report's "What needs to improve?" and, in visits, "areas for
 * priority action"; test/fixtures/docs/ilacs.md §1.1b).
 */
export const evidenceFindings = ['strength', 'improvement', 'concern'] as const;

/** What one evidence item shows. */
export type EvidenceFinding = (typeof evidenceFindings)[number];

/** Schema for a file attached to evidence, identified by its SHA-256 digest. */
const attachmentSchema = z.object({
  name: nonBlankSchema,
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 digest: 64 lower-case hex digits' }),
});

/**
 * Who withdrew an evidence item, when and why. Withdrawing never deletes: the
 * item stays in the log and on screen, marked withdrawn, so the audit trail
 * keeps what an inspector once relied on.
 */
export const withdrawalSchema = z.object({
  by: nonBlankSchema,
  at: timestampSchema,
  reason: nonBlankSchema,
});

/**
 * Schema for one evidence item.
 *
 * - `source` is `council` or the id of a delegated provider, so each item is
 *   attributed to its entity (test/fixtures/docs/ilacs.md §2.4 "Multi-entity inspection").
 * - `relatesTo` is the date the evidence relates to, kept apart from
 *   `recordedAt`, the system's record of when it was entered (test/fixtures/docs/ilacs.md
 *   "What users of comparable systems ask for", item 2).
 * - `childIds` hold Annex A / SSDA903 / CIN child keys (test/fixtures/docs/ilacs.md §1.1d).
 */
export const evidenceSchema = z.object({
  id: entityIdSchema,
  source: entityIdSchema,
  kind: z.enum(evidenceKinds, { error: `expected an evidence kind: ${evidenceKinds.join(', ')}` }),
  areas: distinctArray(areaIdSchema, 'area').min(1, {
    error: 'evidence must relate to at least one judgement area',
  }),
  checklistItems: distinctArray(entityIdSchema, 'checklist item').default([]),
  finding: z.enum(evidenceFindings, { error: 'expected strength, improvement or concern' }),
  text: nonBlankSchema,
  relatesTo: isoDateSchema,
  recordedAt: timestampSchema,
  author: nonBlankSchema,
  childIds: distinctArray(entityIdSchema, 'child').default([]),
  attachments: z.array(attachmentSchema).default([]),
  /** Set once the item is withdrawn; absent in bundles written before withdrawal existed. */
  withdrawn: withdrawalSchema.optional(),
});

/** An evidence item, as parsed. */
export type Evidence = z.output<typeof evidenceSchema>;

/** An attachment, as parsed. */
export type Attachment = z.output<typeof attachmentSchema>;

/** A withdrawal, as parsed. */
export type Withdrawal = z.output<typeof withdrawalSchema>;

/** True once an item has been withdrawn. */
export function isWithdrawn(item: Pick<Evidence, 'withdrawn'>): boolean {
  return item.withdrawn !== undefined;
}

/**
 * The evidence that counts: every item not withdrawn. The one place the
 * engine leaves withdrawn items out — of criteria coverage, contributions,
 * gaps and the evidence ids a report rests on — so they cannot count anywhere
 * by accident while still being listed and kept in the log.
 */
export function countedEvidence<T extends Pick<Evidence, 'withdrawn'>>(
  evidence: readonly T[],
): T[] {
  return evidence.filter((item) => !isWithdrawn(item));
}

/**
 * The ids, of those given, that name counted (not withdrawn) evidence, in
 * their order: what a finding or grade still rests on once items are
 * withdrawn. Ids naming no item are kept, for the integrity check to report.
 */
export function countedEvidenceIds(
  evidence: readonly Pick<Evidence, 'id' | 'withdrawn'>[],
  ids: readonly string[],
): string[] {
  const withdrawn = new Set(evidence.filter(isWithdrawn).map((item) => item.id));
  return ids.filter((id) => !withdrawn.has(id));
}

/**
 * How far before the on-site period evidence may relate to without being
 * questioned: the off-site planning week and notification before an ILACS
 * standard inspection's two on-site weeks
 * (https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 */
export const evidenceWindowDays = 14;

/** Why a date the evidence relates to deserves a second look, if it does. */
export type EvidenceDateQuestion = 'future' | 'before-visit' | 'after-visit';

function addDays(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Questions a date the evidence relates to: in the future, more than
 * {@link evidenceWindowDays} days before the on-site period, or after it.
 * A question, not a refusal: evidence can rightly relate to an older case
 * event, so the person confirms it.
 */
export function questionEvidenceDate(
  relatesTo: string,
  onSite: { readonly start: string; readonly end: string },
  today: string,
): EvidenceDateQuestion | undefined {
  if (relatesTo > today) return 'future';
  if (relatesTo < addDays(onSite.start, -evidenceWindowDays)) return 'before-visit';
  if (relatesTo > onSite.end) return 'after-visit';
  return undefined;
}
