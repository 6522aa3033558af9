/**
 * The CIN census figures in the report: the engine's results in the
 * report's shape, marked for the help-and-protection judgement, and shown in
 * the data annex as one table beside that judgement's grade.
 */
import { describe, expect, it } from 'vitest';
import { writeCinXml } from '../../../../shared/records/cin';
import { indicatorIndexOf, indicatorsFromIndex } from '../../../../shared/records/indicators';
import { readRecordFiles } from '../../../../shared/records/read-files';
import { buildReport, type ReportOptions } from '../../../../shared/reports';
import { importIndexOf, reportIndicatorsFrom } from '../../../../shared/workbook';
import { cleanCensus } from '../records/cin/clean-census';
import { demoWorkbook, providerId } from './fixtures';

const options: ReportOptions = { version: 1, generatedAt: '2026-10-16T12:00:00Z' };

describe('the CIN census figures in the report', () => {
  const { workbook } = demoWorkbook('ilacs-2026');
  const trust = providerId(workbook, 'Trust');
  const census = cleanCensus(2025);
  const [file] = readRecordFiles([
    { name: 'cin.xml', bytes: new TextEncoder().encode(writeCinXml(census)) },
  ]);
  if (file === undefined) throw new Error('not read');
  const engine = indicatorsFromIndex(
    indicatorIndexOf([
      { kind: 'council', id: 'council', name: 'Council', imports: [importIndexOf(file)] },
      { kind: 'provider', id: trust, name: 'Trust', imports: [] },
    ]),
  );
  const indicators = reportIndicatorsFrom(engine, workbook);

  it('marks them for the help-and-protection judgement, a count as a count', () => {
    const referrals = indicators?.indicators.find((i) => i.id === 'cin-referrals');
    expect(referrals).toEqual({
      id: 'cin-referrals',
      label: 'Referrals in the year',
      unit: 'count',
      area: 'help-and-protection',
      values: [
        { source: 'council', value: 3 },
        { source: trust, value: null },
      ],
    });
    expect(indicators?.source).toBe('the CIN census for 2024/25');
    expect(indicators?.asOf).toBe('2025-03-31');
  });

  it('shows them in one table beside the judgement’s grade, not a chart each', () => {
    const report = buildReport(workbook, { ...options, ...(indicators ? { indicators } : {}) });
    const blocks = report.blocks;
    const heading = blocks.findIndex(
      (b) =>
        b.kind === 'heading' && b.text === 'Help and protection: the figures beside the judgement',
    );
    expect(heading).toBeGreaterThan(-1);
    const grade = workbook.judgements.find((j) => j.area === 'help-and-protection')?.grade;
    expect(grade).toBeDefined();
    expect(blocks[heading + 1]).toMatchObject({ kind: 'paragraph' });
    expect(JSON.stringify(blocks[heading + 1])).toMatch(/The help and protection judgement: \w/);
    const table = blocks[heading + 2];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.head).toEqual([
      'Indicator',
      'Whole council',
      workbook.providers.find((p) => p.id === trust)?.name,
    ]);
    expect(table.rows.find((r) => r[0] === 'Referrals in the year')).toEqual([
      'Referrals in the year',
      '3',
      'too few records',
    ]);
    expect(table.rows.find((r) => r[0]?.startsWith('Assessments completed'))?.[1]).toBe(
      '100% (2 of 2)',
    );
    expect(
      blocks.some((b) => b.kind === 'chart' && b.chart.title === 'Referrals in the year'),
    ).toBe(false);
  });
});
