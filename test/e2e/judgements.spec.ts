import type { Page } from '@playwright/test';
import { exportBundle, workbookJson } from './bundle';
import { expect, test } from './fixtures';
import { fillDate } from './date-input';

/** Records who is working, as a person does in Settings: the author of every change. */
async function becomeUser(page: Page, name: string, role: string): Promise<void> {
  await page.goto('/#/settings');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel(role).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText(`Your changes are recorded as ${name}`)).toBeVisible();
}

type JudgeJson = {
  framework: string;
  judgements: { area: string; grade: string | null; rationale: string | null }[];
  warnings: { rule: string; accepted: { by: string; rationale: string } | null }[];
};

type LogJson = {
  entries: { author: string; entity: string; id: string; field: string; after: unknown }[];
};

function isJudge(value: unknown): value is JudgeJson {
  return (
    typeof value === 'object' && value !== null && 'judgements' in value && 'warnings' in value
  );
}

function isLog(value: unknown): value is LogJson {
  return typeof value === 'object' && value !== null && 'entries' in value;
}

function judged(file: string): JudgeJson {
  const value = workbookJson('judge', file);
  if (!isJudge(value)) throw new Error('workbook judge gave no judgements');
  return value;
}

/** The last value the log recorded for one field of one judgement. */
function lastJudgementField(file: string, area: string, field: string): unknown {
  const value = workbookJson('log', file, '--entity', 'judgement', '--id', area);
  if (!isLog(value)) throw new Error('workbook log gave no entries');
  return value.entries.filter((entry) => entry.field === field).at(-1)?.after;
}

test.describe('Judgements', () => {
  test('regrades a demo area by keyboard with a rationale and linked evidence, moderated by a second person', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Northmoor Borough Council' }),
    ).toBeVisible();
    const overviewUrl = page.url();
    await becomeUser(page, 'Priya Shah', 'Lead inspector');
    await page.goto(overviewUrl);
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Grades' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Judgements' })).toBeVisible();

    const table = page.getByRole('table', { name: 'Grades by judgement area' });
    const careLeavers = table
      .getByRole('row')
      .filter({ hasText: 'The experiences and progress of care leavers' });
    await expect(careLeavers).toContainText('Requires improvement to be good');
    // ilacs-2026 grades no overall effectiveness, so no limiting rule can fire.
    await expect(page.getByText('no limiting-rule warning can fire')).toBeVisible();
    await expectAccessible(page);

    // Keyboard: the Change link, then arrows on the radios, then the rationale and evidence.
    await careLeavers.getByRole('link', { name: /Change/ }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', {
      level: 1,
      name: 'The experiences and progress of care leavers',
    });
    await expect(heading).toBeFocused();
    // Each area has its own address: Back returns to the list, Forward to the area.
    expect(page.url()).toMatch(/\/judgements\/care-leavers$/);
    await page.goBack();
    await expect(page.getByRole('table', { name: 'Grades by judgement area' })).toBeVisible();
    await page.goForward();
    await expect(heading).toBeVisible();
    const contributions = page.getByRole('table', { name: 'Contribution of each source' });
    await expect(contributions).toContainText('Harbour Lane Social Work Practice Ltd');
    await expect(page.getByRole('table', { name: 'What a good judgement covers' })).toBeVisible();
    await expect(
      page.getByText(/Linked evidence is tagged with \d+ of \d+ criteria/),
    ).toBeVisible();

    // An empty rationale is refused with the error summary, linked to the field.
    await page.getByLabel('Rationale').fill('');
    await page.getByRole('button', { name: 'Save grade' }).press('Enter');
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: 'Enter the rationale for the grade' }).press('Enter');
    await expect(page.getByLabel('Rationale')).toBeFocused();
    await expectAccessible(page);

    await page.getByLabel('Requires improvement to be good').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Inadequate')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Rationale')).toBeFocused();
    const rationale =
      'Care leavers placed by the social work practice lose contact with their personal advisers at 18.';
    await page.keyboard.type(rationale);
    const evidence = page.getByRole('group', { name: 'Linked evidence' });
    const boxes = evidence.getByRole('checkbox');
    const linkedBefore = await boxes.evaluateAll(
      (list) => list.filter((box) => box instanceof HTMLInputElement && box.checked).length,
    );
    expect(linkedBefore).toBeGreaterThan(1);
    await page.keyboard.press('Tab');
    await expect(boxes.first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(boxes.first()).not.toBeChecked();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save grade' }).press('Enter');

    await expect(page.getByRole('alert').filter({ hasText: 'Inadequate' })).toBeVisible();
    const row = page
      .getByRole('table', { name: 'Grades by judgement area' })
      .getByRole('row')
      .filter({ hasText: 'The experiences and progress of care leavers' });
    await expect(row).toContainText('Inadequate');
    await expect(row).toContainText('Priya Shah');
    await expectAccessible(page);

    // Leaders was prepared by the lead and never moderated: a second person confirms it unchanged.
    const leaders = page
      .getByRole('table', { name: 'Grades by judgement area' })
      .getByRole('row')
      .filter({ hasText: 'The impact of leaders' });
    await expect(leaders).toContainText('Not moderated');
    await leaders.getByRole('link', { name: /Change/ }).click();
    await page.getByRole('button', { name: 'Confirm grade unchanged as moderator' }).click();
    await expect(leaders).toContainText('Priya Shah');
    await expect(leaders).toContainText('Good');

    const file = await exportBundle(page, testInfo, 'demo-regraded');
    const result = judged(file);
    expect(result.judgements.find((j) => j.area === 'care-leavers')).toMatchObject({
      grade: 'inadequate',
      rationale,
    });
    expect(lastJudgementField(file, 'care-leavers', 'moderatedBy')).toBe('Priya Shah');
    expect(lastJudgementField(file, 'leaders', 'moderatedBy')).toBe('Priya Shah');
    expect(result.judgements.find((j) => j.area === 'leaders')?.grade).toBe('good');
    const linked = lastJudgementField(file, 'care-leavers', 'evidenceIds');
    expect(Array.isArray(linked) ? linked.length : -1).toBe(linkedBefore - 1);
  });

  test('grades a new ilacs-2023 inspection, refuses blank fields, and accepts a limiting-rule warning with a rationale', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    await becomeUser(page, 'Priya Shah', 'Lead inspector');
    await page.goto('/');
    await page.getByLabel('Standard inspection').check();
    await page.getByLabel('Council', { exact: true }).fill('Westbury Borough Council');
    await page.getByLabel('DfE local authority code').fill('897');
    await fillDate(page, 'First day on site', '2025-06-09');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Westbury Borough Council' }),
    ).toBeVisible();
    await expect(
      page.getByText('ILACS with a separate care leavers judgement (January 2023 to March 2026)'),
    ).toBeVisible();
    await page
      .locator('.govuk-task-list')
      .getByRole('link', { name: 'Limiting-rule warnings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Judgements' })).toBeVisible();
    await expect(page.getByText('0 of 5 judgements graded')).toBeVisible();
    await expect(page.getByText('No warnings on the grades given so far.')).toBeVisible();

    // A missing grade and rationale: the error summary links to both fields.
    await page.getByRole('link', { name: 'Grade Overall effectiveness' }).click();
    await expect(page.getByText('No evidence bears on this area yet')).toBeVisible();
    await expect(page.getByText('no evaluation criteria of its own')).toBeVisible();
    await page.getByRole('button', { name: 'Save grade' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Select a grade',
      'Enter the rationale for the grade',
    ]);
    await summary.getByRole('link', { name: 'Select a grade' }).click();
    await expect(page.getByLabel('Outstanding')).toBeFocused();
    await expectAccessible(page);

    await page.getByLabel('Good', { exact: true }).check();
    await page.getByLabel('Rationale').fill('Strong help and protection outweigh weak leadership.');
    await page.getByRole('button', { name: 'Save grade' }).click();
    await page.getByRole('link', { name: 'Grade The impact of leaders' }).click();
    await page.getByLabel('Inadequate').check();
    await page.getByLabel('Rationale').fill('Leaders have no grip on the quality of practice.');
    await page.getByRole('button', { name: 'Save grade' }).click();

    // Overall good with leaders inadequate fires two warnings.
    const leadersWarning = page
      .locator('.govuk-summary-card')
      .filter({ hasText: 'although leaders are inadequate' });
    await expect(leadersWarning.locator('.govuk-warning-text')).toContainText(
      'Overall effectiveness (Good)',
    );
    await expect(
      page.locator('.govuk-summary-card').filter({ hasText: 'more than one grade better' }),
    ).toBeVisible();
    await expectAccessible(page);

    await leadersWarning.getByRole('button', { name: /Accept with rationale/ }).click();
    const acceptSummary = page.locator('.govuk-error-summary');
    await expect(acceptSummary).toBeFocused();
    await acceptSummary
      .getByRole('link', { name: 'Enter why the grades stand despite the warning' })
      .click();
    await expect(leadersWarning.getByLabel('Why the grades stand')).toBeFocused();
    await expectAccessible(page);

    const why =
      'Leadership failings are recent and already addressed by a new DCS; practice remains good.';
    await page.keyboard.type(why);
    await leadersWarning.getByRole('button', { name: /Accept with rationale/ }).press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'Warning accepted' })).toBeVisible();
    await expect(leadersWarning).toContainText('Accepted');
    await expect(leadersWarning).toContainText('Priya Shah');
    await expect(leadersWarning).toContainText(why);
    await expectAccessible(page);

    const file = await exportBundle(page, testInfo, 'new-accepted');
    const result = judged(file);
    expect(result.framework).toBe('ilacs-2023');
    expect(result.judgements.find((j) => j.area === 'overall')).toMatchObject({ grade: 'good' });
    expect(result.judgements.find((j) => j.area === 'leaders')).toMatchObject({
      grade: 'inadequate',
      rationale: 'Leaders have no grip on the quality of practice.',
    });
    expect(result.warnings.find((w) => w.rule === 'leaders-inadequate')?.accepted).toEqual({
      by: 'Priya Shah',
      rationale: why,
    });
    expect(
      result.warnings.find((w) => w.rule === 'overall-above-worst-plus-one')?.accepted,
    ).toBeNull();
  });
});
