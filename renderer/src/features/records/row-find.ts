import { childIdOfRow } from '../../../../shared/records/problem-place';
import { rowNumberOf } from './row-view';

/**
 * The rows a search names, as 0-based indexes into the stored rows: a whole
 * number is a row number as the file numbers it (the Row column); anything
 * else is a child's id, matched whole whatever its case.
 */
export function findRows(rows: readonly unknown[], query: string): readonly number[] {
  const wanted = query.trim();
  if (wanted === '') return [];
  const found: number[] = [];
  if (/^\d[\d,]*$/.test(wanted)) {
    const number = Number(wanted.replaceAll(',', ''));
    rows.forEach((row, index) => {
      if (rowNumberOf(row) === number) found.push(index);
    });
    if (found.length > 0) return found;
  }
  const child = wanted.toLowerCase();
  rows.forEach((row, index) => {
    if (childIdOfRow(row)?.toLowerCase() === child) found.push(index);
  });
  return found;
}

/** The next match after `current` (wrapping round), so finding again steps through a child's rows. */
export function nextMatch(
  matches: readonly number[],
  current: number | undefined,
): number | undefined {
  if (matches.length === 0) return undefined;
  if (current === undefined) return matches[0];
  return matches.find((index) => index > current) ?? matches[0];
}
