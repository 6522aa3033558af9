/** A page number to link, or a gap shown as an ellipsis. */
export type PageItem = number | 'gap';

/**
 * The page numbers GOV.UK pagination shows for `pages` pages around
 * `current`: the first, the last, the current one and its neighbours, with a
 * gap for each run left out
 * (https://design-system.service.gov.uk/components/pagination/: "show page
 * numbers for the current page, at least one page either side, the first and
 * last pages", with ellipses between).
 */
export function pageNumbers(current: number, pages: number): PageItem[] {
  const wanted = new Set([1, pages, current - 1, current, current + 1]);
  const items: PageItem[] = [];
  let previous = 0;
  for (let page = 1; page <= pages; page += 1) {
    if (!wanted.has(page)) continue;
    if (page - previous > 1) items.push('gap');
    items.push(page);
    previous = page;
  }
  return items;
}
