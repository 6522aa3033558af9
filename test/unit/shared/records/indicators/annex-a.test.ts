import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeIndicators, type RecordRow } from '../../../../../shared/records/indicators';
import { readAnnexA } from '../../../../../shared/records/xlsx';
import { council, find, provider, ratio } from './builders';

const sample = fileURLToPath(
  new URL('../../../../fixtures/annex-a/annex-a-sample.xlsx', import.meta.url),
);

describe('Annex A indicators from the sample workbook, as the Annex A reader reads it', () => {
  const workbook = readAnnexA('annex-a-sample.xlsx', new Uint8Array(readFileSync(sample)));
  const list8 = workbook.sheets['List 8']?.rows ?? [];
  const list9 = workbook.sheets['List 9']?.rows ?? [];
  const report = computeIndicators([council({ 'List 8': list8, 'List 9': list9 })]);

  // List 8 (3 children):
  //   C-0701 in care since 2022-01-01, review 2024-02-01, visit 2024-03-01, health 2023-12-01,
  //          dental 2023-11-01, 1 placement, Out, 0 missing, 1 absent, offered Yes, accepted No.
  //   C-0702 2023-04-01 to 2024-01-31 (ceased), 3 placements, In, 2 missing, offered No.
  //   C-0703 in care since 2020-05-05, visit 2024-03-03, 0 placements, Out, 0 missing, 0 absent.
  it('measures at the latest date the list holds (2024-03-03)', () => {
    expect(report.asAt).toBe('2024-03-03');
  });

  it('counts children in care placed out of area (C-0701, C-0703; C-0702 has left)', () => {
    expect(ratio(report, 'placed-out-of-area')).toEqual([2, 2]);
  });

  it('counts 3+ placements, missing, absent and return interviews over all listed', () => {
    expect(ratio(report, 'list8-placements-3-plus')).toEqual([1, 3]);
    expect(ratio(report, 'list8-missing-children')).toEqual([1, 3]);
    expect(ratio(report, 'list8-absent-children')).toEqual([1, 3]);
    expect(ratio(report, 'list8-return-interview-offered')).toEqual([0, 1]);
    expect(ratio(report, 'list8-return-interview-accepted')).toEqual([0, 1]);
  });

  it('counts reviews, visits, health and dental checks in date for children in care', () => {
    for (const id of [
      'list8-reviews-on-time',
      'list8-visits-on-time',
      'list8-health-assessment',
      'list8-dental-check',
    ]) {
      expect(ratio(report, id)).toEqual([2, 2]);
    }
  });

  it('measures at a date set by the caller', () => {
    // On 2024-06-01 C-0701's visit (2024-03-01) and C-0703's (2024-03-03) are over 6 weeks old.
    const later = computeIndicators([council({ 'List 8': list8 })], { asAt: '2024-06-01' });
    expect(later.asAt).toBe('2024-06-01');
    expect(ratio(later, 'list8-visits-on-time')).toEqual([0, 2]);
  });

  it('reads List 9 care leavers (one former relevant child, in touch, suitable, F1)', () => {
    expect(ratio(report, 'list9-in-touch')).toEqual([1, 1]);
    expect(ratio(report, 'list9-suitable-accommodation')).toEqual([1, 1]);
    expect(ratio(report, 'list9-eet')).toEqual([1, 1]);
    expect(ratio(report, 'list9-former-relevant')).toEqual([1, 1]);
    expect(ratio(report, 'list9-relevant')).toEqual([0, 1]);
  });

  it('says out-of-area is not available from 903 data alone', () => {
    const only903 = computeIndicators([council({ Episodes: [] })], { year: 2017 });
    const result = find(only903, 'placed-out-of-area');
    expect(result.available).toBe(false);
    expect(result.reason).toMatch(/postcodes/);
  });
});

const row = (values: Record<string, string | number | null>, at: number): RecordRow => ({
  row: at,
  values,
});

describe('Annex A rows in other shapes', () => {
  // Headers as some workbooks write them; answers with the template's letter prefix; dd/mm/yyyy dates.
  const list8 = [
    row(
      {
        'Child Unique ID': ' 11 ',
        'Date Started to be Looked After': '01/01/2020',
        'Date Ceased to be Looked After': null,
        'Date of Last Social Work Visit': '20/02/2024',
        'Placement Location': 'a) In',
        'LA of Placement': 'Kent',
        'Number of Placements in the Last 12 months': '4',
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months": 2,
        'Was the child offered a Return Interview after their last missing episode (Y/N))?':
          'a) Yes',
        'Did the child accept a Return Interview after their last missing episode (Y/N)?': 'Y',
      },
      2,
    ),
    row(
      {
        'Child Unique ID': '12',
        'Date Started to be Looked After': '2019-05-05',
        'Date of Last Social Work Visit': '#N/A',
        'Placement Location': '',
        'LA of Placement': 'WAL',
        'Number of Placements in the Last 12 months': 'b) no idea',
      },
      3,
    ),
  ];
  const list9 = [
    row(
      {
        'Child Unique ID': '21',
        'Eligibity Category': 'a) Relevant child',
        'LA in Touch': 'c) Died',
      },
      2,
    ),
    row(
      {
        'Child Unique ID': '22',
        'Eligibity Category': 'c) Qualifying care leaver',
        'LA in Touch': 'a) Yes',
        'Suitability of Accomodation': 'b) Unsuitable',
        'Activity Status': 'G6: NEET – pregnancy or parenting',
      },
      3,
    ),
  ];
  const report = computeIndicators([provider('trust', { 'List 8': list8, 'List 9': list9 })], {
    asAt: '2024-03-01',
  });

  it('matches the headers loosely and strips answer prefixes', () => {
    // Child 12 is out of area by its LA of Placement code (WAL); child 11 is in.
    expect(ratio(report, 'placed-out-of-area', 'trust')).toEqual([1, 2]);
    expect(ratio(report, 'list8-placements-3-plus', 'trust')).toEqual([1, 1]);
    expect(ratio(report, 'list8-missing-children', 'trust')).toEqual([1, 1]);
    expect(ratio(report, 'list8-return-interview-offered', 'trust')).toEqual([1, 1]);
    expect(ratio(report, 'list8-return-interview-accepted', 'trust')).toEqual([1, 1]);
    // 20/02/2024 is within 6 weeks of 2024-03-01; #N/A is no visit.
    expect(ratio(report, 'list8-visits-on-time', 'trust')).toEqual([1, 2]);
  });

  it('reads List 9 with the template map’s misspelt headers', () => {
    expect(ratio(report, 'list9-relevant', 'trust')).toEqual([1, 2]);
    expect(ratio(report, 'list9-qualifying', 'trust')).toEqual([1, 2]);
    expect(ratio(report, 'list9-in-touch', 'trust')).toEqual([1, 1]);
    expect(ratio(report, 'list9-suitable-accommodation', 'trust')).toEqual([0, 1]);
    expect(ratio(report, 'list9-eet', 'trust')).toEqual([0, 1]);
  });

  it('counts a child listed by two providers once for the council', () => {
    const twice = computeIndicators(
      [provider('a', { 'List 8': list8 }), provider('b', { 'List 8': list8 })],
      { asAt: '2024-03-01' },
    );
    expect(ratio(twice, 'placed-out-of-area', 'a')).toEqual([1, 2]);
    expect(ratio(twice, 'placed-out-of-area')).toEqual([1, 2]);
  });
});
