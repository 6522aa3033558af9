import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { demoCertificate } from '../../electron/main/signing/demo-certificate';
import { fillDate } from './date-input';
import { expect, test } from './fixtures';

const lead = 'Amara Okafor';

async function go(page: Page, screen: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'This inspection' })
    .getByRole('link', { name: screen })
    .click();
}

/** The success banner that appeared last, which must hold focus. */
async function expectBannerFocused(page: Page, text: string | RegExp): Promise<void> {
  const banner = page.locator('.govuk-notification-banner--success');
  await expect(banner).toHaveCount(1);
  await expect(banner).toContainText(text);
  await expect(banner).toBeFocused();
}

/** No sideways scroll of the page itself (WCAG 1.4.10). */
async function expectNoPageScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, 'page scroll width at this size').toBeLessThanOrEqual(widths.client);
}

async function becomeLead(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await page.getByLabel('Your name').fill(lead);
  await page.getByLabel('Lead inspector').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
}

async function create(page: Page, kind: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel(kind, { exact: true }).check();
  await page.getByLabel('Council', { exact: true }).fill('Northmoor Borough Council');
  await page.getByLabel('DfE local authority code').fill('899');
  await fillDate(page, 'First day on site', '2026-10-05');
  await fillDate(page, 'Last day on site (optional)', '2026-10-16');
  await page.getByRole('button', { name: 'Create inspection' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Northmoor Borough Council' }),
  ).toBeVisible();
}

async function addEvidence(page: Page, text: string, areas: 'all' | readonly string[]) {
  await go(page, 'Evidence');
  const boxes = page.getByRole('group', { name: 'Judgement areas' }).getByRole('checkbox');
  if (areas === 'all') {
    // all() does not wait: the form's areas come once the inspection is read from the store.
    await expect(boxes.first()).toBeVisible();
    for (const box of await boxes.all()) await box.check();
  } else {
    for (const area of areas) await page.getByLabel(area, { exact: true }).check();
  }
  await page.getByRole('radio', { name: 'Strength' }).check();
  await page.getByLabel('What the evidence shows').fill(text);
  // Seen on the second day of the 5–16 October 2026 visit.
  await fillDate(page, 'Date the evidence relates to', '2026-10-06');
  await page.getByRole('button', { name: 'Save evidence' }).click();
  await expect(page.getByText(/Evidence saved/)).toBeVisible();
}

/** Adds a finding on the open area page, with one evidence item and maybe an action taken. */
async function addFinding(
  page: Page,
  text: string,
  evidence: string,
  action?: string,
): Promise<Locator> {
  await page.getByRole('button', { name: /^Add (a|another) finding$/ }).click();
  const form = page.getByRole('form', { name: /^Add (a|another) finding$/ });
  await expect(form.getByRole('heading', { name: /finding/ })).toBeFocused();
  await form.getByLabel('Finding', { exact: true }).fill(text);
  await form
    .getByRole('group', { name: 'Evidence this finding rests on' })
    .getByLabel(evidence)
    .check();
  if (action !== undefined) {
    await form.getByLabel('Action taken during the inspection (optional)').fill(action);
  }
  await form.getByRole('button', { name: 'Save finding' }).click();
  await expectBannerFocused(page, 'Finding added.');
  return page.locator('.govuk-summary-card').filter({ hasText: text });
}

test.describe('Writing the report', () => {
  test('an inspection created in the app: summary, findings with evidence, improvements, graded, checked and signed; the PDF holds them', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.setTimeout(300_000);
    const passphrase = 'write the report, not a real passphrase';
    const p12 = testInfo.outputPath('lead.p12');
    writeFileSync(p12, demoCertificate({ name: lead, passphrase }));
    await becomeLead(page);
    await create(page, 'Standard inspection');

    await go(page, 'Providers');
    await page.getByLabel('Name', { exact: true }).fill('Northmoor Children’s Trust CIC');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await expect(
      page.locator('.govuk-summary-card').filter({ hasText: 'Trust CIC' }),
    ).toBeVisible();

    const evidence = 'Managers audit case files monthly and act on what they find.';
    await addEvidence(page, evidence, 'all');

    // Nothing written yet: Check the report lists what is missing, each line a link.
    await go(page, 'Report');
    await expect(page.getByText(/grade the judgements/)).toBeVisible();
    await expect(page.getByText(/workbook /)).toHaveCount(0);
    await page.getByRole('link', { name: 'Check the report' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check the report' })).toBeVisible();
    const missing = page.getByRole('list', { name: 'Missing from the report' });
    await expect(
      missing.getByRole('link', { name: 'The headline summary is not written.' }),
    ).toBeVisible();
    await expect(missing.getByRole('link', { name: /has no grade\.$/ })).toHaveCount(4);
    await expectAccessible(page);

    // The headline summary, from its line on the check page.
    const summary = 'Children in Northmoor get help quickly, and leaders know their services well.';
    await missing.getByRole('link', { name: 'The headline summary is not written.' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Headline summary' })).toBeVisible();
    await page.getByLabel('Headline summary').fill(summary);
    await page.getByRole('button', { name: 'Save headline summary' }).click();
    await expectBannerFocused(page, 'Headline summary saved.');
    await expectAccessible(page);
    // A second save moves focus to the banner again.
    await page.getByLabel('Headline summary').fill(`${summary} `);
    await page.getByRole('button', { name: 'Save headline summary' }).click();
    await expectBannerFocused(page, 'Headline summary saved.');

    // Improvements, tagged by what the framework outcome says.
    const improvement = 'Pathway plans are written with care leavers and kept up to date.';
    await page.goto(page.url().replace(/summary$/, 'improvements'));
    await page.getByLabel('What needs to improve').fill(improvement);
    await page.getByLabel(/^Outcome 4: Children in care and care leavers/).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectBannerFocused(page, 'Improvement added.');
    await expect(
      page.locator('.govuk-summary-card').filter({ hasText: improvement }),
    ).toContainText('Outcome 4: Children in care and care leavers have stable, loving homes');
    await expectAccessible(page);

    // Grade every area, then write its findings on the same page.
    await go(page, 'Judgements');
    const findings: string[] = [];
    const rowHeaders = page
      .getByRole('table', { name: 'Grades by judgement area' })
      .getByRole('rowheader');
    await expect(rowHeaders).toHaveCount(4);
    const areas = await rowHeaders.allInnerTexts();
    for (const [index, label] of areas.entries()) {
      const name = label.split('\n')[0] ?? label;
      await page.getByRole('link', { name: `Grade ${name}` }).click();
      await page.getByLabel('Good', { exact: true }).check();
      await page.getByLabel('Rationale').fill(`Good practice in ${name.toLowerCase()}.`);
      await page.getByRole('button', { name: 'Save grade' }).click();
      await expectBannerFocused(page, `${name}: Good.`);
      await page.getByRole('link', { name: `Change ${name}` }).click();
      const text = `Finding ${index + 1}: ${name} is strong because managers act on audits.`;
      const card = await addFinding(
        page,
        text,
        evidence,
        index === 0 ? 'Leaders wrote to every family.' : undefined,
      );
      findings.push(text);
      await expect(card.getByRole('heading')).toHaveText(/^Paragraph \d+$/);
      const link = card.getByRole('link', { name: /^ev-/ });
      await expect(link).toHaveAttribute('href', /#\/inspections\/[^/]+\/evidence\/ev-/);
      if (index === 0) await expectAccessible(page);
      await page.getByRole('link', { name: 'All judgements' }).click();
    }
    // The numbering runs across sections, as the report prints it.
    await page
      .getByRole('link', { name: `Change ${(areas[1] ?? '').split('\n')[0] ?? ''}` })
      .click();
    await expect(page.locator('.govuk-summary-card').first().getByRole('heading')).toHaveText(
      /^Paragraph [1-4]$/,
    );
    // The change history shows who changed what.
    await page.getByText('Change history of this judgement').click();
    const history = page.getByRole('region', { name: /^Change history of / });
    await expect(history).toContainText('Grade: Grade');
    await expect(history).toContainText(lead);
    await expectAccessible(page);

    // Check the report: nothing missing now.
    await go(page, 'Report');
    await page.getByRole('link', { name: 'Check the report' }).first().click();
    await expect(page.getByText('Nothing is missing.')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: summary }).first()).toBeVisible();
    await expectAccessible(page);

    // Make and sign the report; the banners take focus.
    await go(page, 'Report');
    const draft = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Generate the draft PDF' }).click();
    await (await draft).saveAs(testInfo.outputPath('draft.pdf'));
    await expectBannerFocused(page, /Draft version \d+ saved/);
    await page.getByLabel('Certificate passphrase').fill(passphrase);
    const chooser = page.waitForEvent('filechooser');
    const signedDownload = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Choose certificate and sign' }).click();
    await (await chooser).setFiles(p12);
    const signed = testInfo.outputPath('signed.pdf');
    await (await signedDownload).saveAs(signed);
    await expect(
      page
        .locator('.govuk-notification-banner--success')
        .filter({ hasText: /sealed in the workbook/ }),
    ).toBeFocused();
    expect(execFileSync('pdfsig', [signed], { encoding: 'utf8' })).toContain('Signature is Valid.');
    await expectAccessible(page);

    // The signed PDF says what was written (pdftotext joins wrapped lines with spaces).
    const text = execFileSync('pdftotext', ['-layout', signed, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(summary);
    expect(text).toContain(improvement);
    expect(text).toContain('(Outcome 4, national framework)');
    for (const finding of findings) expect(text).toContain(finding);
    expect(text).toContain('Leaders wrote to every family.');

    // The preview's evidence references link to the evidence item.
    await page.getByRole('button', { name: /Preview the report|Refresh the preview/ }).click();
    const previewLink = page
      .getByRole('region', { name: 'Report preview' })
      .getByRole('link', { name: /^ev-/ })
      .first();
    await expect(previewLink).toHaveAttribute('href', /#\/inspections\/[^/]+\/evidence\/ev-/);
  });

  test('a monitoring visit: priority actions, change, move and remove findings with focus on every banner; no sideways scroll at 320 px', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(180_000);
    await becomeLead(page);
    await create(page, 'Monitoring visit');
    const evidence = 'Referrals wait too long for a decision.';
    await addEvidence(page, evidence, 'all');

    await go(page, 'Judgements');
    await expect(page.getByText(/gives no grades/)).toBeVisible();
    const area = page.getByRole('list', { name: 'Findings by area' }).getByRole('link').first();
    const areaName = await area.innerText();
    await area.click();
    await expect(page.getByRole('heading', { level: 1, name: areaName })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save grade' })).toHaveCount(0);
    await addFinding(page, 'First: decisions are slow.', evidence);
    await addFinding(page, 'Second: managers do not check.', evidence);
    await expectAccessible(page);

    // Move the second up: it becomes paragraph 1.
    await page.getByRole('button', { name: 'Move up paragraph 2' }).click();
    await expectBannerFocused(page, 'Paragraph 2 moved up.');
    await expect(page.locator('.govuk-summary-card').first()).toContainText(
      'Second: managers do not check.',
    );

    // Change the first: text and action taken.
    await page.getByRole('button', { name: 'Change paragraph 1' }).click();
    const form = page.getByRole('form', { name: 'Change paragraph 1' });
    await form
      .getByLabel('Finding', { exact: true })
      .fill('Second, changed: managers rarely check.');
    await form.getByRole('button', { name: 'Save finding' }).click();
    await expectBannerFocused(page, 'Finding changed.');

    // Blank text is refused with an error that names the field.
    await page.getByRole('button', { name: 'Change paragraph 1' }).click();
    await page
      .getByRole('form', { name: 'Change paragraph 1' })
      .getByLabel('Finding', { exact: true })
      .fill(' ');
    await page.getByRole('button', { name: 'Save finding' }).click();
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Cancel' }).click();

    // Remove asks first, then renumbers.
    await page.getByRole('button', { name: 'Remove paragraph 2' }).click();
    await expect(page.getByRole('heading', { name: 'Remove paragraph 2?' })).toBeFocused();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Yes, remove paragraph 2' }).click();
    await expectBannerFocused(page, 'Paragraph 2 removed.');
    await expect(page.locator('.govuk-summary-card')).toHaveCount(1);
    await page.getByText('Change history of this judgement').click();
    await expect(page.getByRole('region', { name: /^Change history of / })).toContainText(
      'removed',
    );

    // Areas for priority action, from the Report screen's Write the report links.
    await go(page, 'Report');
    await page
      .getByRole('navigation', { name: 'Write the report' })
      .getByRole('link', { name: 'Areas for priority action' })
      .click();
    await page
      .getByRole('textbox', { name: 'Area for priority action' })
      .fill('Decisions on referrals within one working day.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectBannerFocused(page, 'Area for priority action added.');
    await page.getByRole('button', { name: 'Change area for priority action 1' }).click();
    await page
      .getByRole('textbox', { name: 'Area for priority action' })
      .fill('Decisions on every referral within one working day.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectBannerFocused(page, 'Area for priority action 1 changed.');
    await expectAccessible(page);

    // At 320 px nothing on the Judgements or report-writing pages scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    const base = page.url().replace(/#.*$/, '');
    const inspection = /#\/inspections\/([^/]+)/.exec(page.url())?.[1] ?? '';
    for (const path of [
      'judgements',
      'report/summary',
      'report/improvements',
      'report/priorities',
      'report/check',
      'report',
    ]) {
      await page.goto(`${base}#/inspections/${inspection}/${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoPageScroll(page);
    }
    // (At 320 px the service navigation is folded into its menu.)
    await page.goto(`${base}#/inspections/${inspection}/judgements`);
    await page.getByRole('list', { name: 'Findings by area' }).getByRole('link').first().click();
    await expect(page.locator('.govuk-summary-card')).toHaveCount(1);
    await expectNoPageScroll(page);
    await expectAccessible(page);
  });

  test('the judgements overview is summary cards on a narrow screen, with row headers on a wide one', async ({
    page,
    expectAccessible,
  }) => {
    await becomeLead(page);
    await create(page, 'Standard inspection');
    await go(page, 'Judgements');
    const table = page.getByRole('table', { name: 'Grades by judgement area' });
    await expect(table.getByRole('rowheader')).toHaveCount(4);
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(table).toBeHidden();
    await expect(page.locator('.app-areas-cards .govuk-summary-card')).toHaveCount(4);
    await expectNoPageScroll(page);
    await expectAccessible(page);
    // A 1280 × 720 window at 200% zoom is 640 CSS pixels wide: cards too.
    await page.setViewportSize({ width: 640, height: 360 });
    await expect(table).toBeHidden();
    await expectNoPageScroll(page);
    // An area's own page, with its contributions and criteria tables, at 320 px too.
    await page.setViewportSize({ width: 320, height: 640 });
    await page
      .locator('.app-areas-cards')
      .getByRole('link', { name: /^Grade / })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNoPageScroll(page);
    await expectAccessible(page);
  });

  test('only the lead or a moderator on the team may moderate: an inspector is not offered it and is refused', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Northmoor Borough Council' }),
    ).toBeVisible();
    const overview = page.url();
    // Tom Hargreaves is an inspector on the demo team; the lead prepared Leaders.
    await page.goto('/#/settings');
    await page.getByLabel('Your name').fill('Tom Hargreaves');
    await page.getByLabel('Inspector', { exact: true }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.goto(overview);
    await go(page, 'Judgements');
    const leaders = page
      .getByRole('table', { name: 'Grades by judgement area' })
      .getByRole('row')
      .filter({ hasText: 'The impact of leaders' });
    await expect(leaders).toContainText(lead);
    await leaders.getByRole('link', { name: /Change/ }).click();
    await expect(
      page.getByRole('button', { name: 'Confirm grade unchanged as moderator' }),
    ).toHaveCount(0);
    await page.getByLabel('Inadequate', { exact: true }).check();
    await page.getByRole('button', { name: 'Save grade' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(
      `Tom Hargreaves cannot change the grade ${lead} prepared for “The impact of leaders on social work practice with children and families”: Only ${lead} or Priya Shah may moderate grades on this inspection.`,
    );
    await expectAccessible(page);
  });
});
