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
});

/** An evidence item, as parsed. */
export type Evidence = z.output<typeof evidenceSchema>;

/** An attachment, as parsed. */
export type Attachment = z.output<typeof attachmentSchema>;
