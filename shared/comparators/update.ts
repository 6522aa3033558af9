import { z } from 'zod';
import { buildComparators } from './build';
import {
  comparatorDatasetSchema,
  type ComparatorDataset,
  type ComparatorFile,
  type ComparatorFileProblem,
} from './types';

/** The record of one update: when, by whom, the version made and the files it read. */
const loadSchema = z.strictObject({
  at: z.string(),
  by: z.string(),
  version: z.string(),
  files: z.array(
    z.strictObject({
      name: z.string(),
      years: z.tuple([z.number().int(), z.number().int()]).nullable(),
      rows: z.number().int().nonnegative(),
    }),
  ),
});

/**
 * What the command and the app store for a newer DfE release: the dataset
 * built from it, and every update applied, oldest first. Checked with the
 * full schema when read back, so a damaged store is noticed, not used.
 */
export const comparatorsStoreSchema = z.strictObject({
  dataset: comparatorDatasetSchema,
  loads: z.array(loadSchema),
});

/** The stored update. */
export type ComparatorsStore = z.output<typeof comparatorsStoreSchema>;
/** The record of one update. */
export type ComparatorsLoad = z.output<typeof loadSchema>;

/** An update applied, or refused with every problem (and nothing to store). */
export type UpdateResult =
  | { readonly ok: true; readonly store: ComparatorsStore; readonly load: ComparatorsLoad }
  | { readonly ok: false; readonly problems: readonly ComparatorFileProblem[] };

/**
 * Reads a newer DfE release into the store: `files` replace the same kind of
 * file in the dataset in force (`stored`, else `bundled`), with a record of
 * what was loaded. Pure; the caller writes the new store only when `ok`.
 */
export function applyComparatorUpdate(
  files: readonly ComparatorFile[],
  stored: ComparatorsStore | undefined,
  bundled: ComparatorDataset,
  by: string,
  at: string,
): UpdateResult {
  const result = buildComparators(files, stored?.dataset ?? bundled);
  if (!result.ok) return result;
  const load: ComparatorsLoad = {
    at,
    by,
    version: result.dataset.version,
    files: result.dataset.sources
      .filter((s) => files.some((f) => f.name.split(/[\\/]/).pop() === s.file))
      .map((s) => ({ name: s.file, years: s.years, rows: s.rows })),
  };
  return {
    ok: true,
    store: { dataset: result.dataset, loads: [...(stored?.loads ?? []), load] },
    load,
  };
}
