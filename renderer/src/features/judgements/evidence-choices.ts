import {
  evidenceForArea,
  type AreaId,
  type Evidence,
  type Workbook,
} from '../../../../shared/domain';

/**
 * The evidence an area's grade may link: the items bearing on the area (all
 * evidence for overall effectiveness, see `evidenceForArea`), followed by any
 * item already linked that no longer bears on it, so saving never drops a link
 * silently.
 */
export function evidenceChoices(
  workbook: Workbook,
  area: AreaId,
  linkedIds: readonly string[],
): Evidence[] {
  const bearing = evidenceForArea(workbook, area);
  const shown = new Set(bearing.map((item) => item.id));
  const linked = new Set(linkedIds);
  const strays = workbook.evidence.filter((item) => linked.has(item.id) && !shown.has(item.id));
  return [...bearing, ...strays];
}

/**
 * The items whose text, source name, kind, finding or date contains every
 * word of `query` (case-insensitive). A blank query keeps everything.
 */
export function filterEvidence(
  items: readonly Evidence[],
  query: string,
  sourceName: (source: string) => string,
): readonly Evidence[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return items;
  return items.filter((item) => {
    const haystack = [item.text, sourceName(item.source), item.kind, item.finding, item.relatesTo]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** One page of a list. */
export type Page<T> = {
  readonly items: readonly T[];
  /** 1-based page number, clamped into range. */
  readonly page: number;
  readonly pages: number;
  /** 1-based positions of the first and last item shown (0 and 0 when empty). */
  readonly from: number;
  readonly to: number;
};

/**
 * Page `page` (1-based) of `items`, `size` per page. Out-of-range pages are
 * clamped, so a filter that shrinks the list never leaves an empty page.
 */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const start = (current - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    page: current,
    pages,
    from: slice.length === 0 ? 0 : start + 1,
    to: start + slice.length,
  };
}
