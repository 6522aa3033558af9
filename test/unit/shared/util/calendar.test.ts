import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  daysInMonth,
  isoFromDay,
  isoFromParts,
  isRealDay,
} from '../../../../shared/util/calendar';

// The reference is the platform's own Gregorian calendar (Date in UTC), which the
// helpers must agree with while never constructing a Date themselves.
const MS_PER_DAY = 86_400_000;

describe('calendar', () => {
  it('agrees with Date on month lengths, leap years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
    );
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2)]).toEqual([
      29, 28, 28,
    ]);
    expect(daysInMonth(2026, 13)).toBe(0);
  });

  it('turns dates into day numbers and back, as Date counts them', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1800-01-01'), max: new Date('2200-12-31') }), (date) => {
        if (Number.isNaN(date.getTime())) return;
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-').map(Number);
        const day = dayNumber(y ?? 0, m ?? 0, d ?? 0);
        expect(day).toBe(Math.floor(date.getTime() / MS_PER_DAY));
        expect(isoFromDay(day)).toBe(iso);
      }),
    );
  });

  it('refuses days that do not exist', () => {
    expect(isRealDay(2023, 2, 29)).toBe(false);
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2026, 4, 31)).toBe(false);
    expect(isRealDay(2026, 4, 0)).toBe(false);
    expect(isoFromParts(2026, 4, 30)).toBe('2026-04-30');
    expect(isoFromParts(2026, 4, 31)).toBeUndefined();
    expect(isoFromParts(25, 1, 1)).toBeUndefined();
  });
});
