import { describe, expect, it } from 'vitest';
import { bundledComparators } from '../../../../shared/comparators/bundled';
import { councilComparators } from '../../../../shared/comparators/compare';
import type { Workbook } from '../../../../shared/domain';
import type { IndicatorReport, IndicatorResult } from '../../../../shared/records/indicators';
import { buildReport, type ReportBlock, type ReportData } from '../../../../shared/reports';
import { reportInputs } from '../../../../shared/tasks';
import { reportIndicatorsFrom } from '../../../../shared/workbook';
import { withComparators } from '../../../../shared/comparators/indicator-comparators';
import { demoWorkbook } from '../reports/fixtures';

const dataset = bundledComparators();

/** A demo workbook moved to a real council (Bristol, 801), as a council's self-assessment if asked. */
function bristol(kind: 'self-assessment' | 'ilacs-2026'): Workbook {
  const { workbook } = demoWorkbook(kind);
  return {
    ...workbook,
    inspection: {
      ...workbook.inspection,
      council: { name: 'Bristol City Council', laCode: '801' },
    },
  };
}

function tables(report: ReportData) {
  return report.blocks.filter(
    (b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table',
  );
}

/** A CIN census indicator of Bristol's, computed. */
function cin(id: string, label: string, value: number): IndicatorResult {
  return {
    id,
    label,
    scope: 'council',
    scopeName: 'Bristol City Council',
    numerator: value * 10,
    denominator: 1000,
    value,
    unit: 'percent',
    source: 's',
    definition: 'd',
    data: 'cin-census',
    available: true,
  };
}

const options = { version: 1, generatedAt: '2026-10-16T12:00:00Z' };

describe('the report shows the published comparators', () => {
  it.each(['self-assessment', 'ilacs-2026'] as const)(
    '%s: the data annex lists every measure beside England, the region and the neighbours, with no records',
    (kind) => {
      const workbook = bristol(kind);
      const inputs = reportInputs(workbook, [], undefined, '2026-10-16', undefined, dataset);
      const report = buildReport(workbook, { ...options, ...inputs });
      const table = tables(report).find((t) => t.caption.startsWith('Published DfE figures'));
      const shown = councilComparators(dataset, '801', 'Bristol');
      expect(table?.head).toEqual([
        'Measure',
        'Year',
        'Council',
        'England',
        'South West',
        'Neighbours',
      ]);
      expect(table?.rows).toHaveLength(shown.measures.length);
      const cla = shown.measures.find((m) => m.id === 'placements-3-plus');
      const row = table?.rows.find((r) => r[0] === cla?.label);
      expect(row).toEqual([
        cla?.label,
        String(cla?.year),
        `${cla?.la.value}%`,
        `${cla?.england.value}%`,
        `${cla?.region.value}%`,
        `${cla?.neighbours.average}%`,
      ]);
      expect(JSON.stringify(report.blocks)).toContain('Open Government Licence v3.0');
    },
  );

  it('an indicator’s annex table and chart carry England, the region, the neighbours and the published figure', () => {
    const workbook = bristol('self-assessment');
    const result: IndicatorResult = {
      id: 'placement-stability-3-plus',
      label: 'Children with 3 or more placements in the year',
      scope: 'council',
      scopeName: 'Bristol City Council',
      numerator: 60,
      denominator: 500,
      value: 12,
      unit: 'percent',
      source: 's',
      definition: 'd',
      data: 'ssda903',
      available: true,
    };
    const computed: IndicatorReport = {
      year: { label: '2024/25', start: '2024-04-01', end: '2025-03-31', detected: true },
      asAt: null,
      census: null,
      indicators: [result],
      notes: [],
    };
    const withDfe = withComparators(computed, dataset, '801');
    const c = withDfe.indicators[0]?.comparators;
    const indicators = reportIndicatorsFrom(withDfe, workbook, 'South West');
    if (indicators === undefined || c === undefined) throw new Error('no indicators');
    const report = buildReport(workbook, { ...options, indicators });
    const annex = tables(report).find((t) => t.caption === `Figures by source: ${result.label}`);
    expect(annex?.rows.slice(1)).toEqual([
      ['England (2025)', `${c.england.value}%`, 'DfE'],
      ['South West (2025)', `${c.region.value}%`, 'DfE'],
      [
        'Statistical neighbours, average (2025)',
        `${c.neighbours.average}%`,
        `${c.neighbours.published} of 10`,
      ],
      ['Bristol City Council, published by DfE (2025)', `${c.la.value}%`, 'DfE'],
    ]);
    const chart = report.blocks.find((b) => b.kind === 'chart');
    const description = chart?.kind === 'chart' ? chart.chart.description : '';
    expect(description).toContain(`England ${c.england.value}%`);
    expect(description).toContain(`South West ${c.region.value}%`);
    expect(description).toContain(`Statistical neighbours ${c.neighbours.average}%`);
    // 12% computed against 8% published with 500 children: beyond rounding and one child.
    expect(JSON.stringify(report.blocks)).toContain('Data-quality note:');
  });

  it('the help-and-protection table of the data annex carries the CIN indicators’ published figures', () => {
    const workbook = bristol('ilacs-2026');
    const computed: IndicatorReport = {
      year: null,
      asAt: null,
      census: { label: '2023/24', start: '2023-04-01', end: '2024-03-31', detected: true },
      indicators: [
        cin('cin-cpp-second-subsequent', 'Second or subsequent plans', 60),
        cin('cin-assessments-45-days', 'Assessments within 45 working days', 80),
      ],
      notes: [],
    };
    const withDfe = withComparators(computed, dataset, '801');
    const c = withDfe.indicators[0]?.comparators;
    const indicators = reportIndicatorsFrom(withDfe, workbook, 'South West');
    if (indicators === undefined || c === undefined) throw new Error('no indicators');
    const report = buildReport(workbook, { ...options, indicators });
    const table = tables(report).find((t) => t.caption.includes('help and protection'));
    expect(table?.head.slice(-4)).toEqual([
      'England',
      'South West',
      'Statistical neighbours',
      'Bristol City Council, published',
    ]);
    expect(c.year).toBe(2024);
    expect(table?.rows[0]?.slice(-4)).toEqual([
      `${c.england.value}% (2024)`,
      `${c.region.value}% (2024)`,
      `${c.neighbours.average}% (2024)`,
      `${c.la.value}% (2024)`,
    ]);
    // An indicator with no published measure gets dashes, not another's figures.
    expect(table?.rows[1]?.slice(-4)).toEqual(['—', '—', '—', '—']);
    const text = JSON.stringify(report.blocks);
    expect(text).toContain('Second or subsequent plans. Compared with DfE: The same measure');
    // 60% computed against Bristol's published share: far beyond rounding and one plan.
    expect(text).toContain('Second or subsequent plans. Data-quality note:');
  });
});
