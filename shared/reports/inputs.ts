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
 * The DfE's published figures beside an indicator, for the council's
 * statistical comparison (England's figure is `national`): its region, the
 * average of its ten statistical neighbours and its own published figure,
 * for one reporting year (2025 is the year ending 31 March 2025).
 */
const indicatorComparatorsSchema = z.object({
  year: z.number().int(),
  regionName: text.optional(),
  region: z.number().finite().nullable(),
  neighbours: z.number().finite().nullable(),
  /** How many of the ten neighbours have a published figure. */
  neighboursPublished: count,
  published: z.number().finite().nullable(),
  /** Why the council's own figure is not published, when it is not. */
  publishedNote: text.optional(),
  /** How the workbook's definition differs from DfE's. */
  differs: text.optional(),
  /** A computed figure far from the published one for the same year. */
  dataQuality: text.optional(),
  source: text,
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
  comparators: indicatorComparatorsSchema.optional(),
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

/** Units of a published measure. */
const measureUnits = ['percent', 'rate-per-10000', 'cases'] as const;

/**
 * The council's published DfE figures beside England, its region and its
 * statistical neighbours, for every measure the workbook carries: shown in
 * the data annex whether or not records were imported.
 */
export const reportComparatorsSchema = z.object({
  council: text,
  region: text.nullable(),
  neighbours: z.array(text),
  /** The publications and the licence's attribution. */
  source: text,
  measures: z.array(
    z.object({
      label: text,
      unit: z.enum(measureUnits),
      year: z.number().int().nullable(),
      council: z.number().finite().nullable(),
      councilNote: text.optional(),
      england: z.number().finite().nullable(),
      region: z.number().finite().nullable(),
      neighbours: z.number().finite().nullable(),
    }),
  ),
});

/** Published comparators for a report. */
export type ReportComparators = z.output<typeof reportComparatorsSchema>;
/** The published comparators of one indicator. */
export type IndicatorComparatorFigures = z.output<typeof indicatorComparatorsSchema>;

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
