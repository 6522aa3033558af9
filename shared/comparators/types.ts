import { z } from 'zod';

/**
 * The comparators dataset: the DfE's published figures for England, each
 * region and each local authority, by measure and year, plus each
 * authority's statistical neighbours. Built from the DfE files by build.ts;
 * the bundled copy is generated into dataset.ts, an update is stored by the
 * command or the app. Compact by design: one array of figures per area and
 * measure, aligned with the measure's years.
 */

/**
 * One published figure: a number, the DfE symbol printed in its place (`c`,
 * `x`, `z`, `u`, `k`, `low`, `..`: not published, see symbols.ts), or null
 * when the file has no row for the area that year.
 */
const cellSchema = z.union([z.number(), z.string(), z.null()]);

const regionSchema = z.strictObject({ code: z.string(), name: z.string() });

const laSchema = z.strictObject({
  /** The DfE three-digit LA number, as the inspection records it. */
  code: z.string(),
  /** The ONS codes the LA has had in the files, newest first. */
  newCodes: z.array(z.string()),
  /** The DfE name (latest year). */
  name: z.string(),
  /** The code of its region as DfE's LA rows give it (London split into Inner and Outer). */
  region: z.string().nullable(),
});

const neighboursSchema = z.strictObject({
  /** Which published grouping: the 2025 model, or April 2021 for an LA the 2025 model lacks. */
  model: z.enum(['2025', '2021']),
  /** The ten neighbours' LA numbers, nearest first. */
  codes: z.array(z.string()),
  /** The published closeness band of each, same order. */
  closeness: z.array(z.string()),
});

const measureSchema = z.strictObject({
  id: z.string(),
  /** The file (its name in the release) the figures are from. */
  file: z.string(),
  years: z.array(z.number().int()),
  /** Figures by area: `E92000001` England, a region code, or an LA number (or a combined row's, `940 / 941`). */
  values: z.record(z.string(), z.array(cellSchema)),
});

const sourceSchema = z.strictObject({
  file: z.string(),
  publication: z.string(),
  url: z.string(),
  /** The first and last year the file covers; null for a neighbour table. */
  years: z.tuple([z.number().int(), z.number().int()]).nullable(),
  rows: z.number().int().nonnegative(),
});

/** The dataset's schema: checked when a stored dataset is read back. */
export const comparatorDatasetSchema = z.strictObject({
  format: z.literal(1),
  /** The latest year and a digest of the source files, e.g. `2025-1a2b3c4d`. */
  version: z.string(),
  licence: z.string(),
  attribution: z.string(),
  regions: z.array(regionSchema),
  las: z.array(laSchema),
  neighbours: z.record(z.string(), neighboursSchema),
  sources: z.array(sourceSchema),
  measures: z.array(measureSchema),
});

/** The comparators dataset. */
export type ComparatorDataset = z.output<typeof comparatorDatasetSchema>;
/** One cell of a measure. */
export type Cell = z.output<typeof cellSchema>;
/** A local authority in the dataset. */
export type DatasetLa = z.output<typeof laSchema>;
/** One measure's figures. */
export type DatasetMeasure = z.output<typeof measureSchema>;
/** One source file of the dataset. */
export type DatasetSource = z.output<typeof sourceSchema>;
/** An LA's statistical neighbours. */
export type DatasetNeighbours = z.output<typeof neighboursSchema>;

/** A file handed to the build: its name and text. */
export type ComparatorFile = { readonly name: string; readonly text: string };

/** Why a file was refused: the file, the column (where one is at fault), and what is wrong. */
export type ComparatorFileProblem = {
  readonly file: string;
  readonly column?: string;
  readonly message: string;
};

/** England's code in the DfE files. */
export const ENGLAND = 'E92000001';

/** The licence and attribution the Open Government Licence asks re-users to give. */
export const LICENCE = {
  licence:
    'Open Government Licence v3.0, https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0. Source: Department for Education.',
} as const;
