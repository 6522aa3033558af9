/**
 * The CIN indicators on small hand-built censuses (2024 to 2025) whose
 * answers are worked out by hand, with working days counted across
 * Christmas, New Year and Easter bank holidays.
 */
import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  type IndicatorSource,
  type RecordRow,
} from '../../../../../shared/records/indicators';
import { workingDaysBetween } from '../../../../../shared/util/working-days';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

let n = 0;
function row(values: Record<string, string>): RecordRow {
  n += 1;
  return { row: n, values };
}

describe('working days (England)', () => {
  it('leave out Christmas Day, Boxing Day and New Year’s Day 2024/25', () => {
    // Thu 19 Dec → Fri 3 Jan: 20, 23, 24, 27, 30, 31 Dec, 2, 3 Jan.
    expect(workingDaysBetween(day('2024-12-19'), day('2025-01-03'))).toBe(8);
  });

  it('leave out Good Friday and Easter Monday 2025', () => {
    expect(workingDaysBetween(day('2025-04-17'), day('2025-04-22'))).toBe(1);
  });

  it('count 45 from Monday 4 November 2024 to Thursday 9 January 2025 (three holidays between)', () => {
    expect(workingDaysBetween(day('2024-11-04'), day('2025-01-09'))).toBe(45);
    expect(workingDaysBetween(day('2024-11-04'), day('2025-01-10'))).toBe(46);
  });

  it('count the 2022 State Funeral as a holiday', () => {
    expect(workingDaysBetween(day('2022-09-16'), day('2022-09-20'))).toBe(1);
  });
});

/** Two children: X's assessment on time (45 days), Y's late (46); Y re-referred within 12 months. */
function councilCensus(): Partial<Record<string, readonly RecordRow[]>> {
  return {
    CINdetails: [
      row({
        LAchildID: 'X',
        CINdetailsID: '1',
        CINreferralDate: '2024-11-01',
        ReferralNFA: '0',
        CINclosureDate: '',
      }),
      row({
        LAchildID: 'Y',
        CINdetailsID: '2',
        CINreferralDate: '2024-05-01',
        ReferralNFA: '1',
        CINclosureDate: '2024-05-01',
      }),
      row({
        LAchildID: 'Y',
        CINdetailsID: '3',
        CINreferralDate: '2024-11-01',
        ReferralNFA: '0',
        CINclosureDate: '',
      }),
    ],
    Assessments: [
      row({
        LAchildID: 'X',
        CINdetailsID: '1',
        AssessmentID: '1',
        AssessmentActualStartDate: '2024-11-04',
        AssessmentAuthorisationDate: '2025-01-09',
      }),
      row({
        LAchildID: 'Y',
        CINdetailsID: '3',
        AssessmentID: '2',
        AssessmentActualStartDate: '2024-11-04',
        AssessmentAuthorisationDate: '2025-01-10',
      }),
    ],
    AssessmentFactors: [
      row({ LAchildID: 'X', AssessmentID: '1', AssessmentFactors: '3A' }),
      row({ LAchildID: 'X', AssessmentID: '1', AssessmentFactors: '2A' }),
      row({ LAchildID: 'Y', AssessmentID: '2', AssessmentFactors: '3A' }),
    ],
    Section47: [
      // Thu 12 Dec → Fri 3 Jan: 15 working days? 13,16,17,18,19,20,23,24,27,30,31,2,3 = 13: on time.
      row({
        LAchildID: 'X',
        CINdetailsID: '1',
        S47ActualStartDate: '2024-12-12',
        DateOfInitialCPC: '2025-01-03',
      }),
      // Tue 1 Oct → Wed 23 Oct 2024: 16 working days, late.
      row({
        LAchildID: 'Y',
        CINdetailsID: '3',
        S47ActualStartDate: '2024-10-01',
        DateOfInitialCPC: '2024-10-23',
      }),
    ],
    ChildProtectionPlans: [
      row({
        LAchildID: 'X',
        CINdetailsID: '1',
        CPPID: '1',
        CPPstartDate: '2025-01-03',
        CPPendDate: '',
        NumberOfPreviousCPP: '1',
      }),
      row({
        LAchildID: 'Y',
        CINdetailsID: '3',
        CPPID: '2',
        CPPstartDate: '2022-10-01',
        CPPendDate: '2024-10-23',
        NumberOfPreviousCPP: '0',
      }),
    ],
    Reviews: [row({ LAchildID: 'X', CPPID: '1', CPPreviewDate: '2025-03-20' })],
  };
}

describe('the CIN indicators', () => {
  const council: IndicatorSource = {
    kind: 'council',
    id: 'council',
    name: 'Council',
    tables: {},
    censuses: [councilCensus()],
  };
  // The provider holds X's census rows again: the council counts them once.
  const provider: IndicatorSource = {
    kind: 'provider',
    id: 'p1',
    name: 'Trust',
    tables: {},
    censuses: [councilCensus()],
  };
  const results = computeIndicators([council, provider], { year: 2024 }).indicators;
  const find = (id: string, scope = 'council') =>
    results.find((r) => r.id === id && r.scope === scope);

  it('assessments within 45 working days: X (45) yes, Y (46) no', () => {
    expect(find('cin-assessments-45-days')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
  });

  it('re-referrals within 12 months: Y’s November referral, of three referrals', () => {
    expect(find('cin-rereferrals-12-months')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('conferences within 15 working days: X’s (13 across Christmas) yes, Y’s (16) no', () => {
    expect(workingDaysBetween(day('2024-12-12'), day('2025-01-03'))).toBe(13);
    expect(workingDaysBetween(day('2024-10-01'), day('2024-10-23'))).toBe(16);
    expect(find('cin-icpc-15-days')).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('plans: X on a plan at 31 March of 2 in need; Y’s plan ceased after 2 years; X’s is a second plan', () => {
    expect(find('cin-cpp-at-31-march')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(find('cin-cpp-2-years-ceasing')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(find('cin-cpp-second-subsequent')).toMatchObject({ numerator: 1, denominator: 1 });
    // X's plan is under 3 months old at 31 March: not yet due a review.
    expect(find('cin-cpp-reviews-on-time')).toMatchObject({
      numerator: 0,
      denominator: 0,
      value: null,
    });
  });

  it('factors: 3A in both assessments, 2A in one', () => {
    expect(find('cin-factor-3A')).toMatchObject({ numerator: 2, denominator: 2 });
    expect(find('cin-factor-2A')).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('gives each provider its own figures, with definition and source', () => {
    expect(find('cin-assessments-45-days', 'p1')).toMatchObject({
      numerator: 1,
      denominator: 2,
      data: 'cin-census',
    });
    expect(find('cin-assessments-45-days')?.source).toMatch(/45 working days/);
  });
});
