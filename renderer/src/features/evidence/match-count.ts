const n = (value: number) => value.toLocaleString('en-GB');

/** What the list's live count says: how many items match out of how many. */
export function matchCount(matching: number, total: number, filtered: boolean): string {
  const items = (value: number) => `${n(value)} evidence ${value === 1 ? 'item' : 'items'}`;
  if (total === 0) return 'No evidence recorded yet.';
  if (!filtered) return `${items(total)}.`;
  if (matching === 0)
    return `No evidence matches, out of ${items(total)}. Try fewer words or clear the filters.`;
  return `${n(matching)} of ${items(total)} ${matching === 1 ? 'matches' : 'match'}.`;
}
