/**
 * The CIN indicators through the engine as the app and the command run it:
 * a census written as XML, read by the record readers, indexed per file
 * (importIndexOf) and pooled per owner (indicatorIndexOf), beside 903 and
 * Annex A records. The census is clean-census.ts's three children for
 * 2024/25, whose answers are worked out by hand there.
 */
import { describe, expect, it } from 'vitest';
import { writeCinXml, type CinCensusInput } from '../../../../../shared/records/cin';
import {
  indicatorIndexOf,
  indicatorsFromIndex,
  type IndicatorReport,
} from '../../../../../shared/records/indicators';
import { readRecordFiles } from '../../../../../shared/records/read-files';
import { importIndexOf } from '../../../../../shared/workbook';
import { cleanCensus } from './clean-census';

function indexOf(census: CinCensusInput, name = 'cin.xml') {
  const [file] = readRecordFiles([{ name, bytes: new TextEncoder().encode(writeCinXml(census)) }]);
  if (file === undefined) throw new Error('not read');
  expect(file.kind).toBe('cin-census');
  return importIndexOf(file);
}

const only = (census: CinCensusInput, ids: readonly string[]): CinCensusInput => ({
  ...census,
  children: census.children.filter((child) => ids.includes(child.id)),
});

function find(report: IndicatorReport, id: string, scope = 'council') {
  return report.indicators.find((result) => result.id === id && result.scope === scope);
}

describe('the CIN census in the indicators engine', () => {
  const whole = cleanCensus(2025);
  const council = indexOf(whole);
  const providerA = indexOf(only(whole, ['A1']), 'trust.xml');
  const report = indicatorsFromIndex(
    indicatorIndexOf([
      { kind: 'council', id: 'council', name: 'Wessex', imports: [council] },
      { kind: 'provider', id: 'p1', name: 'Trust', imports: [providerA] },
      { kind: 'provider', id: 'p2', name: 'Harbour', imports: [] },
    ]),
  );

  it('indexes a census as a census, never its Header and Reviews as 903 tables', () => {
    expect(council.ssda903.tables.size).toBe(0);
    expect(council.ssda903.ids).toEqual([]);
    expect(council.cin?.censuses).toEqual([2025]);
  });

  it('takes the census year from the header, apart from the 903 year', () => {
    expect(report.census).toEqual({
      label: '2024/25',
      start: '2024-04-01',
      end: '2025-03-31',
      detected: true,
    });
    expect(report.year).toBeNull();
  });

  it('counts referrals in the year as a count: the value is the number, with no denominator', () => {
    expect(find(report, 'cin-referrals')).toMatchObject({
      unit: 'count',
      numerator: 3,
      denominator: null,
      value: 3,
      available: true,
    });
    expect(find(report, 'cin-referrals', 'p1')).toMatchObject({ value: 1 });
  });

  it('gives the council every child once, pooling the provider’s copy of A', () => {
    expect(find(report, 'cin-assessments-45-days')).toMatchObject({ numerator: 2, denominator: 2 });
    expect(find(report, 'cin-icpc-15-days')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(find(report, 'cin-cpp-at-31-march')).toMatchObject({ numerator: 1, denominator: 1 });
    // A's one review (July 2024) leaves the next due by January 2025: late at 31 March.
    expect(find(report, 'cin-cpp-reviews-on-time')).toMatchObject({ numerator: 0, denominator: 1 });
    expect(find(report, 'cin-plans-over-12-months')).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
    expect(find(report, 'cin-factor-2A')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(find(report, 'cin-factor-1C', 'p1')).toBeUndefined();
    expect(find(report, 'cin-factor-2A', 'p1')).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('pools in any order, and the same census twice counts once', () => {
    const again = indicatorsFromIndex(
      indicatorIndexOf([
        { kind: 'provider', id: 'p1', name: 'Trust', imports: [providerA] },
        { kind: 'council', id: 'council', name: 'Wessex', imports: [council, indexOf(whole)] },
        { kind: 'provider', id: 'p2', name: 'Harbour', imports: [] },
      ]),
    );
    expect(find(again, 'cin-referrals')).toEqual(find(report, 'cin-referrals'));
    expect(find(again, 'cin-factor-2A')).toEqual(find(report, 'cin-factor-2A'));
  });

  it('says a provider with no census has none, rather than showing 0', () => {
    expect(find(report, 'cin-referrals', 'p2')).toMatchObject({
      available: false,
      value: null,
      reason: 'No CIN census was imported for this scope.',
    });
  });

  it('counts the latest census when several years are imported, and says so', () => {
    const both = indicatorsFromIndex(
      indicatorIndexOf([
        {
          kind: 'council',
          id: 'council',
          name: 'Wessex',
          imports: [indexOf(cleanCensus(2024), 'old.xml'), council],
        },
      ]),
    );
    expect(both.census?.label).toBe('2024/25');
    expect(both.notes).toEqual([
      'CIN censuses for 2023/24, 2024/25 were imported: the CIN indicators count the latest, 2024/25.',
    ]);
  });

  it('counts the year set by the caller, noting the census held is another year', () => {
    const set = indicatorsFromIndex(
      indicatorIndexOf([{ kind: 'council', id: 'council', name: 'Wessex', imports: [council] }]),
      { year: 2025 },
    );
    expect(set.census).toMatchObject({ label: '2025/26', detected: false });
    // Nothing in the 2024/25 census falls in 2025/26 but A's plan, still open.
    expect(find(set, 'cin-referrals')?.value).toBe(0);
    expect(set.notes[0]).toMatch(/No CIN census for 2025\/26 was imported/);
  });
});
