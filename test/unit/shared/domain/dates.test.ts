import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoDateSchema, timestampSchema } from '../../../../shared/domain';

describe('calendar dates', () => {
  it('accepts real dates, including 29 February in leap years', () => {
    expect(isCalendarDate('2026-04-27')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('refuses dates that do not exist and other formats', () => {
    for (const text of [
      '2023-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-4-27',
      '27/04/2026',
      '2026-04-27T00:00:00Z',
      '',
    ]) {
      expect(isCalendarDate(text)).toBe(false);
    }
  });

  it('agrees with the JavaScript calendar for every day from 1900 to 2199 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const viaDate = new Date(Date.UTC(year, month - 1, day));
          const exists = viaDate.getUTCMonth() === month - 1 && viaDate.getUTCDate() === day;
          expect(isCalendarDate(text)).toBe(exists);
        },
      ),
    );
  });

  it('explains a bad date in the schema error', () => {
    const result = isoDateSchema.safeParse('2023-02-29');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/real calendar date written YYYY-MM-DD/);
  });

  it('accepts timestamps with a zone and refuses ones without', () => {
    expect(timestampSchema.safeParse('2026-04-28T09:15:00Z').success).toBe(true);
    expect(timestampSchema.safeParse('2026-04-28T10:15:00+01:00').success).toBe(true);
    expect(timestampSchema.safeParse('2026-04-28 09:15').success).toBe(false);
  });
});
