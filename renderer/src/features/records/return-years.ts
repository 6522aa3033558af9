import type { CollectionYear } from '../../../../shared/records/ssda903';
import type { ImportRecord } from '../../db/schema';

/** One owner's stored SSDA903 return and the year its files were checked under. */
export type StoredReturn = {
  readonly owner: string;
  readonly period: 'current' | 'previous';
  readonly year?: CollectionYear;
  /** Given (by a person, at import or later) or detected (from the episodes). */
  readonly source: 'given' | 'detected';
};

/** Each owner's 903 returns among the imports, this year's before last year's, in import order. */
export function returnsOf(imports: readonly ImportRecord[]): StoredReturn[] {
  const found = new Map<string, StoredReturn>();
  for (const record of imports) {
    if (!record.kind.startsWith('ssda903')) continue;
    const period = record.period === 'previous' ? 'previous' : 'current';
    const key = `${period}:${record.owner}`;
    if (found.has(key)) continue;
    found.set(key, {
      owner: record.owner,
      period,
      ...(record.year === undefined ? {} : { year: record.year }),
      source: record.yearSource === 'given' ? 'given' : 'detected',
    });
  }
  return [...found.values()].sort(
    (a, b) => (a.period === 'current' ? 0 : 1) - (b.period === 'current' ? 0 : 1),
  );
}
