/**
 * One bad cell, one problem: a schema check that a DfE rule in force makes
 * itself is left to the rule (with its DfE code); the checks no rule makes,
 * and those a rule makes only from a later ruleset, are still reported.
 */
import { describe, expect, it } from 'vitest';
import { coveredCinChecks } from '../../../../../shared/records/cin/covered';
import { importCin } from '../../../../../shared/records/cin/import';
import { writeCinXml } from '../../../../../shared/records/cin/write-xml';
import { cleanCensus } from './clean-census';

function problemsOf(xml: string) {
  const result = importCin('census.xml', xml);
  return { result, rules: result.problems.map((problem) => problem.rule) };
}

describe('schema checks a DfE rule covers', () => {
  it('an invalid ethnicity is DfE 4220 alone, and the child’s row marks that problem', () => {
    const xml = writeCinXml(cleanCensus(2025)).replace(
      '<Ethnicity>WBRI</Ethnicity>',
      '<Ethnicity>XXXX</Ethnicity>',
    );
    const { result, rules } = problemsOf(xml);
    expect(rules).toEqual(['cin.dfe.4220']);
    const row = result.tables.Children[0];
    expect(row?.problems.map((at) => result.problems[at]?.rule)).toEqual(['cin.dfe.4220']);
  });

  it('an invalid sex in 2024/25 is DfE 4180 alone', () => {
    const xml = writeCinXml(cleanCensus(2025)).replace('<Sex>F</Sex>', '<Sex>X</Sex>');
    expect(problemsOf(xml).rules).toEqual(['cin.dfe.4180']);
  });

  it('a missing referral source is DfE 8866 alone, not also a missing element', () => {
    const xml = writeCinXml(cleanCensus(2025)).replace(/<ReferralSource>1A<\/ReferralSource>/, '');
    expect(problemsOf(xml).rules).toEqual(['cin.dfe.8866']);
  });

  it('a code no rule checks is still the schema’s problem', () => {
    const xml = writeCinXml(cleanCensus(2025)).replace(
      '<NumberOfPreviousCPP>0</NumberOfPreviousCPP>',
      '<NumberOfPreviousCPP>none</NumberOfPreviousCPP>',
    );
    expect(problemsOf(xml).rules).toContain('cin.ChildProtectionPlans.NumberOfPreviousCPP.format');
  });

  it('covers a gender code only from 2024/25, when rule 4180 starts checking codes', () => {
    expect(coveredCinChecks('2023/24').has('cin.Children.Sex.code')).toBe(false);
    expect(coveredCinChecks('2023/24').has('cin.Children.Sex.required')).toBe(true);
    expect(coveredCinChecks('2024/25').has('cin.Children.Sex.code')).toBe(true);
    const xml = writeCinXml(cleanCensus(2024)).replace(
      '<GenderCurrent>2</GenderCurrent>',
      '<GenderCurrent>7</GenderCurrent>',
    );
    expect(xml).toContain('<GenderCurrent>7</GenderCurrent>');
    expect(problemsOf(xml).rules).toEqual(['cin.Children.Sex.code']);
  });
});
