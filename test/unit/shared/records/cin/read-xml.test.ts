import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCin } from '../../../../../shared/records/cin/import';
import { MAX_TEXT_LENGTH } from '../../../../../shared/records/cin/read-xml';
import { writeCinXml } from '../../../../../shared/records/cin/write-xml';
import { FileRefusedError } from '../../../../../shared/records/problem';
import { readRecordFiles } from '../../../../../shared/records/read-files';
import { cleanCensus } from './clean-census';

const fixtures = path.resolve(import.meta.dirname, '../../../../fixtures/cin');
const sample = (name: string): Uint8Array => readFileSync(path.join(fixtures, 'samples', name));

/** `rule@table:row` for each problem, to compare whole lists. */
function summary(problems: readonly { rule: string; sheet?: string; row?: number }[]): string[] {
  return problems.map((p) => `${p.rule}@${p.sheet ?? ''}:${p.row ?? ''}`).sort();
}

describe('the CIN census samples import, with the problems reading them shows', () => {
  it('BAR_cin_2022.xml: one child of the 2021 to 2022 census, false flags and 1970 dates', () => {
    const [file] = readRecordFiles([
      { name: 'BAR_cin_2022.xml', bytes: sample('BAR_cin_2022.xml') },
    ]);
    expect(file?.kind).toBe('cin-census');
    expect(file?.year).toEqual({ start: '2021-04-01', end: '2022-03-31' });
    expect(file?.tableCounts).toEqual({
      Header: 1,
      Children: 1,
      Disabilities: 2,
      CINdetails: 1,
      Assessments: 1,
      AssessmentFactors: 2,
      CINplanDates: 1,
      Section47: 1,
      ChildProtectionPlans: 1,
      Reviews: 1,
      PreProceedings: 0,
    });
    const problems = file?.problems ?? [];
    // The schema allows 0/1, not false (as the fixture notes say).
    expect(problems.filter((p) => !p.rule.startsWith('cin.dfe.')).map((p) => p.column)).toEqual([
      'ReferralNFA',
      'ICPCnotRequired',
    ]);
    // The fake dates (1966–1971) fall outside the census year, before the referral, after closure.
    expect(problems.filter((p) => p.dfeCode !== undefined).map((p) => p.dfeCode)).toEqual(
      expect.arrayContaining([
        '1103',
        '1104',
        '1105',
        '1510',
        '2884',
        '2889',
        '8620',
        '8715',
        '8930',
      ]),
    );
    expect(
      problems.every(
        (p) => p.sheet === undefined || p.row !== undefined || p.dfeCode?.endsWith('Q'),
      ),
    ).toBe(true);
  });

  it('cin-2022.xml differs from BAR_cin_2022.xml only in dates, one now a Sunday conference (8875)', () => {
    const bar = importCin('b.xml', sample('BAR_cin_2022.xml'));
    const other = importCin('c.xml', sample('cin-2022.xml'));
    const extra = summary(other.problems).filter((item) => !summary(bar.problems).includes(item));
    expect(extra).toEqual(['cin.dfe.8875@CINdetails:1']);
  });

  it.each(['CIN_Census_2024.xml', 'CIN_Census_2026.xml'])(
    '%s: the 2023 to 2024 census with stray text, Sex in a gender year, RB, an empty factors list',
    (name) => {
      const result = importCin(name, sample(name));
      expect(result.year?.census).toBe(2024);
      const schema = summary(result.problems.filter((p) => !p.rule.startsWith('cin.dfe.')));
      expect(schema).toEqual(
        [
          'cin.AssessmentFactors.AssessmentFactors.code@AssessmentFactors:2',
          'cin.Assessments.AssessmentFactors.required@Assessments:2',
          'cin.CINdetails.ReferralNFA.code@CINdetails:2',
          'cin.Children.Sex.code@Children:2',
          'cin.Children.Sex.not-in-year@Children:1',
          'cin.Section47.ICPCnotRequired.code@Section47:1',
          'cin.xml.stray-text@:',
          ...(name === 'CIN_Census_2026.xml'
            ? ['cin.PreProceedings.PreProceedingsandFGDM.not-in-year@PreProceedings:1']
            : []),
        ].sort(),
      );
      expect(result.tables.PreProceedings).toHaveLength(name === 'CIN_Census_2026.xml' ? 1 : 0);
      const child = result.tables.Children[1];
      expect(child?.values['LAchildID']).toBe('child_fails_assessments');
      // Every row of a child carries its id, so a problem names the child.
      expect(result.tables.Assessments.map((row) => row.values['LAchildID'])).toEqual([
        'DfEX0000001',
        'child_fails_assessments',
      ]);
      const referral = result.problems.find((p) => p.dfeCode === '8600');
      expect(referral).toMatchObject({
        sheet: 'CINdetails',
        row: 2,
        column: 'CINreferralDate',
        value: '2024-10-24',
      });
    },
  );
});

function refusal(text: string): FileRefusedError {
  try {
    readRecordFiles([{ name: 'cin.xml', bytes: new TextEncoder().encode(text) }]);
  } catch (error: unknown) {
    if (error instanceof FileRefusedError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('broken files are refused, naming the file and what is wrong', () => {
  const good = writeCinXml(cleanCensus(2026));

  it('a truncated file', () => {
    expect(refusal(good.slice(0, good.length / 2)).reason).toBe('cin.truncated-xml');
  });

  it('a wrong root element, told to the 903 reader as not a return', () => {
    expect(() => importCin('x.xml', '<Messages><Header/></Messages>')).toThrow(
      /root element is <Messages>/,
    );
  });

  it('a 10 MB text node', () => {
    const huge = good.replace(
      '<LAchildID>A1</LAchildID>',
      `<LAchildID>${'x'.repeat(10_000_000)}</LAchildID>`,
    );
    const error = refusal(huge);
    expect(error.reason).toBe('cin.text-too-long');
    expect(error.message).toContain(MAX_TEXT_LENGTH.toLocaleString('en-GB'));
  });

  it('an undefined entity is refused, not expanded', () => {
    const entity = good.replace('<LAchildID>A1</LAchildID>', '<LAchildID>&xxe;</LAchildID>');
    expect(refusal(entity).reason).toBe('cin.malformed-xml');
  });

  it("a return made to another year's schema is reported as such, element by element", () => {
    // A 2024 return (GenderCurrent) dated as the 2026 census.
    const old = writeCinXml(cleanCensus(2024)).replaceAll('2024-03-31', '2026-03-31');
    const result = importCin('old.xml', old);
    expect(
      result.problems.find((p) => p.rule === 'cin.Children.GenderCurrent.not-in-year'),
    ).toMatchObject({
      severity: 'error',
      sheet: 'Children',
      row: 1,
    });
    expect(
      result.problems.find((p) => p.rule === 'cin.Children.GenderCurrent.not-in-year')?.message,
    ).toMatch(/until the 2024 census, not the 2026 census/);
  });
});

const xmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('a census generated for each year 2017 to 2026', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cin-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

  it.each(years)('%i imports with no problem', (year) => {
    const [file] = readRecordFiles([
      { name: `cin-${year}.xml`, bytes: new TextEncoder().encode(writeCinXml(cleanCensus(year))) },
    ]);
    expect(file?.problems).toEqual([]);
    expect(file?.tableCounts['Children']).toBe(3);
    expect(file?.tableCounts['CINplanDates']).toBe(year >= 2022 ? 1 : 0);
  });

  // Debian's libxml2-utils gives xmllint; CI installs it (.ci/run), and a
  // machine without it fails here rather than passing unchecked.
  it('has xmllint to check against (apt-get install libxml2-utils)', () => {
    expect(xmllint).toBe(true);
  });

  it.each(years)("%i validates against that year's XSD (xmllint --schema)", (year) => {
    const file = path.join(dir, `cin-${year}.xml`);
    writeFileSync(file, writeCinXml(cleanCensus(year)));
    const schema = path.join(fixtures, 'spec', `CIN_schema_${year}.xsd`);
    expect(() =>
      execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('xmllint does refuse a census made to another year (the check can fail)', () => {
    const file = path.join(dir, 'cin-wrong.xml');
    writeFileSync(file, writeCinXml(cleanCensus(2024)));
    const schema = path.join(fixtures, 'spec', 'CIN_schema_2025.xsd');
    expect(() =>
      execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' }),
    ).toThrow(/fails to validate|Element/);
  });
});
