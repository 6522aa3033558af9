import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DFE_CIN_RULES } from '../../../../../../shared/records/cin/dfe/catalogue';
import { LEFT_OUT_CIN_RULES } from '../../../../../../shared/records/cin/dfe/left-out';
import { CIN_RULES } from '../../../../../../shared/records/cin/dfe/registry';
import { cinRulesInForce } from '../../../../../../shared/records/cin/dfe/run';
import { cinRuleYear } from '../../../../../../shared/records/cin/dfe/years';
import { cinYear } from '../../../../../../shared/records/cin/year';

const fixtures = path.resolve(import.meta.dirname, '../../../../../fixtures/cin');
const json: unknown = JSON.parse(
  readFileSync(path.join(fixtures, 'validation-rules.json'), 'utf8'),
);

describe('the DfE CIN rule catalogue (generated from validation-rules.json)', () => {
  it('equals the JSON exactly', () => {
    expect(DFE_CIN_RULES).toEqual(json);
  });

  it('has the number of active rules per year that validation-rules.md gives', () => {
    const years = ['2022/23', '2023/24', '2024/25', '2025/26'];
    expect(
      years.map((year) => DFE_CIN_RULES.filter((rule) => rule.years.includes(year)).length),
    ).toEqual([105, 105, 109, 109]);
  });
});

function codesInForce(year: '2023/24' | '2024/25'): string[] {
  return cinRulesInForce(year).map((rule) => rule.code);
}

describe('which ruleset checks a census', () => {
  it.each([
    [2017, '2022/23'],
    [2023, '2022/23'],
    [2024, '2023/24'],
    [2025, '2024/25'],
    [2026, '2025/26'],
    [2027, '2025/26'],
  ])('the census ending March %i is checked with the %s rules', (census, label) => {
    expect(cinRuleYear(cinYear(census))).toBe(label);
  });

  it('runs the 2024/25 additions (1570, 8945Q) only from 2024/25', () => {
    expect(codesInForce('2023/24')).not.toContain('1570');
    expect(codesInForce('2024/25')).toEqual(expect.arrayContaining(['1570', '8945Q']));
  });
});

describe('every DfE CIN rule in force in 2024/25 and 2025/26', () => {
  const implemented = new Set(CIN_RULES.map((rule) => rule.code));
  const leftOut = new Set(LEFT_OUT_CIN_RULES.map((rule) => rule.code));
  const tested = new Set(
    [
      ...readFileSync(path.join(import.meta.dirname, '../rules.test.ts'), 'utf8').matchAll(
        /^  '([0-9]+Q?)': /gm,
      ),
    ].map((match) => match[1] ?? ''),
  );

  it('is implemented once, under a code the catalogue knows', () => {
    const codes = CIN_RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    const known = new Set(DFE_CIN_RULES.map((rule) => rule.code));
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
  });

  it('is implemented or left out with a reason', () => {
    const active = DFE_CIN_RULES.filter(
      (rule) => rule.years.includes('2024/25') || rule.years.includes('2025/26'),
    );
    expect(active.filter((rule) => !implemented.has(rule.code) && !leftOut.has(rule.code))).toEqual(
      [],
    );
  });

  it('has a breaking and a keeping test for each implemented rule', () => {
    expect([...implemented].filter((code) => !tested.has(code))).toEqual([]);
  });
});
