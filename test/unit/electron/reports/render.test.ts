import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameworkById, gradeLabel, selfEvaluationQuestions } from '../../../../shared/domain';
import { reportFonts } from '../../../../electron/main/reports/fonts';
import { makeReport } from '../../../../electron/main/reports/make-report';
import type { FontFiles } from '../../../../electron/main/reports/pdfmake';
import {
  demoWorkbook,
  handConflicts,
  handIndicators,
  type DemoWorkbook,
} from '../../shared/reports/fixtures';
import { flat, pdfInfo, pdfText, poppler, positionsInOrder, saveTo, tempDir } from './poppler';

let dir = '';
let fonts: FontFiles;
beforeAll(async () => {
  dir = await tempDir();
  fonts = await reportFonts();
});

async function render(demo: DemoWorkbook, name: string, inputs = false): Promise<string> {
  const made = await makeReport({
    workbook: demo.workbook,
    operations: demo.operations,
    fonts,
    now: new Date('2026-10-16T14:05:00Z'),
    ...(inputs
      ? { indicators: handIndicators(demo.workbook), conflicts: handConflicts(demo.workbook) }
      : {}),
  });
  expect(made.record).toBeNull();
  return saveTo(dir, name, made.pdf);
}

async function pages(file: string): Promise<string[]> {
  const count = Number((await pdfInfo(file)).get('Pages'));
  return Promise.all(Array.from({ length: count }, (_, i) => pdfText(file, i + 1)));
}

const extras = ['Delegated providers', 'Conflicts of interest', 'Data annex', 'About this report'];

describe('the rendered PDFs (pdftotext, pdfinfo, pdffonts)', () => {
  it('ILACS report: headings and grades in published order, metadata, fonts, DRAFT and footer on every page', async () => {
    const demo = demoWorkbook('ilacs-2026');
    const file = await render(demo, 'ilacs.pdf', true);
    const text = flat(await pdfText(file));
    const framework = frameworkById('ilacs-2026');
    const grade = (area: string) =>
      gradeLabel(demo.workbook.judgements.find((j) => j.area === area)?.grade ?? 'good');
    // Judgement table rows: label then grade, in judgement-table order (test/fixtures/docs/ilacs.md §1.1b).
    const table = framework.areas.flatMap((a) => [a.label, grade(a.id)]);
    const sections = framework.reportOrder.map(
      (area) =>
        `${framework.areas.find((a) => a.id === area)?.label ?? ''}: ${grade(area).toLowerCase()}`,
    );
    const wanted = [
      'Inspection of Northmoor Borough Council local authority children’s services',
      'Inspection dates: 5 to 16 October 2026',
      'Lead inspector: Amara Okafor, His Majesty’s Inspector',
      ...table,
      'What needs to improve?',
      '(Outcome 4, national framework)',
      ...sections,
      ...extras,
    ];
    expect(positionsInOrder(text, wanted).map((at, i) => (at < 0 ? wanted[i] : 'ok'))).toEqual(
      wanted.map(() => 'ok'),
    );
    // Numbered paragraphs run on across sections, each with its evidence ids.
    for (const [i, finding] of demo.workbook.findings.entries()) {
      expect(text).toContain(`${i + 1}. `);
      expect(text).toContain(`Evidence: ${finding.evidenceIds.join(', ')}`);
    }
    // The data annex's charts are drawn with real text (svg-to-pdfkit), and the conflict flag is there.
    expect(text).toContain('England 10%');
    expect(text).toContain('Flag 1: Keystone Family Support Ltd and Keystone Homes Ltd');
    const info = await pdfInfo(file);
    expect(info.get('Title')).toBe(
      'Inspection of Northmoor Borough Council local authority children’s services',
    );
    expect(info.get('Author')).toBe('Amara Okafor');
    expect(info.get('Subject')).toContain('Northmoor Borough Council');
    expect(info.get('Page size')).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)$/);
    expect(info.get('PDF version')).toBe('1.7');
    // The language is in the catalog (pdfinfo does not print it).
    const raw = new TextDecoder('latin1').decode(await readFile(file));
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toContain('/DisplayDocTitle true');
    const fontsOut = await poppler('pdffonts', [file]);
    for (const line of fontsOut
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')) {
      expect(line).toMatch(/Roboto.*CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
    const all = await pages(file);
    all.forEach((page, i) => {
      expect(page).toContain('DRAFT');
      expect(page).toContain(`Page ${i + 1} of ${all.length}`);
      expect(flat(page)).toContain('5 to 16 October 2026');
    });
  });

  it('focused-visit letter: theme, headline findings, what needs to improve in this area', async () => {
    const file = await render(demoWorkbook('focused-visit'), 'focused.pdf');
    const text = flat(await pdfText(file));
    const wanted = [
      'Focused visit to Northmoor Borough Council children’s services',
      'Visit dates: 10 to 11 November 2026',
      'Theme: Children in care',
      'Headline findings',
      'What needs to improve in this area',
      'Areas for priority action',
      'Main findings',
      '1. ',
      'Yours sincerely',
      ...extras,
    ];
    expect(positionsInOrder(text, wanted).every((at) => at >= 0)).toBe(true);
    expect(text).not.toContain('Requires improvement');
  });

  it('monitoring-visit letter: areas for priority action', async () => {
    const demo = demoWorkbook('monitoring-visit');
    const file = await render(demo, 'monitoring.pdf');
    const text = flat(await pdfText(file));
    const wanted = [
      'Monitoring visit to Northmoor Borough Council children’s services',
      'Areas covered by the visit',
      'Overview',
      'Areas for priority action',
      ...demo.workbook.priorityActions.map((p) => p.text),
      'Findings',
      ...extras,
    ];
    expect(positionsInOrder(text, wanted).every((at) => at >= 0)).toBe(true);
  });

  it('self-assessment: marked on every page, the three questions, council grades, names beyond Latin-1', async () => {
    const demo = demoWorkbook('self-assessment');
    const file = await render(demo, 'self.pdf');
    const text = flat(await pdfText(file));
    const wanted = [
      'Self-assessment of Northmoor Borough Council local authority children’s services',
      'Prepared by: Siân Pritchard and Łucja Wiśniewska, council officers',
      'Grade (council’s own)',
      'Overall effectiveness',
      ...selfEvaluationQuestions.map((q) => q.text),
      ...extras,
    ];
    expect(positionsInOrder(text, wanted).map((at, i) => (at < 0 ? wanted[i] : 'ok'))).toEqual(
      wanted.map(() => 'ok'),
    );
    for (const page of await pages(file)) {
      expect(page).toContain('Self-assessment — not an Ofsted inspection');
      expect(page).toContain('DRAFT');
    }
    expect((await pdfInfo(file)).get('Author')).toBe('Siân Pritchard and Łucja Wiśniewska');
  });
});
