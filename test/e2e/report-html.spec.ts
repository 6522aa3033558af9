import { buildReport, reportHtml, type ReportOptions } from '../../shared/reports';
import {
  demoWorkbook,
  handConflicts,
  handIndicators,
  type DemoWorkbook,
} from '../unit/shared/reports/fixtures';
import { expect, test } from './fixtures';

// The accessible HTML twin of each report template, loaded as a page and
// checked with axe (WCAG 2.2 AA and best practice), as a screen-reader user
// would meet it: pdfmake cannot tag the PDF (PDF/UA, ISO 14289, https://pdfa.org/resource/iso-14289-pdfua/), so this page
// is the accessible version.
const options: ReportOptions = { version: 1, generatedAt: '2026-10-16T14:05:00Z' };

function withInputs(demo: DemoWorkbook): ReportOptions {
  return {
    ...options,
    indicators: handIndicators(demo.workbook),
    conflicts: handConflicts(demo.workbook),
  };
}

const cases: [string, DemoWorkbook, (demo: DemoWorkbook) => ReportOptions][] = [
  ['ILACS report with indicators and conflicts', demoWorkbook('ilacs-2026'), withInputs],
  [
    'ILACS report, signed, under ilacs-2023',
    demoWorkbook('ilacs-2023'),
    () => ({
      ...options,
      signature: {
        signer: 'Amara Okafor',
        subject: 'CN=Amara Okafor, O=Test, C=GB',
        signedBy: 'Amara Okafor',
        role: 'Lead inspector',
        signedAt: options.generatedAt,
      },
    }),
  ],
  ['focused-visit letter', demoWorkbook('focused-visit'), () => options],
  ['monitoring-visit letter', demoWorkbook('monitoring-visit'), () => options],
  ['self-assessment', demoWorkbook('self-assessment'), () => options],
];

test.describe('report HTML twin', () => {
  for (const [name, demo, optionsFor] of cases) {
    test(`${name}: headings, tables and charts are accessible`, async ({
      page,
      expectAccessible,
    }) => {
      const report = buildReport(demo.workbook, optionsFor(demo));
      await page.setContent(reportHtml(report));
      await expect(page).toHaveTitle(
        report.signature === null ? `DRAFT: ${report.title}` : report.title,
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title);
      const headings = report.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(
        report.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : [])),
      );
      expect(headings.length).toBeGreaterThan(3);
      const tables = report.blocks.filter((b) => b.kind === 'table');
      await expect(page.getByRole('table')).toHaveCount(tables.length);
      for (const table of tables.slice(0, 3)) {
        await expect(page.getByRole('table', { name: table.caption }).first()).toBeVisible();
      }
      const charts = report.blocks.filter((b) => b.kind === 'chart');
      await expect(page.getByRole('img')).toHaveCount(charts.length);
      for (const chart of charts) {
        if (chart.kind !== 'chart') continue;
        await expect(page.getByRole('img', { name: chart.chart.description })).toBeVisible();
      }
      await expectAccessible(page);
    });
  }
});
