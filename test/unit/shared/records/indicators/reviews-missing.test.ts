import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../../../shared/records/indicators';
import { away, council, episode, find, ratio, review } from './builders';

const options = { year: 2017 }; // 01/04/2017 – 31/03/2018

describe('reviews on time (Care Planning Regulations 2010, reg. 33)', () => {
  const episodes = [
    episode('R1', '03/07/2017', '', { rne: 'S' }), // Monday: first review due by 31/07/2017
    episode('R2', '03/07/2017', '', { rne: 'S' }),
    episode('R3', '01/01/2016', '', { rne: 'S' }),
    episode('R4', '01/01/2016', '', { rne: 'S' }),
    episode('R5', '01/03/2018', '20/03/2018', { rne: 'S' }), // left before its first review was due (29/03/2018)
    episode('R6', '01/01/2016', '', { rne: 'S' }),
  ];
  const reviews = [
    // R1: 31/07 (20 working days), 31/10 (3 months), 30/03/2018 (within 6 months) → on time.
    review('R1', '31/07/2017'),
    review('R1', '31/10/2017'),
    review('R1', '30/03/2018'),
    // R2: first review a day late.
    review('R2', '01/08/2017'),
    // R3: no review before the year on record → first due by 30/09/2017 (met 15/05),
    // next by 15/11/2017, held 10/12/2017 → late.
    review('R3', '15/05/2017'),
    review('R3', '10/12/2017'),
    // R4: 15/03/2017 is not its first review (over 6 months into care), so the next was due
    // within 6 months: 10/09/2017, then 05/03/2018 → on time.
    review('R4', '15/03/2017'),
    review('R4', '10/09/2017'),
    review('R4', '05/03/2018'),
    // R6: no review at all → the one due by 30/09/2017 was missed.
  ];
  const report = computeIndicators([council({ Episodes: episodes, Reviews: reviews })], options);

  it('counts children with a review due in the year, and those with every one on time', () => {
    // Due: R1, R2, R3, R4, R6. On time: R1, R4.
    expect(ratio(report, 'reviews-on-time')).toEqual([2, 5]);
    expect(find(report, 'reviews-on-time').value).toBe(40);
  });

  it('is not available without the Reviews table', () => {
    const without = computeIndicators([council({ Episodes: episodes })], options);
    expect(find(without, 'reviews-on-time').reason).toMatch(/Reviews/);
  });
});

describe('missing and absent episodes', () => {
  const episodes = [
    episode('M1', '01/01/2016', '', { rne: 'S' }),
    episode('M2', '01/01/2016', '', { rne: 'S' }),
    episode('M3', '01/01/2016', '', { rne: 'S' }),
    episode('M4', '01/01/2015', '01/06/2016', { rne: 'S' }), // not looked after in the year
  ];
  const missing = [
    away('M1', 'M', '10/06/2017'),
    away('M1', 'M', '12/07/2017'),
    away('M2', 'A', '01/05/2017'),
    away('M3', 'M', '15/03/2017'), // before the year
    away('M4', 'M', '01/05/2017'), // not in care then
  ];
  const report = computeIndicators([council({ Episodes: episodes, Missing: missing })], options);

  it('counts children looked after in the year who went missing (M) or were absent (A)', () => {
    expect(ratio(report, 'missing-children')).toEqual([1, 3]);
    expect(find(report, 'missing-children').value).toBe(33.3);
    expect(ratio(report, 'absent-children')).toEqual([1, 3]);
  });
});
