import { useDeferredValue, useMemo, useState } from 'react';
import type { Evidence } from '../../../../shared/domain';
import {
  anyEvidence,
  filterEvidence,
  indexEvidence,
  rememberingFold,
  type EvidenceFilter,
} from './evidence-search';

/** The list's filters and the items they let through. */
export type EvidenceSearch = {
  readonly filter: EvidenceFilter;
  readonly setFilter: (change: Partial<EvidenceFilter>) => void;
  readonly clear: () => void;
  /** The filter the shown matches answer (it lags `filter` while typing fast). */
  readonly applied: EvidenceFilter;
  readonly matches: readonly Evidence[];
};

/**
 * Filters and searches the evidence list. The text is folded once per change
 * of the list, not per keystroke, and the filtering runs on a deferred copy of
 * the filter so typing in the search box never waits for the list
 * (https://react.dev/reference/react/useDeferredValue).
 */
export function useEvidenceSearch(evidence: readonly Evidence[]): EvidenceSearch {
  const [fold] = useState(rememberingFold);
  const index = useMemo(() => indexEvidence(evidence, fold), [evidence, fold]);
  const [filter, setWhole] = useState<EvidenceFilter>(anyEvidence);
  const applied = useDeferredValue(filter);
  const matches = useMemo(() => filterEvidence(index, applied), [index, applied]);
  return {
    filter,
    setFilter: (change) => setWhole((current) => ({ ...current, ...change })),
    clear: () => setWhole(anyEvidence),
    applied,
    matches,
  };
}
