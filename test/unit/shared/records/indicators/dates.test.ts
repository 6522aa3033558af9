import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addWorkingDays,
  ageOn,
  civil,
  dayOf,
  isoOf,
  parseDay,
} from '../../../../../shared/records/indicators/dates';

const epochDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const month = (from: string, months: number) => isoOf(addMonths(epochDay(from), months));
const slowly = (from: number, count: number): number => {
  let day = from;
  for (let left = count; left > 0;) {
    day += 1;
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day;
};

describe('indicator dates', () => {
  it('reads dd/mm/yyyy and YYYY-MM-DD as the same day, and refuses what is not a day', () => {
    expect(parseDay('31/03/2018')).toBe(epochDay('2018-03-31'));
    expect(parseDay('2018-03-31')).toBe(epochDay('2018-03-31'));
    expect(parseDay('2018-03-31T00:00:00')).toBe(epochDay('2018-03-31'));
    expect(parseDay(' 31/03/2018 ')).toBe(epochDay('2018-03-31'));
    expect(parseDay('29/02/2016')).toBe(epochDay('2016-02-29'));
    for (const bad of [
      '29/02/2017',
      '31/04/2018',
      '00/01/2018',
      '1/3/2018',
      '2018/03/31',
      '',
      'soon',
    ]) {
      expect(parseDay(bad)).toBeUndefined();
    }
    expect(parseDay('15/06/1850')).toBe(epochDay('1850-06-15')); // outside the fast table
  });

  it('adds calendar months, keeping to the last day of a shorter month', () => {
    expect(month('2017-08-31', 6)).toBe('2018-02-28');
    expect(month('2015-08-31', 6)).toBe('2016-02-29');
    expect(month('2018-03-31', -30)).toBe('2015-09-30');
    expect(month('2018-04-01', -30)).toBe('2015-10-01');
    expect(month('2017-10-31', 6)).toBe('2018-04-30');
  });

  it('counts whole years of age, a 29 February birthday falling on 1 March', () => {
    expect(ageOn(epochDay('2002-03-31'), epochDay('2018-03-31'))).toBe(16);
    expect(ageOn(epochDay('2002-04-01'), epochDay('2018-03-31'))).toBe(15);
    expect(ageOn(epochDay('2004-02-29'), epochDay('2021-02-28'))).toBe(16);
    expect(ageOn(epochDay('2004-02-29'), epochDay('2021-03-01'))).toBe(17);
  });

  it('counts working days Monday to Friday', () => {
    // Monday 03/07/2017 + 20 → Monday 31/07; Saturday 01/07 + 20 → Friday 28/07; + 3 from Friday → Wednesday.
    expect(isoOf(addWorkingDays(epochDay('2017-07-03'), 20))).toBe('2017-07-31');
    expect(isoOf(addWorkingDays(epochDay('2017-07-01'), 20))).toBe('2017-07-28');
    expect(isoOf(addWorkingDays(epochDay('2017-07-02'), 20))).toBe('2017-07-28');
    expect(isoOf(addWorkingDays(epochDay('2017-07-07'), 3))).toBe('2017-07-12');
  });

  it('agrees with the JavaScript calendar for every day from 1800 to 2300', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay('1800-01-01'), max: epochDay('2300-12-31') }),
        (day) => {
          const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
          expect(isoOf(day)).toBe(iso);
          const [year, monthOfYear, date] = civil(day);
          expect(dayOf(year, monthOfYear, date)).toBe(day);
          expect(parseDay(iso)).toBe(day);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes whole weeks of working days the same way as one day at a time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 30 }),
        (from, count) => {
          expect(addWorkingDays(from, count)).toBe(slowly(from, count));
        },
      ),
      { numRuns: 500 },
    );
  });
});
