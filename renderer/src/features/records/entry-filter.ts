import type { Severity } from '../../../../shared/records/problem';
import type { RouteQuery } from '../../app/router';
import type { ProblemEntry } from '../../db/problems-repository';

/** What the problems across files are narrowed to; `''` means "any". Kept in the address. */
export type EntryFilter = {
  readonly owner: string;
  readonly severity: Severity | '';
  readonly rule: string;
  /** A DfE validation rule's code (`1000`): the problems the DfE's own checks raise under it. */
  readonly dfe: string;
  /** A child's id, matched whole (case and surrounding spaces aside). */
  readonly child: string;
};

const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** The filter an address holds (`?owner=council&severity=error&rule=…&dfe=1000&child=…`). */
export function filterFromQuery(query: RouteQuery | undefined): EntryFilter {
  const severity = severities.find((s) => s === query?.['severity']) ?? '';
  return {
    owner: query?.['owner'] ?? '',
    severity,
    rule: query?.['rule'] ?? '',
    dfe: query?.['dfe'] ?? '',
    child: query?.['child'] ?? '',
  };
}

/** The address query for a filter; parts that mean "any" are left out. */
export function queryFromFilter(filter: EntryFilter): RouteQuery {
  const query: Record<string, string> = {};
  for (const key of ['owner', 'severity', 'rule', 'dfe', 'child'] as const) {
    if (filter[key] !== '') query[key] = filter[key];
  }
  return query;
}

/** The entries that pass every part of the filter, in their order. */
export function filterEntries(
  entries: readonly ProblemEntry[],
  filter: EntryFilter,
): readonly ProblemEntry[] {
  const child = filter.child.trim().toLowerCase();
  if (
    filter.owner === '' &&
    filter.severity === '' &&
    filter.rule === '' &&
    filter.dfe === '' &&
    child === ''
  )
    return entries;
  return entries.filter(
    (entry) =>
      (filter.owner === '' || entry.owner === filter.owner) &&
      (filter.severity === '' || entry.problem.severity === filter.severity) &&
      (filter.rule === '' || entry.problem.rule === filter.rule) &&
      (filter.dfe === '' || entry.problem.dfeCode === filter.dfe) &&
      (child === '' || entry.childId?.toLowerCase() === child),
  );
}

/** Each value of one part of the entries with how many entries have it, in first-seen order. */
export function countsBy(
  entries: readonly ProblemEntry[],
  key: (entry: ProblemEntry) => string,
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const value = key(entry);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
