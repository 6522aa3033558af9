import { z } from 'zod';
import { acceptanceSchema } from './acceptance';
import { evidenceSchema } from './evidence';
import { inspectionSchema } from './inspection';
import { judgementSchema } from './judgement';
import { providerSchema } from './provider';
import { findingSchema, improvementSchema, priorityActionSchema } from './report';

/**
 * Schema for the shape of a workbook: one inspection with its delegated
 * providers, evidence, judgements, report text and warning acceptances.
 * Cross-references (ids, areas, sources) are checked by `workbookSchema`
 * (see `parse.ts`); this schema checks each part on its own.
 *
 * - `summary` is the untitled headline summary that opens the report
 *   (test/fixtures/docs/ilacs.md §1.1b), one per inspection; it may be empty while drafting.
 * - `improvements` are the "What needs to improve?" bullets, in order.
 * - `priorityActions` are areas for priority action (visits only).
 */
export const workbookShapeSchema = z.object({
  inspection: inspectionSchema,
  providers: z.array(providerSchema),
  evidence: z.array(evidenceSchema),
  judgements: z.array(judgementSchema),
  summary: z.string(),
  findings: z.array(findingSchema),
  improvements: z.array(improvementSchema),
  priorityActions: z.array(priorityActionSchema),
  acceptances: z.array(acceptanceSchema),
});

/** A workbook, as parsed (defaults filled in). */
export type Workbook = z.output<typeof workbookShapeSchema>;

/** A workbook as it may be written before parsing (optional lists may be left out). */
export type WorkbookInput = z.input<typeof workbookShapeSchema>;
