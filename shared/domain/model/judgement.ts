import { z } from 'zod';
import { areaIdSchema } from '../areas';
import { gradeIdSchema } from '../scale';
import { distinctArray, entityIdSchema, nonBlankSchema } from './common';

/**
 * Schema for a graded judgement. The rationale may still be blank while the
 * grade is drafted: a blank rationale is reported as a gap, not refused.
 * `moderatedBy` names whoever reviewed the grade; the same person preparing
 * and moderating is noted (test/fixtures/docs/ilacs.md §2.4 item 5).
 */
export const judgementSchema = z.object({
  area: areaIdSchema,
  grade: gradeIdSchema,
  rationale: z.string(),
  evidenceIds: distinctArray(entityIdSchema, 'evidence item').default([]),
  preparedBy: nonBlankSchema,
  moderatedBy: nonBlankSchema.optional(),
});

/** A judgement, as parsed. */
export type Judgement = z.output<typeof judgementSchema>;
