import { BUNDLED_DATASET_JSON } from './dataset';
import { isComparatorDataset } from './guard';
import type { ComparatorDataset } from './types';

let bundled: ComparatorDataset | undefined;

/**
 * The dataset bundled with the app, read on first use and kept. The one the
 * app and the command fall back to when no newer release has been loaded.
 */
export function bundledComparators(): ComparatorDataset {
  if (bundled === undefined) {
    const parsed: unknown = JSON.parse(BUNDLED_DATASET_JSON);
    if (!isComparatorDataset(parsed)) throw new Error('the bundled comparators dataset is damaged');
    bundled = parsed;
  }
  return bundled;
}
