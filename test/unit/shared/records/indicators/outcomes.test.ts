import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../../../shared/records/indicators';
import { council, episode, find, header, oc2, oc3, ratio, worker } from './builders';

const options = { year: 2017 }; // 01/04/2017 – 31/03/2018

describe('care leavers in EET under the 2024 codes', () => {
  it('counts F4/F5 and P4/P5 (2024 spec) as education, employment or training, and G codes as not', () => {
    const leavers = [
      oc3('A', 'YES', 'F4', 'B1'),
      oc3('B', 'YES', 'P5', 'B1'),
      oc3('C', 'YES', 'G6', 'B1'),
      oc3('D', 'YES', 'F5', 'B1'),
    ];
    const report = computeIndicators([council({ OC3: leavers })], options);
    // By construction: A, B and D are in EET; C is not.
    expect(ratio(report, 'care-leavers-eet')).toEqual([3, 4]);
  });
});

describe('care leavers (OC3)', () => {
  const leavers = [
    oc3('A', 'YES', 'F1', 'B1'), // in touch, EET, suitable
    oc3('B', 'NO', 'G4', 'B2'),
    oc3('C', 'DIED', 'F1', 'B1'), // left out
    oc3('D', 'YES', 'P2', 'C2'), // in touch, EET, unsuitable
    oc3('E', 'REFU', '', ''),
  ];
  const report = computeIndicators([council({ OC3: leavers })], options);

  it('counts care leavers in touch, suitably housed and in EET, leaving out those who died', () => {
    expect(ratio(report, 'care-leavers-in-touch')).toEqual([2, 4]);
    expect(ratio(report, 'care-leavers-suitable-accommodation')).toEqual([1, 4]);
    expect(ratio(report, 'care-leavers-eet')).toEqual([2, 4]);
  });

  it('needs no episodes and no year', () => {
    const noYear = computeIndicators([council({ OC3: leavers })]);
    expect(noYear.year).toBeNull();
    expect(find(noYear, 'care-leavers-in-touch').value).toBe(50);
    expect(find(noYear, 'placement-stability-3-plus').reason).toMatch(/Episodes/);
  });
});

describe('health and dental checks (OC2 cohort)', () => {
  const tables = {
    Header: [
      header('H1', '01/06/2014'), // 3 at 31 March
      header('H2', '01/01/2008'),
      header('H3', '01/01/2008'),
      header('H4', '01/01/2008'),
    ],
    Episodes: [
      episode('H1', '01/01/2016', '', { rne: 'S' }),
      episode('H2', '01/04/2017', '', { rne: 'S' }), // exactly 12 months at 31 March
      episode('H3', '02/04/2017', '', { rne: 'S' }), // a day short
      episode('H4', '01/01/2016', '', { rne: 'S' }), // no OC2 row: counts as not done
    ],
    OC2: [oc2('H1', '1111', '01/06/2014'), oc2('H2', '0010'), oc2('H3', '1111')],
  };
  const report = computeIndicators([council(tables)], options);

  it('counts children looked after for 12 months at 31 March, with each check done', () => {
    expect(ratio(report, 'health-assessment')).toEqual([1, 3]);
    expect(ratio(report, 'dental-check')).toEqual([2, 3]);
    expect(find(report, 'dental-check').value).toBe(66.7);
    expect(ratio(report, 'immunisations')).toEqual([1, 3]);
    expect(ratio(report, 'health-surveillance-under-5')).toEqual([1, 1]);
  });

  it('takes the OC2 rows as the cohort when no episodes were imported', () => {
    const onlyOc2 = computeIndicators([council({ OC2: tables.OC2 })], options);
    expect(ratio(onlyOc2, 'dental-check')).toEqual([3, 3]);
    expect(ratio(onlyOc2, 'health-assessment')).toEqual([2, 3]);
  });
});

describe('social worker changes (SW_Episodes)', () => {
  const tables = {
    Episodes: ['W1', 'W2', 'W3', 'W4'].map((child) =>
      episode(child, '01/01/2016', '', { rne: 'S' }),
    ),
    SW_Episodes: [
      worker('W1', 'SW1', '01/01/2016'),
      worker('W1', 'SW2', '01/06/2017'),
      worker('W1', 'SW3', '01/01/2018'), // W1: 2 changes in the year
      worker('W2', 'SW1', '01/01/2016'),
      worker('W2', 'SW1', '01/06/2017'), // same worker again: no change
      worker('W3', 'SW1', '01/01/2016'),
      worker('W3', 'SW2', '01/02/2017'), // before the year
    ],
  };
  const report = computeIndicators([council(tables)], options);

  it('counts children at 31 March whose social worker changed once or more, and twice or more', () => {
    expect(ratio(report, 'social-worker-changed')).toEqual([1, 4]);
    expect(ratio(report, 'social-worker-changed-2-plus')).toEqual([1, 4]);
  });

  it('is not available without SW_Episodes (collected from 2023-24)', () => {
    const without = computeIndicators([council({ Episodes: tables.Episodes })], options);
    expect(find(without, 'social-worker-changed').available).toBe(false);
    expect(find(without, 'social-worker-changed').reason).toMatch(/SW_Episodes/);
  });
});
