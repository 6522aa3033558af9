/**
 * The slice of a long list to render: the rows in the viewport plus a few
 * either side (overscan), so a list of 10,000+ rows keeps only a few dozen in
 * the DOM and scrolling stays smooth. Rows have one fixed height, which is
 * what makes the window a matter of arithmetic rather than measurement.
 */
export type WindowInput = {
  /** How far the list is scrolled, in px from its first row. */
  readonly scrollTop: number;
  /** The visible height of the scrolling area, in px. */
  readonly viewportHeight: number;
  /** Every row's height, in px (> 0). */
  readonly rowHeight: number;
  readonly count: number;
  /** Rows rendered beyond each edge of the viewport. */
  readonly overscan: number;
};

/** Rows `start` (inclusive) to `end` (exclusive), and the space standing in for the rest. */
export type RowWindow = {
  readonly start: number;
  readonly end: number;
  /** Height of the rows before the window, in px. */
  readonly before: number;
  /** Height of the rows after the window, in px. */
  readonly after: number;
};

/** The rows to render for a scroll position; clamps a scroll past either end. */
export function rowWindow(input: WindowInput): RowWindow {
  const { rowHeight, count, overscan } = input;
  const top = Math.max(0, Math.min(input.scrollTop, count * rowHeight));
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, input.viewportHeight)) / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(last + overscan, start));
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}
