import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../../../renderer/src/features/records/virtual-window';

describe('rowWindow', () => {
  it('renders the visible rows plus overscan at the top, middle and end of 10,000 rows', () => {
    const base = { viewportHeight: 480, rowHeight: 48, count: 10_000, overscan: 5 };
    expect(rowWindow({ ...base, scrollTop: 0 })).toEqual({
      start: 0,
      end: 15,
      before: 0,
      after: (10_000 - 15) * 48,
    });
    // Row 1,000 at the top: rows 1,000–1,009 visible, five more either side.
    expect(rowWindow({ ...base, scrollTop: 48_000 })).toMatchObject({ start: 995, end: 1015 });
    const end = rowWindow({ ...base, scrollTop: 10_000 * 48 - 480 });
    expect(end).toMatchObject({ start: 9985, end: 10_000, after: 0 });
  });

  it('clamps a scroll past either end and handles an empty list', () => {
    const base = { viewportHeight: 300, rowHeight: 30, count: 50, overscan: 2 };
    expect(rowWindow({ ...base, scrollTop: -200 })).toMatchObject({ start: 0, end: 12 });
    expect(rowWindow({ ...base, scrollTop: 99_999 })).toMatchObject({ start: 48, end: 50 });
    expect(rowWindow({ ...base, count: 0, scrollTop: 0 })).toEqual({
      start: 0,
      end: 0,
      before: 0,
      after: 0,
    });
  });

  it('always covers the viewport, stays small and accounts for every row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (count, rowHeight, viewportHeight, overscan, at) => {
          const scrollTop = Math.floor(at * Math.max(0, count * rowHeight - viewportHeight));
          const w = rowWindow({ scrollTop, viewportHeight, rowHeight, count, overscan });
          expect(w.before + (w.end - w.start) * rowHeight + w.after).toBe(count * rowHeight);
          const firstVisible = Math.floor(scrollTop / rowHeight);
          const lastVisible = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight));
          expect(w.start).toBeLessThanOrEqual(Math.min(firstVisible, count - 1));
          expect(w.end).toBeGreaterThanOrEqual(lastVisible);
          expect(w.end - w.start).toBeLessThanOrEqual(
            Math.ceil(viewportHeight / rowHeight) + 1 + 2 * overscan,
          );
        },
      ),
    );
  });
});
