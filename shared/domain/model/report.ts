import { z } from 'zod';
import { areaIdSchema } from '../areas';
import { improvementTagSchema } from '../national-framework';
import { distinctArray, entityIdSchema, nonBlankSchema } from './common';

/**
 * Schema for one finding: a paragraph of a judgement's narrative section.
 * Paragraphs are numbered in `order` within each section, and numbering runs
 * on across sections (test/fixtures/docs/ilacs.md §1.1b). `actionTaken` records "action taken by
 * leaders during the inspection", which reports note (Birmingham 2023 ¶2, ¶3
 * and ¶5; test/fixtures/docs/ilacs.md §1.1b "Events during the inspection").
 */
export const findingSchema = z.object({
  id: entityIdSchema,
  area: areaIdSchema,
  order: z.number().int({ error: 'order is a whole number' }),
  text: nonBlankSchema,
  evidenceIds: distinctArray(entityIdSchema, 'evidence item').default([]),
  // A change that clears the note records `null` (the log keeps every value), read as none.
  actionTaken: nonBlankSchema
    .nullable()
    .transform((value) => value ?? undefined)
    .optional(),
});

/** A finding, as parsed. */
export type Finding = z.output<typeof findingSchema>;

/**
 * Schema for a "What needs to improve?" bullet, optionally tagged to a
 * national-framework outcome or enabler (test/fixtures/docs/ilacs.md §1.0 and §1.1b).
 */
export const improvementSchema = z.object({
  id: entityIdSchema,
  text: nonBlankSchema,
  // A change that removes the tag records `null`, read as no tag.
  tag: improvementTagSchema
    .nullable()
    .transform((value) => value ?? undefined)
    .optional(),
});

/** An improvement bullet, as parsed. */
export type Improvement = z.output<typeof improvementSchema>;

/**
 * Schema for an area for priority action: a serious concern in a monitoring
 * visit or focused visit letter (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018; test/fixtures/docs/ilacs.md §1.1b).
 */
export const priorityActionSchema = z.object({ id: entityIdSchema, text: nonBlankSchema });

/** An area for priority action, as parsed. */
export type PriorityAction = z.output<typeof priorityActionSchema>;
