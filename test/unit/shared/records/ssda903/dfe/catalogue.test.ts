import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DFE_903_RULES } from '../../../../../../shared/records/ssda903/dfe/catalogue';
import { LEFT_OUT_RULES } from '../../../../../../shared/records/ssda903/dfe/left-out';
import { DFE_RULES } from '../../../../../../shared/records/ssda903/dfe/registry';
import { rulesInForce } from '../../../../../../shared/records/ssda903/dfe/run';
import { dfeRuleYear } from '../../../../../../shared/records/ssda903/dfe/years';
import { collectionYear } from '../../../../../../shared/records/ssda903/year';
import { fixtureText } from '../fixture-files';

const json: unknown = JSON.parse(fixtureText('validation-rules.json'));

/** How many rules the ruleset of a collection year (e.g. `2025/26`) holds. */
function activeIn(year: string): number {
  return DFE_903_RULES.filter((rule) => rule.years.includes(year)).length;
}

describe('the DfE 903 rule catalogue (generated from validation-rules.json)', () => {
  it('equals the JSON exactly', () => {
    expect(DFE_903_RULES).toEqual(json);
  });

  it('has the number of active rules per year that validation-rules.md gives', () => {
    expect(
      [2022, 2023, 2024, 2025, 2026].map((start) => activeIn(`${start}/${(start + 1) % 100}`)),
    ).toEqual([293, 312, 305, 311, 322]);
  });
});

describe('which ruleset checks a year', () => {
  it.each([
    [2017, undefined],
    [2021, undefined],
    [2022, '2022/23'],
    [2024, '2024/25'],
    [2025, '2025/26'],
    [2026, '2026/27'],
    [2030, '2026/27'],
  ])('the %i collection is checked with the %s rules (none before 2022/23)', (start, label) => {
    expect(dfeRuleYear(collectionYear(start))).toBe(label);
  });

  it('runs only the implemented rules the year holds', () => {
    for (const year of ['2022/23', '2024/25', '2026/27'] as const) {
      for (const rule of rulesInForce(year)) {
        const entry = DFE_903_RULES.find((candidate) => candidate.code === rule.code);
        expect(entry?.years).toContain(year);
      }
    }
  });
});

const testDir = path.dirname(new URL(import.meta.url).pathname);
const described = new Set(
  readdirSync(testDir)
    .filter((name) => name.endsWith('.test.ts'))
    .flatMap((name) =>
      [
        ...readFileSync(path.join(testDir, name), 'utf8').matchAll(/describeRule\(\s*'([^']+)'/g),
      ].map((match) => match[1] ?? ''),
    ),
);

describe('every DfE rule in force in 2025/26 and 2026/27', () => {
  const implemented = new Set(DFE_RULES.map((rule) => rule.code));
  const leftOut = new Set(LEFT_OUT_RULES.map((rule) => rule.code));

  it('is implemented once, under a code the catalogue knows', () => {
    const codes = DFE_RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    const known = new Set(DFE_903_RULES.map((rule) => rule.code));
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
  });

  it('has a breaking and a keeping test for each implemented rule', () => {
    expect([...implemented].filter((code) => !described.has(code))).toEqual([]);
  });

  it('is never both implemented and left out', () => {
    expect([...leftOut].filter((code) => implemented.has(code))).toEqual([]);
  });

  it('is implemented or left out with a reason, every one', () => {
    const inForce = DFE_903_RULES.filter(
      (rule) => rule.years.includes('2025/26') || rule.years.includes('2026/27'),
    );
    expect(inForce.length).toBe(322);
    expect(
      inForce.filter((rule) => !implemented.has(rule.code) && !leftOut.has(rule.code)),
    ).toEqual([]);
  });

  it('left out only with a reason', () => {
    for (const rule of LEFT_OUT_RULES) expect(rule.why.length).toBeGreaterThan(20);
  });
});
