import { describe, expect, it } from 'vitest';
import { frameworkById, selfEvaluationQuestions, type Workbook } from '../../../../shared/domain';
import {
  buildReport,
  reportReadiness,
  type ReportBlock,
  type ReportData,
  type ReportOptions,
} from '../../../../shared/reports';
import { demoWorkbook, handConflicts, handIndicators, providerId } from './fixtures';

const options: ReportOptions = { version: 1, generatedAt: '2026-10-16T12:00:00Z' };

function headings(report: ReportData, level?: 2 | 3): string[] {
  return report.blocks.flatMap((b) =>
    b.kind === 'heading' && (level === undefined || b.level === level) ? [b.text] : [],
  );
}

function numbered(report: ReportData) {
  return report.blocks.flatMap((b) => (b.kind === 'numbered' ? b.paragraphs : []));
}

function tables(report: ReportData) {
  return report.blocks.filter(
    (b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table',
  );
}

function allText(report: ReportData): string {
  return JSON.stringify(report.blocks);
}

// The grade vocabulary exactly as printed (test/fixtures/docs/ilacs.md §1.1b).
const printed = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];

describe('ILACS report data (ilacs.md §1.1b skeleton)', () => {
  it.each(['ilacs-2026', 'ilacs-2023', 'ilacs-2018'] as const)(
    'follows the published skeleton under %s',
    (framework) => {
      const { workbook } = demoWorkbook(framework);
      const report = buildReport(workbook, options);
      const fw = frameworkById(framework);
      expect(report.title).toBe(
        'Inspection of Northmoor Borough Council local authority children’s services',
      );
      expect(report.blocks[0]).toEqual({
        kind: 'facts',
        items: [
          { label: 'Inspection dates', value: expect.stringMatching(/^\d+ to \d+ \w+ \d{4}$/) },
          {
            label: 'Lead inspector',
            value: expect.stringMatching(/^Amara Okafor, H(is|er) Majesty’s Inspector$/),
          },
        ],
      });
      // One row per judgement of the framework, in judgement-table order, with printed grades.
      const table = tables(report)[0];
      expect(table?.head).toEqual(['Judgement', 'Grade']);
      expect(table?.rows.map((r) => r[0])).toEqual(fw.areas.map((a) => a.label));
      for (const row of table?.rows ?? []) expect(printed).toContain(row[1]);
      for (const judgement of workbook.judgements) {
        const label = fw.areas.find((a) => a.id === judgement.area)?.label;
        const row = table?.rows.find((r) => r[0] === label);
        expect(row?.[1]?.toLowerCase().replace(/ /g, '-').replace('-to-be-good', '')).toBe(
          judgement.grade,
        );
      }
      // Headings: what needs to improve, then one per judgement in report order, then the new sections.
      const sectionHeadings = fw.reportOrder.map((area) => {
        const label = fw.areas.find((a) => a.id === area)?.label ?? '';
        const grade = table?.rows.find((r) => r[0] === label)?.[1] ?? '';
        return `${label}: ${grade.toLowerCase()}`;
      });
      expect(headings(report, 2)).toEqual([
        'What needs to improve?',
        ...sectionHeadings,
        'Delegated providers',
        'Conflicts of interest',
        'Data annex',
        'About this report',
      ]);
    },
  );

  it('numbers paragraphs across sections and traces each to its finding’s evidence', () => {
    const { workbook } = demoWorkbook('ilacs-2026');
    const report = buildReport(workbook, options);
    const paragraphs = numbered(report);
    expect(paragraphs.map((p) => p.number)).toEqual(
      Array.from({ length: workbook.findings.length }, (_, i) => i + 1),
    );
    const evidenceIds = new Set(workbook.evidence.map((e) => e.id));
    for (const paragraph of paragraphs) {
      const finding = workbook.findings.find((f) => f.id === paragraph.findingId);
      expect(paragraph.text).toBe(finding?.text);
      expect(paragraph.evidenceIds).toEqual(finding?.evidenceIds);
      for (const id of paragraph.evidenceIds) expect(evidenceIds.has(id)).toBe(true);
    }
    // The evidence the report rests on: every finding's and every grade's, once, sorted.
    const expected = new Set([
      ...workbook.findings.flatMap((f) => f.evidenceIds),
      ...workbook.judgements.flatMap((j) => j.evidenceIds),
    ]);
    expect(report.evidenceIds).toEqual([...expected].sort());
    // Action taken during the inspection is carried (test/fixtures/docs/ilacs.md §1.1b).
    expect(paragraphs.some((p) => p.actionTaken?.startsWith('During the inspection'))).toBe(true);
  });

  it('prints improvement tags in the national-framework form', () => {
    const { workbook } = demoWorkbook('ilacs-2026');
    const bullets = buildReport(workbook, options).blocks.find((b) => b.kind === 'bullets');
    expect(bullets?.kind === 'bullets' && bullets.items).toEqual(
      workbook.improvements.map((i) =>
        i.tag === undefined
          ? i.text
          : `${i.text} (${i.tag.kind === 'outcome' ? `Outcome ${i.tag.number}, national framework` : `Enabler ${i.tag.number}`})`,
      ),
    );
  });

  it('titles the report for a delegated provider when asked (Bradford 2026)', () => {
    const { workbook } = demoWorkbook('ilacs-2026');
    const id = providerId(workbook, 'Trust');
    const report = buildReport(workbook, { ...options, titledFor: id });
    const name = workbook.providers.find((p) => p.id === id)?.name ?? '';
    expect(report.title).toBe(`Inspection of ${name}`);
    expect(report.metadata.title).toBe(report.title);
  });
});

function attributed(workbook: Workbook, provider: string): number[] {
  const report = buildReport(workbook, options);
  const mine = new Set(workbook.evidence.filter((e) => e.source === provider).map((e) => e.id));
  return numbered(report)
    .filter((p) => p.evidenceIds.some((id) => mine.has(id)))
    .map((p) => p.number);
}

describe('delegated providers, conflicts and the data annex', () => {
  it('gives each provider its facts and the findings resting on its evidence', () => {
    const { workbook } = demoWorkbook('ilacs-2026');
    const report = buildReport(workbook, options);
    expect(headings(report, 3)).toEqual(workbook.providers.map((p) => p.name));
    for (const provider of workbook.providers) {
      const expected = attributed(workbook, provider.id);
      const table = tables(report).find(
        (t) => t.caption === `Findings attributed to ${provider.name}`,
      );
      expect(table?.rows.map((r) => Number(r[0])) ?? []).toEqual(expected);
    }
    // The profit-making holder of wider functions carries its flag (SI 2014/2407).
    expect(allText(report)).toContain('Keystone Family Support Ltd is profit-making');
    expect(allText(report)).toContain('Profit-making');
    expect(allText(report)).toContain('Not for profit');
  });

  it('says plainly when no records were imported and conflicts were not checked', () => {
    const { workbook } = demoWorkbook('ilacs-2026');
    const text = allText(buildReport(workbook, options));
    expect(text).toContain('No records have been imported.');
    expect(text).toContain('Conflicts of interest have not been checked.');
    expect(buildReport(workbook, options).blocks.some((b) => b.kind === 'chart')).toBe(false);
  });

  it('renders indicators beside the council’s, with charts, and every conflict flag', () => {
    const { workbook } = demoWorkbook('ilacs-2026');
    const indicators = handIndicators(workbook);
    const conflicts = handConflicts(workbook);
    const report = buildReport(workbook, { ...options, indicators, conflicts });
    const text = allText(report);
    expect(text).not.toContain('No records have been imported.');
    expect(text).not.toContain('have not been checked');
    // Provider tables: the provider's value beside the whole council's, England's and the neighbours'.
    const trust = workbook.providers.find((p) => p.name.includes('Trust'));
    const beside = tables(report).find((t) =>
      t.caption.startsWith(`Indicators: ${trust?.name ?? ''}`),
    );
    expect(beside?.rows).toEqual([
      ['Children in care with three or more placements in the year', '9.5%', '11%', '10%', '—'],
    ]);
    // Annex: a table and a chart per indicator; a missing value says so.
    const charts = report.blocks.filter((b) => b.kind === 'chart');
    expect(charts).toHaveLength(indicators.indicators.length);
    const leavers = tables(report).find(
      (t) => t.caption === 'Figures by source: Care leavers aged 19 to 21 in touch',
    );
    expect(leavers?.rows[1]?.[1]).toBe('too few records');
    // Conflicts: the flag, its chain, children affected and the review.
    const flag = conflicts.flags[0];
    const chain = tables(report).find((t) => t.caption === 'Evidence chain for flag 1');
    expect(chain?.rows.map((r) => r[2])).toEqual(flag?.chain.map((l) => l.relation));
    expect(text).toContain('"label":"Children affected","value":"7"');
    expect(text).toContain('Confirmed by Amara Okafor on 14 October 2026');
  });

  it('says when a check found no conflicts', () => {
    const { workbook } = demoWorkbook('ilacs-2026');
    const conflicts = { ...handConflicts(workbook), flags: [] };
    expect(allText(buildReport(workbook, { ...options, conflicts }))).toContain(
      'No conflicts of interest were found.',
    );
  });
});

describe('letters and the self-assessment', () => {
  it('the focused-visit letter has theme, headline findings and what needs to improve in this area', () => {
    const { workbook } = demoWorkbook('focused-visit');
    const report = buildReport(workbook, options);
    expect(report.title).toBe('Focused visit to Northmoor Borough Council children’s services');
    expect(headings(report, 2).slice(0, 4)).toEqual([
      'Headline findings',
      'What needs to improve in this area',
      'Areas for priority action',
      'Main findings',
    ]);
    expect(allText(report)).toContain('"label":"Theme","value":"Children in care"');
    expect(numbered(report).map((p) => p.number)).toEqual([1, 2, 3]);
    expect(tables(report).some((t) => t.caption === 'Judgements')).toBe(false);
  });

  it('the monitoring-visit letter sets out the areas for priority action', () => {
    const { workbook } = demoWorkbook('monitoring-visit');
    const report = buildReport(workbook, options);
    expect(headings(report, 2).slice(0, 4)).toEqual([
      'Areas covered by the visit',
      'Overview',
      'Areas for priority action',
      'Findings',
    ]);
    const bullets = report.blocks.filter((b) => b.kind === 'bullets');
    expect(bullets[1]?.kind === 'bullets' && bullets[1].items).toEqual(
      workbook.priorityActions.map((p) => p.text),
    );
  });

  it('the self-assessment is marked, graded by the council and built round the three questions', () => {
    const { workbook } = demoWorkbook('self-assessment');
    const report = buildReport(workbook, options);
    expect(report.marking).toBe('Self-assessment — not an Ofsted inspection');
    expect(report.blocks[0]?.kind).toBe('notice');
    expect(headings(report, 2).slice(0, 3)).toEqual(selfEvaluationQuestions.map((q) => q.text));
    const table = tables(report)[0];
    expect(table?.head[1]).toBe('Grade (council’s own)');
    // The council may also give the optional overall effectiveness (test/fixtures/docs/ilacs.md §1.1a).
    expect(table?.rows.at(-1)).toEqual(['Overall effectiveness', 'Good']);
    expect(report.metadata.author).toBe('Siân Pritchard and Łucja Wiśniewska');
  });
});

describe('readiness', () => {
  it('refuses a graded report with no grades and signing with a grade missing', () => {
    const { workbook } = demoWorkbook('ilacs-2026');
    const none = { ...workbook, judgements: [] };
    expect(reportReadiness(none, false)).toMatchObject({
      ok: false,
      error: { code: 'report.no-grades' },
    });
    const partial = { ...workbook, judgements: workbook.judgements.slice(1) };
    expect(reportReadiness(partial, false).ok).toBe(true);
    expect(reportReadiness(partial, true)).toMatchObject({
      ok: false,
      error: { code: 'report.ungraded' },
    });
    expect(reportReadiness(workbook, true).ok).toBe(true);
    expect(reportReadiness(demoWorkbook('monitoring-visit').workbook, true).ok).toBe(true);
  });
});
