import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ReportChart } from './types';

/** One bar: a source's value, or `null` when there were too few records. */
export type Bar = { readonly label: string; readonly value: number | null };

/** What {@link barChart} draws. */
export type BarChartInput = {
  readonly title: string;
  readonly bars: readonly Bar[];
  /** Formats a value for labels and the text alternative, e.g. `24%`. */
  readonly format: (value: number) => string;
  /** England's figure, drawn as a dashed reference line. */
  readonly national?: number;
  /**
   * Other published figures to compare with (the region, the statistical
   * neighbours' average), each drawn as a reference line with its own dash
   * pattern and named in a key under the axis.
   */
  readonly references?: readonly Reference[];
};

/** A published figure drawn as a reference line across the bars. */
export type Reference = { readonly label: string; readonly value: number };

// Dash patterns told apart without colour (WCAG 2.2, 1.4.1 Use of Color, https://www.w3.org/TR/WCAG22/#use-of-color).
const DASHES = ['4 3', '1 2', '6 2 1 2'] as const;
const KEY_STEP = 14;

const WIDTH = 480;
const LABEL_WIDTH = 170;
const RIGHT = 48;
const TOP = 8;
const BAR_STEP = 26;
const AXIS = 30;
// GOV.UK Frontend colours (GOV.UK Frontend, https://frontend.design-system.service.gov.uk/): text, secondary text, borders, blue.
const TEXT = '#0b0c0c';
const SECONDARY = '#505a5f';
const BORDER = '#b1b4b6';
const BLUE = '#1d70b8';

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function shorten(label: string, max = 30): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A horizontal bar chart as a standalone SVG string (d3-scale, https://d3js.org/d3-scale: d3-scale
 * for layout, plain SVG that pdfmake's svg-to-pdfkit draws and browsers show).
 * Labels are real text (extractable from the PDF). The text alternative lists
 * every value, so the chart adds nothing a screen-reader user misses.
 */
export function barChart(input: BarChartInput): ReportChart {
  const values = input.bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const references: Reference[] = [
    ...(input.national === undefined ? [] : [{ label: 'England', value: input.national }]),
    ...(input.references ?? []),
  ].slice(0, DASHES.length);
  const max = Math.max(1, ...references.map((r) => r.value), ...values);
  const keyHeight = references.length > 1 ? references.length * KEY_STEP : 0;
  const height = TOP + input.bars.length * BAR_STEP + AXIS + keyHeight;
  const x = scaleLinear()
    .domain([0, max])
    .nice(5)
    .range([LABEL_WIDTH, WIDTH - RIGHT]);
  const y = scaleBand<number>()
    .domain(input.bars.map((_, index) => index))
    .range([TOP, TOP + input.bars.length * BAR_STEP])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const bottom = TOP + input.bars.length * BAR_STEP;
  const parts: string[] = [];
  for (const tick of x.ticks(5)) {
    const at = round(x(tick));
    parts.push(
      `<line x1="${at}" y1="${TOP}" x2="${at}" y2="${bottom}" stroke="${BORDER}" stroke-width="0.5"/>`,
      `<text x="${at}" y="${bottom + 14}" font-size="9" fill="${SECONDARY}" text-anchor="middle">${escapeXml(input.format(tick))}</text>`,
    );
  }
  input.bars.forEach((bar, index) => {
    const top = y(index) ?? TOP;
    const middle = round(top + y.bandwidth() / 2 + 3.5);
    parts.push(
      `<text x="${LABEL_WIDTH - 6}" y="${middle}" font-size="10" fill="${TEXT}" text-anchor="end">${escapeXml(shorten(bar.label))}</text>`,
    );
    if (bar.value === null) {
      parts.push(
        `<text x="${LABEL_WIDTH + 4}" y="${middle}" font-size="9" fill="${SECONDARY}">too few records</text>`,
      );
      return;
    }
    const end = round(x(Math.max(0, bar.value)));
    parts.push(
      `<rect x="${LABEL_WIDTH}" y="${round(top)}" width="${round(end - LABEL_WIDTH)}" height="${round(y.bandwidth())}" fill="${BLUE}"/>`,
      `<text x="${end + 4}" y="${middle}" font-size="9" fill="${TEXT}">${escapeXml(input.format(bar.value))}</text>`,
    );
  });
  parts.push(
    `<line x1="${LABEL_WIDTH}" y1="${TOP}" x2="${LABEL_WIDTH}" y2="${bottom}" stroke="${TEXT}" stroke-width="1"/>`,
  );
  references.forEach((reference, index) => {
    const at = round(x(reference.value));
    const path = line()([
      [at, TOP - 4],
      [at, bottom],
    ]);
    const dash = DASHES[index] ?? DASHES[0];
    parts.push(
      `<path d="${path ?? ''}" stroke="${TEXT}" stroke-width="1.5" stroke-dasharray="${dash}" fill="none"/>`,
    );
    const text = `${escapeXml(reference.label)} ${escapeXml(input.format(reference.value))}`;
    if (references.length === 1) {
      parts.push(
        `<text x="${at}" y="${bottom + 26}" font-size="9" fill="${TEXT}" text-anchor="middle">${text}</text>`,
      );
      return;
    }
    // Several lines: a key under the axis, each entry with its line's dash pattern.
    const keyY = bottom + AXIS + index * KEY_STEP;
    parts.push(
      `<path d="M${LABEL_WIDTH} ${keyY - 3}H${LABEL_WIDTH + 24}" stroke="${TEXT}" stroke-width="1.5" stroke-dasharray="${dash}" fill="none"/>`,
      `<text x="${LABEL_WIDTH + 30}" y="${keyY}" font-size="9" fill="${TEXT}">${text}</text>`,
    );
  });
  const description = `Bar chart of ${input.title}: ${input.bars
    .map(
      (bar) => `${bar.label} ${bar.value === null ? 'too few records' : input.format(bar.value)}`,
    )
    .join('; ')}${references.map((r) => `; ${r.label} ${input.format(r.value)}`).join('')}.`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Roboto, Arial, sans-serif">`,
    `<title>${escapeXml(input.title)}</title>`,
    ...parts,
    '</svg>',
  ].join('');
  return { title: input.title, description, svg, width: WIDTH };
}
