import { bundledComparators } from '../../shared/comparators/bundled';
import { councilComparators } from '../../shared/comparators/compare';
import { withComparators } from '../../shared/comparators/indicator-comparators';
import type { IndicatorReport } from '../../shared/records/indicators';
import { buildReport, reportHtml } from '../../shared/reports';
import { reportInputs } from '../../shared/tasks';
import { reportIndicatorsFrom } from '../../shared/workbook';
import { demoWorkbook } from '../unit/shared/reports/fixtures';
import { fillDate } from './date-input';
import { expect, test } from './fixtures';

// Bristol's published DfE figures, as the bundled dataset gives them (itself
// held to the DfE files by test/unit/shared/comparators/published.test.ts).
const bristol = councilComparators(bundledComparators(), '801', 'Bristol City Council');
const stability = bristol.measures.find((m) => m.id === 'placements-3-plus');
const secondPlans = bristol.measures.find((m) => m.id === 'cpp-second-or-later');

test.describe('Published comparators', () => {
  test('a council’s self-assessment shows its published figures beside England, its region and its neighbours, before any import', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.slow();
    await page.goto('/');
    await page.getByLabel('Council self-assessment').check();
    await page.getByLabel('Council', { exact: true }).fill('Bristol City Council');
    await page.getByLabel('DfE local authority code').fill('801');
    await fillDate(page, 'First day on site', '2026-11-02');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bristol City Council' }),
    ).toBeVisible();

    await page.locator('.govuk-task-list').getByRole('link', { name: 'Indicators' }).click();
    await expect(page.getByRole('heading', { name: 'No records imported yet' })).toBeVisible();
    const table = page.getByRole('table', {
      name: /^Published figures: Bristol, City of beside England, South West/,
    });
    await expect(table).toBeVisible();
    await expect(
      page.getByText(
        `Its statistical neighbours (DfE): ${bristol.neighbours.map((n) => n.name).join(', ')}.`,
      ),
    ).toBeVisible();
    const row = table.getByRole('row', { name: new RegExp(`^${stability?.label ?? '-'}`) });
    const cells = row.getByRole('cell');
    await expect(cells.nth(0)).toHaveText(String(stability?.year));
    await expect(cells.nth(1)).toHaveText(`${stability?.la.value}%`);
    await expect(cells.nth(2)).toHaveText(`${stability?.england.value}%`);
    await expect(cells.nth(3)).toHaveText(`${stability?.region.value}%`);
    await expect(cells.nth(4)).toContainText(`${stability?.neighbours.average}%`);
    // Each neighbour on demand.
    await row.getByText('Each statistical neighbour').click();
    const first = stability?.neighbours.each[0];
    await expect(row.getByText(`${first?.name}: ${first?.value}%`)).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({
      path: testInfo.outputPath('indicators-published.png'),
      fullPage: true,
    });
  });

  test('the self-assessment report’s HTML twin shows the comparators beside an indicator and in the data annex', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    const { workbook: demo } = demoWorkbook('self-assessment');
    const workbook = {
      ...demo,
      inspection: { ...demo.inspection, council: { name: 'Bristol City Council', laCode: '801' } },
    };
    const computed: IndicatorReport = {
      year: { label: '2024/25', start: '2024-04-01', end: '2025-03-31', detected: true },
      asAt: null,
      census: { label: '2024/25', start: '2024-04-01', end: '2025-03-31', detected: true },
      indicators: [
        {
          id: 'cin-cpp-second-subsequent',
          label: 'Child protection plans that were a second or subsequent plan',
          scope: 'council',
          scopeName: 'Bristol City Council',
          numerator: 50,
          denominator: 200,
          value: 25,
          unit: 'percent',
          source: 'DfE',
          definition: 'hand-built',
          data: 'cin-census',
          available: true,
        },
        {
          id: 'placement-stability-3-plus',
          label: 'Children with 3 or more placements in the year',
          scope: 'council',
          scopeName: 'Bristol City Council',
          numerator: 45,
          denominator: 500,
          value: 9,
          unit: 'percent',
          source: 'DfE',
          definition: 'hand-built',
          data: 'ssda903',
          available: true,
        },
      ],
      notes: [],
    };
    const dataset = bundledComparators();
    const indicators = reportIndicatorsFrom(
      withComparators(computed, dataset, '801'),
      workbook,
      'South West',
    );
    const { comparators } = reportInputs(workbook, [], undefined, '2026-11-02', undefined, dataset);
    const report = buildReport(workbook, {
      version: 1,
      generatedAt: '2026-11-02T12:00:00Z',
      ...(indicators === undefined ? {} : { indicators }),
      ...(comparators === undefined ? {} : { comparators }),
    });
    await page.setContent(reportHtml(report));
    await expect(
      page.getByRole('table', {
        name: /^Published DfE figures: Bristol, City of beside England, South West/,
      }),
    ).toBeVisible();
    const annex = page.getByRole('table', {
      name: 'Figures by source: Children with 3 or more placements in the year',
    });
    await expect(annex).toContainText(`England (2025)${stability?.england.value}%`);
    await expect(annex).toContainText(`South West (2025)${stability?.region.value}%`);
    await expect(page.getByRole('img', { name: /South West/ })).toBeVisible();
    // The CIN census indicators sit beside help and protection, with the published figures in columns.
    const help = page.getByRole('table', {
      name: 'Figures for the help and protection judgement, by source',
    });
    const plans = help.getByRole('row', { name: /^Child protection plans that were a second/ });
    await expect(plans).toContainText(`${secondPlans?.england.value}% (2025)`);
    await expect(plans).toContainText(`${secondPlans?.region.value}% (2025)`);
    await expect(plans).toContainText(`${secondPlans?.la.value}% (2025)`);
    await expect(
      page.getByText(
        /^Child protection plans that were a second or subsequent plan\. Compared with DfE:/,
      ),
    ).toBeVisible();
    await expectAccessible(page);
    await annex.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('report-annex.png'), fullPage: true });
    await page
      .getByRole('img', { name: /South West/ })
      .screenshot({ path: testInfo.outputPath('report-chart.png') });
    await annex.screenshot({ path: testInfo.outputPath('report-annex-table.png') });
  });

  test('the demo’s indicator tables gain England beside each indicator with a published measure', async ({
    page,
  }, testInfo) => {
    test.slow();
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Indicators' }).click();
    const ssda903 = page.getByRole('table', { name: /^From SSDA903 returns, collection year/ });
    await expect(ssda903).toBeVisible({ timeout: 60_000 });
    await expect(ssda903.getByRole('columnheader', { name: /^England/ })).toBeVisible();
    const demo = councilComparators(bundledComparators(), '899', 'Northmoor');
    const england = demo.measures.find((m) => m.id === 'placements-3-plus')?.england.value;
    const row = ssda903.getByRole('row', {
      name: /^Children with 3 or more placements in the year/,
    });
    await expect(row).toContainText(`${england}%`);
    await expect(
      page.getByText('is not in the DfE files, so only England’s figures are shown'),
    ).toBeVisible();
    await page
      .getByLabel('Indicator to chart')
      .selectOption({ label: 'Children with 3 or more placements in the year' });
    await expect(page.getByText(`England: ${england}%`)).toBeVisible();
    // The census table gains the same columns: England beside the CIN census indicators too.
    const census = page.getByRole('table', { name: /^From the CIN census, census year/ });
    await expect(census.getByRole('columnheader', { name: /^England/ })).toBeVisible();
    const rereferrals = demo.measures.find((m) => m.id === 're-referrals')?.england.value;
    await expect(
      census.getByRole('row', { name: /^Referrals in the year that were re-referrals/ }),
    ).toContainText(`${rereferrals}%`);
    await page.locator('figure').screenshot({ path: testInfo.outputPath('indicators-chart.png') });
    await page.setViewportSize({ width: 1600, height: 900 });
    await row.screenshot({ path: testInfo.outputPath('indicators-row.png') });
  });

  test('Settings loads a newer DfE release: refuses a year already loaded naming the file and column, then loads a later one', async ({
    page,
    expectAccessible,
  }) => {
    const head =
      'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,CPP_start,CPP_subsequent,CPP_subsequent_percent';
    const cat = 'Child Protection Plans which are a second or subsequent plan';
    const release = (year: number) => ({
      name: 'd3_cpps_subsequent_plan_2013_to_2026.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `${head}\n${year},Reporting year,National,E92000001,England,,,,,,${cat},60000,15000,24.9\n`,
      ),
    });
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Settings' }).click();
    await expect(
      page.getByText(/In use: the figures bundled with the app \(version 2025-/),
    ).toBeVisible();
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Load newer DfE files' }).click();
    await (await chooser).setFiles(release(2025));
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toContainText('Nothing was loaded');
    await expect(summary).toContainText(
      'd3_cpps_subsequent_plan_2013_to_2026.csv: time_period goes up to 2025',
    );
    await expect(page.getByText(/In use: the figures bundled with the app/)).toBeVisible();
    await expectAccessible(page);
    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Load newer DfE files' }).click();
    await (await chooser).setFiles(release(2026));
    await expect(page.getByText(/Loaded d3_cpps_subsequent_plan_2013_to_2026.csv/)).toBeVisible();
    await expect(page.getByText(/In use: a newer release loaded here/)).toBeVisible();
    await expect(
      page.getByText(/d3_cpps_subsequent_plan_2013_to_2026.csv \(2026–2026\)/),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Use the bundled figures again' }).click();
    await expect(page.getByText(/In use: the figures bundled with the app/)).toBeVisible();
  });
});
