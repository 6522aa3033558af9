import { useId } from 'react';
import './indicators.scss';
import {
  describeBarChart,
  layoutBarChart,
  type ChartBar,
  type ChartMark,
} from './bar-chart-layout';

// GOV.UK Frontend colours: text, secondary text, mid-grey border, blue and
// dark blue. Both blues are over 5:1 against white (WCAG 1.4.11 asks 3:1 of a bar).
const TEXT = '#0b0c0c';
const SECONDARY = '#505a5f';
const BORDER = '#b1b4b6';
const PROVIDER = '#1d70b8';
const COUNCIL = '#003078';

/**
 * A horizontal bar chart of percentages as inline SVG. It is one image to
 * assistive technology (role="img"), named by its title and described by a
 * text alternative that gives every figure, so nothing is in the picture
 * alone; the same figures are in the table on the page.
 */
export function BarChart({
  title,
  bars,
  marks = [],
}: {
  readonly title: string;
  readonly bars: readonly ChartBar[];
  /** Published figures to compare with (England, the region, the neighbours), as dashed lines. */
  readonly marks?: readonly ChartMark[];
}) {
  const id = useId();
  const layout = layoutBarChart(bars, marks);
  const chart = (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="app-bar-chart"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{describeBarChart(title, bars, marks)}</desc>
      {layout.ticks.map((tick) => (
        <g key={tick.label}>
          {/* Grid lines run through the bars only, clear of the labels above them. */}
          {layout.bars.map((bar, index) => (
            <line
              key={index}
              x1={tick.x}
              x2={tick.x}
              y1={bar.barY - 4}
              y2={bar.barY + layout.barHeight + 4}
              stroke={BORDER}
              strokeWidth={1}
            />
          ))}
          <line
            x1={tick.x}
            x2={tick.x}
            y1={layout.plotBottom}
            y2={layout.plotBottom + 6}
            stroke={TEXT}
            strokeWidth={1}
          />
          <text
            x={tick.x}
            y={layout.plotBottom + 22}
            fontSize={14}
            fill={SECONDARY}
            textAnchor="middle"
          >
            {tick.label}
          </text>
        </g>
      ))}
      {layout.bars.map((bar, index) => (
        <g key={index}>
          <text x={layout.left} y={bar.labelY} fontSize={16} fill={TEXT}>
            {bar.label}
          </text>
          {bar.value === null ? null : (
            <rect
              x={layout.left}
              y={bar.barY}
              width={bar.barWidth}
              height={layout.barHeight}
              fill={bar.council ? COUNCIL : PROVIDER}
            />
          )}
          <text
            x={bar.textX}
            y={bar.textY}
            fontSize={16}
            fill={bar.value === null ? SECONDARY : TEXT}
            fontWeight={bar.value === null ? 'normal' : 'bold'}
            // A white halo keeps the figure clear of the grid lines it crosses.
            stroke="#ffffff"
            strokeWidth={4}
            paintOrder="stroke"
          >
            {bar.text}
          </text>
        </g>
      ))}
      <line
        x1={layout.left}
        x2={layout.right}
        y1={layout.plotBottom}
        y2={layout.plotBottom}
        stroke={TEXT}
        strokeWidth={1}
      />
      {/* Each mark crosses the bars only, clear of their labels, as the grid lines do. */}
      {layout.marks.map((mark) =>
        layout.bars.map((bar, index) => (
          <line
            key={`${mark.label}-${index}`}
            x1={mark.x}
            x2={mark.x}
            y1={bar.barY - 6}
            y2={bar.barY + layout.barHeight + 6}
            stroke={TEXT}
            strokeWidth={2}
            strokeDasharray={mark.dash}
          />
        )),
      )}
    </svg>
  );
  if (layout.marks.length === 0) return chart;
  // The key is page text, not drawn: it wraps and reads as the page does.
  return (
    <>
      {chart}
      <ul className="govuk-list govuk-body-s app-bar-chart__key">
        {layout.marks.map((mark) => (
          <li key={mark.label}>
            <svg width="32" height="10" aria-hidden="true" focusable="false">
              <line
                x1="0"
                x2="32"
                y1="5"
                y2="5"
                stroke={TEXT}
                strokeWidth={2}
                strokeDasharray={mark.dash}
              />
            </svg>{' '}
            {mark.label}: {mark.text}
          </li>
        ))}
      </ul>
    </>
  );
}
