import { scaleLinear } from 'd3-scale';

/** One bar to draw: a source's figure, with the text written beside it. */
export type ChartBar = {
  readonly label: string;
  /** The percentage, or null when there is no figure (the text says why). */
  readonly value: number | null;
  /** `62.5% (25 / 40)` or `No data`. */
  readonly text: string;
  /** The council's own bar, drawn darker than the providers'. */
  readonly council: boolean;
};

/** A published figure to compare with, drawn as a dashed line across the bars. */
export type ChartMark = {
  /** `England`, the region's name, `Statistical neighbours`. */
  readonly label: string;
  readonly value: number;
  /** `10%`. */
  readonly text: string;
};

/** A mark placed on the chart, with its dash pattern. */
export type PlacedMark = ChartMark & { readonly x: number; readonly dash: string };

// Dash patterns told apart without colour (WCAG 2.2, 1.4.1 Use of Color, https://www.w3.org/TR/WCAG22/#use-of-color).
const DASHES = ['8 4', '2 3', '10 3 2 3'] as const;

/** A bar placed on the chart, in SVG user units. */
export type PlacedBar = ChartBar & {
  readonly labelY: number;
  readonly barY: number;
  readonly barWidth: number;
  readonly textX: number;
  readonly textY: number;
};

export type BarChartLayout = {
  readonly width: number;
  readonly height: number;
  /** Where the bars start and where 100% ends. */
  readonly left: number;
  readonly right: number;
  readonly barHeight: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly bars: readonly PlacedBar[];
  readonly marks: readonly PlacedMark[];
};

const WIDTH = 640;
/** Room right of 100% for the longest figure, `100% (99,999 / 99,999)` at 16px. */
const TEXT_ROOM = 200;
const LABEL_HEIGHT = 24;
const BAR_HEIGHT = 28;
const GAP = 16;
const AXIS = 32;
/** Quarters read more easily than d3's fifths on a percentage axis. */
const TICKS = [0, 25, 50, 75, 100] as const;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Lays out a horizontal bar chart of percentages. Each bar has its label on
 * its own line above it, so long provider names are never cut short. The
 * axis always runs 0–100%: a scale fitted to the data would make a gap of
 * two points look like a gulf.
 */
export function layoutBarChart(
  bars: readonly ChartBar[],
  marks: readonly ChartMark[] = [],
): BarChartLayout {
  // Room for half the `0%` tick label.
  const left = 16;
  const right = WIDTH - TEXT_ROOM;
  const x = scaleLinear().domain([0, 100]).range([left, right]).clamp(true);
  const step = LABEL_HEIGHT + BAR_HEIGHT + GAP;
  const plotTop = 0;
  const plotBottom = bars.length * step;
  const placed = bars.map((bar, index): PlacedBar => {
    const top = index * step;
    const barY = top + LABEL_HEIGHT;
    const barWidth = bar.value === null ? 0 : round(x(bar.value) - left);
    return {
      ...bar,
      labelY: top + 17,
      barY,
      barWidth,
      textX: round(left + barWidth + 8),
      textY: barY + 19,
    };
  });
  return {
    width: WIDTH,
    height: plotBottom + AXIS,
    left,
    right,
    barHeight: BAR_HEIGHT,
    plotTop,
    plotBottom,
    ticks: TICKS.map((tick) => ({ x: round(x(tick)), label: `${tick}%` })),
    bars: placed,
    marks: marks.slice(0, DASHES.length).map((mark, index) => ({
      ...mark,
      x: round(x(mark.value)),
      dash: DASHES[index] ?? DASHES[0],
    })),
  };
}

/** The chart in words, for its text alternative: every bar's label and figure. */
export function describeBarChart(
  title: string,
  bars: readonly ChartBar[],
  marks: readonly ChartMark[] = [],
): string {
  const lines = marks.map((mark) => `; dashed line: ${mark.label}, ${mark.text}`).join('');
  return `Bar chart of ${title}, as a percentage: ${bars
    .map((bar) => `${bar.label}, ${bar.text}`)
    .join('; ')}${lines}.`;
}
