import { describe, expect, it } from 'vitest';
import {
  describeBarChart,
  layoutBarChart,
  type ChartBar,
} from '../../../../../renderer/src/features/indicators/bar-chart-layout';

const bars: ChartBar[] = [
  { label: 'Wessex (council, all records)', value: 50, text: '50% (10 / 20)', council: true },
  { label: 'Trust', value: 100, text: '100% (4 / 4)', council: false },
  { label: 'Practice', value: null, text: 'No data', council: false },
  { label: 'Small', value: 0, text: '0% (0 / 9)', council: false },
];

describe('layoutBarChart', () => {
  const layout = layoutBarChart(bars);
  const span = layout.right - layout.left;

  it('draws each bar in proportion on a 0–100% axis, whatever the data', () => {
    expect(layout.bars.map((b) => b.barWidth)).toEqual([span / 2, span, 0, 0]);
    expect(layout.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(layout.ticks[0]?.x).toBe(layout.left);
    expect(layout.ticks.at(-1)?.x).toBe(layout.right);
  });

  it('keeps the figure text just right of its bar, within the chart', () => {
    for (const bar of layout.bars) {
      expect(bar.textX).toBeGreaterThan(layout.left + bar.barWidth);
      expect(bar.textX).toBeLessThan(layout.width);
    }
  });

  it('stacks the bars without overlap, each label above its bar, and sizes the chart to fit', () => {
    for (const bar of layout.bars) expect(bar.labelY).toBeLessThan(bar.barY);
    for (const [index, next] of layout.bars.slice(1).entries()) {
      const bar = layout.bars[index];
      expect((bar?.barY ?? Infinity) + layout.barHeight).toBeLessThan(next.labelY - 12);
    }
    const last = layout.bars.at(-1);
    expect(layout.height).toBeGreaterThan((last?.barY ?? 0) + layout.barHeight);
    expect(layoutBarChart(bars.slice(0, 2)).height).toBeLessThan(layout.height);
  });

  it('clamps a value outside 0–100 to the axis', () => {
    const [wide] = layoutBarChart([{ label: 'x', value: 140, text: '', council: false }]).bars;
    expect(wide?.barWidth).toBe(span);
  });
});

describe('describeBarChart', () => {
  it('gives every bar’s label and figure, so the picture holds nothing the text lacks', () => {
    const text = describeBarChart('Care leavers in touch', bars);
    expect(text).toBe(
      'Bar chart of Care leavers in touch, as a percentage: Wessex (council, all records), 50% (10 / 20); Trust, 100% (4 / 4); Practice, No data; Small, 0% (0 / 9).',
    );
  });
});
