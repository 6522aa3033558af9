import { WORKBOOK_CLI } from './workbook-command';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { focusedVisitThemes } from '../../shared/domain/themes';
import { exportBundle, workbookJson } from './bundle';
import { expect, test } from './fixtures';
import { fillDate } from './date-input';

test.describe('Inspections', () => {
  test('creates an inspection, refusing bad input with the error summary, and lists it', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Enter the council’s name');
    await expect(summary).toContainText('DfE local authority code');
    await expectAccessible(page);

    await page.getByLabel('Council self-assessment').check();
    await page.getByLabel('Council', { exact: true }).fill('Eastvale Metropolitan Borough Council');
    await page.getByLabel('DfE local authority code').fill('898');
    await fillDate(page, 'First day on site', '2026-11-02');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Eastvale Metropolitan Borough Council' }),
    ).toBeVisible();
    // The on-site date chose the framework; the self-assessment's author is a council officer.
    await expect(
      page.getByText('ILACS without overall effectiveness (from April 2026)'),
    ).toBeVisible();
    await expect(page.getByText('(Council officer)')).toBeVisible();
    await expect(page.getByText('2 November 2026', { exact: true })).toBeVisible();
    // The bundle holds what was entered, as the command reads it.
    const file = await exportBundle(page, testInfo);
    expect(workbookJson('judge', file)).toMatchObject({ framework: 'ilacs-2026' });
    const log = JSON.stringify(workbookJson('log', file));
    expect(log).toContain('Eastvale Metropolitan Borough Council');
    expect(log).toContain('"laCode":"898"');
    expect(log).toContain('self-assessment');
    await page.getByRole('link', { name: 'All inspections' }).click();
    await expect(
      page.getByRole('link', { name: 'Eastvale Metropolitan Borough Council' }),
    ).toBeVisible();
  });

  test('a focused visit asks for its theme, records the one chosen, and cannot be made without one', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    await page.goto('/');
    // Only a focused visit has a theme: the question comes with that kind and goes with it.
    const theme = page.getByLabel('Theme of the focused visit');
    await expect(theme).toHaveCount(0);
    await page.getByLabel('Focused visit').check();
    await expect(theme).toBeVisible();
    // Every choice is a theme (there is no blank one), so the form always sends one.
    const options = await theme
      .locator('option')
      .evaluateAll((nodes) =>
        nodes.map((node) => (node instanceof HTMLOptionElement ? node.value : '')),
      );
    expect(options).toEqual(focusedVisitThemes.map((t) => t.id));
    await page.getByLabel('Standard inspection').check();
    await expect(theme).toHaveCount(0);
    await page.getByLabel('Focused visit').check();
    await theme.selectOption('care-leavers');
    await expectAccessible(page);
    await page.getByLabel('Council', { exact: true }).fill('Northmoor');
    await page.getByLabel('DfE local authority code').fill('899');
    await fillDate(page, 'First day on site', '2026-09-14');
    await fillDate(page, 'Last day on site (optional)', '2026-09-15');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Northmoor' })).toBeVisible();
    await expect(page.getByText('Focused visit')).toBeVisible();
    // The bundle records the theme chosen, not the form's first one, as the command reads it.
    const file = await exportBundle(page, testInfo);
    const log = workbookJson('log', file);
    const entries: unknown = Reflect.get(Object(log), 'entries');
    const changes = (Array.isArray(entries) ? entries : [])
      .filter((entry) => Reflect.get(Object(entry), 'entity') === 'inspection')
      .map((entry) => [Reflect.get(Object(entry), 'field'), Reflect.get(Object(entry), 'after')]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['kind', 'focused-visit'],
        ['theme', 'care-leavers'],
      ]),
    );
    expect(changes.filter(([field]) => field === 'theme')).toHaveLength(1);
    // The engine the app shares refuses a focused visit without a theme, storing nothing.
    const bare = testInfo.outputPath('no-theme.inspection');
    const refused = spawnSync(
      process.execPath,
      [
        WORKBOOK_CLI,
        'new',
        bare,
        '--council',
        'Northmoor',
        '--la-code',
        '899',
        '--kind',
        'focused-visit',
        '--on-site',
        '2026-09-14',
      ],
      { encoding: 'utf8' },
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/focused visit looks at one theme/);
    expect(existsSync(bare)).toBe(false);
  });
  test('names moderators beside the team, refusing a name given twice', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    await page.goto('/');
    await page.getByLabel('Council', { exact: true }).fill('Westfold Council');
    await page.getByLabel('DfE local authority code').fill('897');
    await fillDate(page, 'First day on site', '2026-10-05');
    await page.getByLabel('Other members of the team (optional)').fill('Ben Inspector\nCara Both');
    await page.getByLabel('Moderators (optional)').fill('Dee Moderator\nCara Both');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Name Cara Both once');
    await expectAccessible(page);
    // The summary's link takes the user to the field it names.
    await summary.getByRole('link', { name: /Name Cara Both once/ }).click();
    await expect(page.getByLabel('Moderators (optional)')).toBeFocused();

    await page.getByLabel('Moderators (optional)').fill('Dee Moderator');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Westfold Council' })).toBeVisible();
    await expect(page.getByText('Dee Moderator (Moderator)')).toBeVisible();
    await expect(page.getByText('Ben Inspector (Inspector)')).toBeVisible();
    await expectAccessible(page);
    // Nothing imported yet: what needs records says so rather than "None".
    const task = (name: string) =>
      page.locator('.govuk-task-list__item').filter({ has: page.getByRole('link', { name }) });
    await expect(task('Data problems')).toContainText('Needs records');
    await expect(task('Conflicts of interest')).toContainText('Needs records');
    await expect(task('Evidence')).toContainText('Not started');
    await expect(task('Evidence')).toContainText('Areas with evidence: 0 of 4');
    await expect(task('Grades')).toContainText('Not started');

    // The bundle records each person once, in their role, as the command reads it.
    const file = await exportBundle(page, testInfo);
    const log = JSON.stringify(workbookJson('log', file));
    expect(log).toContain('{"name":"Dee Moderator","role":"moderator"}');
    expect(log).toContain('{"name":"Ben Inspector","role":"inspector"}');
    expect(log).toContain('{"name":"Cara Both","role":"inspector"}');
    expect(log).not.toContain('{"name":"Cara Both","role":"moderator"}');
  });
});
