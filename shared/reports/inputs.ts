import { z } from 'zod';
import { areaIdSchema, isoDateSchema } from '../domain';

/**
 * The optional inputs of a report that other parts of the app will compute:
 * indicators from imported records and conflicts of interest
 *. Until those exist a report is made without them and says so
 * plainly. Both are plain JSON, checked with these schemas, so the command
 * can read them from files (`report --indicators FILE --conflicts FILE`).
 */

const text = z.string().trim().min(1, { error: 'must not be blank' });
const count = z.number().int().nonnegative();

/** Units an indicator is measured in. */
const indicatorUnits = ['percent', 'count', 'days'] as const;

/**
 * One indicator's value for one source. `source` is `council` (the council as
 * a whole, every provider included) or a delegated provider's id. `value` is
 * `null` when there were too few records to compute it.
 */
const indicatorValueSchema = z.object({
  source: text,
  value: z.number().finite().nullable(),
  numerator: count.optional(),
  denominator: count.optional(),
});

/**
 * One indicator (the README’s How fast table: placement stability, visits and reviews
 * on time, missing episodes, care leavers in touch…), with a value per
 * source and, where known, the national figure.
 */
const indicatorSchema = z.object({
  id: text,
  label: text,
  unit: z.enum(indicatorUnits, { error: `expected a unit: ${indicatorUnits.join(', ')}` }),
  betterWhen: z.enum(['higher', 'lower']).optional(),
  /** The judgement the indicator informs: shown beside it, in one table, in the data annex. */
  area: areaIdSchema.optional(),
  national: z.number().finite().optional(),
  values: z.array(indicatorValueSchema).min(1, { error: 'an indicator needs at least one value' }),
});

/** The indicators a report's data annex and provider sections show. */
export const reportIndicatorsSchema = z.object({
  /** The date the records run to. */
  asOf: isoDateSchema,
  /** Where the figures come from, e.g. "SSDA903 return 2025–26, imported 1 October 2026". */
  source: text,
  indicators: z.array(indicatorSchema),
});

/** Indicators for a report. */
export type ReportIndicators = z.output<typeof reportIndicatorsSchema>;
/** One indicator. */
export type Indicator = z.output<typeof indicatorSchema>;
/** One value of an indicator. */
export type IndicatorValue = z.output<typeof indicatorValueSchema>;

/** Severities of a conflict-of-interest flag (the README’s How fast table). */
const conflictSeverities = ['high', 'medium', 'low'] as const;

/** Where the inspector's review of a flag stands. */
const conflictReviewStatuses = ['not-reviewed', 'confirmed', 'mitigated', 'dismissed'] as const;

/**
 * One link of a flag's evidence chain, e.g. "Keystone Homes Ltd" —
 * "is owned by (PSC, 75–100% of shares)" → "Keystone Group plc", with the
 * record it comes from (provider list row, Companies House snapshot,
 * inspector's confirmation).
 */
const conflictLinkSchema = z.object({
  from: text,
  relation: text,
  to: text,
  source: text,
});

/**
 * One conflict-of-interest flag: placements with a provider whose corporate
 * group overlaps a delegated provider's group (the README’s How fast table;
 * Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england; test/fixtures/docs/ilacs.md §1.1c, Windsor 2024).
 */
const conflictFlagSchema = z.object({
  id: text,
  /** The delegated provider's id. */
  provider: text,
  placementProvider: z.object({ name: text, urn: text.optional() }),
  severity: z.enum(conflictSeverities, {
    error: `expected a severity: ${conflictSeverities.join(', ')}`,
  }),
  chain: z.array(conflictLinkSchema).min(1, { error: 'a flag needs its evidence chain' }),
  childrenAffected: count,
  placements: count.optional(),
  review: z.object({
    status: z.enum(conflictReviewStatuses, {
      error: `expected a review status: ${conflictReviewStatuses.join(', ')}`,
    }),
    by: text.optional(),
    at: isoDateSchema.optional(),
    note: text.optional(),
  }),
});

/** The result of a conflicts-of-interest check, for the report. */
export const reportConflictsSchema = z.object({
  checkedAt: isoDateSchema,
  /** The registers and snapshots the check used. */
  register: text,
  flags: z.array(conflictFlagSchema),
});

/** Conflicts for a report. */
export type ReportConflicts = z.output<typeof reportConflictsSchema>;
/** One conflict flag. */
export type ConflictFlag = z.output<typeof conflictFlagSchema>;
