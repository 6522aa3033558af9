import { describe, expect, it } from 'vitest';
import {
  formatFigure,
  formatPercent,
  keepCountsTogether,
  noDataReason,
  type Figure,
} from '../../../../../renderer/src/features/indicators/format-value';

const figure = (value: number | null, numerator: number | null, denominator: number | null) =>
  ({ value, numerator, denominator, available: true, unit: 'percent' }) satisfies Figure;

describe('formatFigure', () => {
  it('writes the percentage with its numerator and denominator', () => {
    expect(formatFigure(figure(62.5, 25, 40))).toBe('62.5% (25 / 40)');
  });

  it('writes whole percentages without a decimal point and groups thousands', () => {
    expect(formatFigure(figure(12, 5370, 44842))).toBe('12% (5,370 / 44,842)');
    expect(formatFigure(figure(0, 0, 301))).toBe('0% (0 / 301)');
    expect(formatFigure(figure(100, 7, 7))).toBe('100% (7 / 7)');
  });

  it('says No data, never NaN, where there is no child to count', () => {
    expect(formatFigure(figure(null, 0, 0))).toBe('No data');
    // Even if a value slipped through with a zero denominator.
    expect(formatFigure(figure(Number.NaN, 0, 0))).toBe('No data');
  });

  it('writes a count as the number itself, with no denominator', () => {
    const count: Figure = {
      value: 1234,
      numerator: 1234,
      denominator: null,
      available: true,
      unit: 'count',
    };
    expect(formatFigure(count)).toBe('1,234');
    expect(formatFigure({ ...count, value: 0, numerator: 0 })).toBe('0');
    expect(noDataReason(count)).toBeUndefined();
  });

  it('says No data where the records were not imported, or there is no result', () => {
    expect(formatFigure({ ...figure(null, null, null), available: false })).toBe('No data');
    expect(formatFigure(undefined)).toBe('No data');
  });
});

describe('noDataReason', () => {
  it('gives no reason for a figure with a value', () => {
    expect(noDataReason(figure(50, 1, 2))).toBeUndefined();
  });

  it('tells records not imported from no child to count', () => {
    expect(noDataReason({ ...figure(null, null, null), available: false })).toBe(
      'Records not imported',
    );
    expect(noDataReason(undefined)).toBe('Records not imported');
    expect(noDataReason(figure(null, 0, 0))).toBe('No children to count');
  });
});

describe('formatPercent', () => {
  it('keeps the engine’s one decimal place', () => {
    expect(formatPercent(10.3)).toBe('10.3%');
    expect(formatPercent(33.3)).toBe('33.3%');
  });
});

describe('keepCountsTogether', () => {
  it('joins the counts with no-break spaces, leaving the break after the percentage', () => {
    expect(keepCountsTogether('62.5% (25 / 40)')).toBe('62.5% (25\u00a0/\u00a040)');
    expect(keepCountsTogether('No data')).toBe('No data');
  });
});
