import { z } from 'zod';
import { demoEvidence } from '../../shared/demo';
import { exportBundle, workbookJson } from './bundle';
import { expect, test } from './fixtures';

const author = 'Zoë Adeyemi';
/** The demo's evidence, and with the item this test records. */
const before = demoEvidence.length;
const after = before + 1;
const note =
  'Two care leavers supported by the practice had no pathway plan review after moving; managers had not noticed.';

const evidenceListSchema = z.object({
  evidence: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      kind: z.string(),
      areas: z.array(z.string()),
      finding: z.string(),
      text: z.string(),
      relatesTo: z.string(),
      author: z.string(),
      childIds: z.array(z.string()),
      checklistItems: z.array(z.string()),
    }),
  ),
});
const providerListSchema = z.object({
  providers: z.array(z.object({ id: z.string(), name: z.string() })),
});

test.describe('Evidence', () => {
  test('records evidence by keyboard, keeps a draft across a reload, and filters and searches the list', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    // Six axe runs and two runs of the workbook command: more than the default minute on a busy machine.
    test.setTimeout(120_000);
    // Who records: Settings sets the author of every change (the default is "Inspector").
    await page.goto('/#/settings');
    await page.getByLabel('Your name').fill(author);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText(`Your changes are recorded as ${author}`)).toBeVisible();

    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Evidence' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeVisible();
    const count = page.getByRole('region', { name: 'Evidence recorded' }).locator('output');
    await expect(count).toHaveText(`${before} evidence items.`);
    const list = page.getByRole('list', { name: 'Evidence' });
    await expect(list.getByRole('listitem')).toHaveCount(before);
    await expectAccessible(page);

    // Ctrl+Enter on an empty note: the GOV.UK error summary, each message linked to its field.
    const text = page.getByLabel('What the evidence shows');
    await text.focus();
    await page.keyboard.press('Control+Enter');
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Select at least one judgement area',
      'Select whether the evidence shows a strength, an area for improvement or a serious concern',
      'Enter what the evidence shows',
    ]);
    await expectAccessible(page);
    await summary.getByRole('link', { name: 'Select at least one judgement area' }).click();
    await expect(page.getByRole('checkbox').first()).toBeFocused();

    // Keyboard only, in tab order: source, kind, areas, finding, note, children, date, criteria.
    const source = page.getByLabel('Who is the evidence about?');
    await source.focus();
    await expect(source).toHaveValue('council');
    await page.keyboard.press('ArrowDown'); // Northmoor Children's Trust CIC
    await page.keyboard.press('ArrowDown'); // Harbour Lane Social Work Practice Ltd
    await expect(source.locator('option:checked')).toHaveText(
      'Harbour Lane Social Work Practice Ltd',
    );
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('How was it gathered?')).toBeFocused();
    await page.keyboard.press('ArrowUp'); // from "Meeting or discussion"
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByLabel('How was it gathered?')).toHaveValue('case-sampling');
    const areas = page.getByRole('group', { name: 'Judgement areas' }).getByRole('checkbox');
    await expect(areas).toHaveCount(4);
    // Tab through leaders and help and protection; tick the last two.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(areas.nth(3)).toBeChecked();
    await expect(areas.nth(3)).toHaveValue('care-leavers');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(areas.nth(2)).toHaveValue('children-in-care');
    await expect(areas.nth(2)).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // Radios: one tab stop, arrow keys choose.
    await expect(page.getByLabel('Strength')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Serious concern')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(text).toBeFocused();
    await page.keyboard.type(note);
    await page.keyboard.press('Tab');
    await page.keyboard.type('NM-3005, NM-3006');
    await page.keyboard.press('Tab');
    // The GOV.UK date input: day, month and year, filled with today.
    const date = page.getByRole('group', { name: 'Date the evidence relates to' });
    await expect(date.getByLabel('Day')).toBeFocused();
    await expect(date.getByLabel('Day')).toHaveValue(/^\d{1,2}$/);
    await expect(date.getByLabel('Year')).toHaveValue(/^\d{4}$/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // opens "Evaluation criteria (optional)"
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const criterion = await page.locator('#evidence-criteria-children-in-care').inputValue();
    await expect(page.locator('#evidence-criteria-children-in-care')).toBeChecked();
    await expect(page.getByText('Evaluation criteria (optional): 1 ticked')).toBeVisible();
    // Back to the note, and Ctrl+Enter saves.
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('Shift+Tab');
    await expect(text).toBeFocused();
    await page.keyboard.press('Control+Enter');
    // The demo's visit ran 5–16 October 2026: today, if later (or more than a
    // fortnight earlier), is questioned, and confirmed from the keyboard.
    const today = await page.evaluate(() => {
      const now = new Date();
      const month = String(now.getMonth() + 1).padStart(2, '0');
      return `${now.getFullYear()}-${month}-${String(now.getDate()).padStart(2, '0')}`;
    });
    if (today < '2026-09-21' || today > '2026-10-16') {
      const confirm = page.getByLabel('Yes, the date is right');
      await expect(confirm).toBeFocused();
      await expect(page.locator('.govuk-warning-text').last()).toContainText(
        'Check the date the evidence relates to',
      );
      await expectAccessible(page);
      await page.keyboard.press('Space');
      await text.focus();
      await page.keyboard.press('Control+Enter');
    }

    await expect(page.getByText('Evidence saved: serious concern, case sampling')).toBeVisible();
    await expect(text).toBeFocused();
    await expect(text).toHaveValue('');
    // Source, kind and areas are kept for the next note; the finding is chosen afresh.
    await expect(source).toHaveValue(/.+/);
    await expect(source.locator('option:checked')).toHaveText(
      'Harbour Lane Social Work Practice Ltd',
    );
    await expect(page.getByLabel('How was it gathered?')).toHaveValue('case-sampling');
    await expect(areas.nth(2)).toBeChecked();
    await expect(areas.nth(3)).toBeChecked();
    await expect(page.getByLabel('Serious concern')).not.toBeChecked();
    await expect(count).toHaveText(`${after} evidence items.`);
    const newest = list.getByRole('listitem').first();
    await expect(newest).toContainText('Harbour Lane Social Work Practice Ltd: Case sampling');
    await expect(newest.locator('.govuk-tag')).toHaveText('Serious concern');
    await expect(newest).toContainText(note);
    await expect(newest).toContainText(`Recorded by ${author}`);
    // Each child id links to the child's page.
    await expect(newest.getByRole('link', { name: 'Child NM-3005' })).toHaveAttribute(
      'href',
      /#\/inspections\/[^/]+\/children\/NM-3005$/,
    );
    await expect(newest.getByRole('link', { name: 'Child NM-3006' })).toBeVisible();
    await expectAccessible(page);

    // A second note, half written, survives a reload.
    await page.keyboard.type('Half-written: the practice’s audit of plans');
    // Shift+Tab enters a radio group with none chosen at its last radio.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByLabel('Serious concern')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByLabel('Area for improvement')).toBeChecked();
    await page.reload();
    await expect(page.getByText('We restored the note you had not saved.')).toBeVisible();
    await expect(text).toHaveValue('Half-written: the practice’s audit of plans');
    await expect(page.getByLabel('Area for improvement')).toBeChecked();
    await expect(page.getByLabel('How was it gathered?')).toHaveValue('case-sampling');
    await expectAccessible(page);
    // Clearing the form throws the draft away for good, keeping the remembered choices.
    await page.getByRole('button', { name: 'Clear the form' }).click();
    await expect(text).toHaveValue('');
    await page.reload();
    await expect(text).toHaveValue('');
    await expect(page.getByText('We restored the note')).toHaveCount(0);
    await expect(page.getByLabel('How was it gathered?')).toHaveValue('case-sampling');

    // Filters: area, source, kind, finding and author, then search.
    const filters = page.getByRole('search', { name: 'Search and filter evidence' });
    await filters.getByLabel('Judgement area').selectOption('children-in-care');
    await expect(count).toHaveText(`5 of ${after} evidence items match.`);
    await filters
      .getByLabel('Who it is about')
      .selectOption({ label: 'Harbour Lane Social Work Practice Ltd' });
    await expect(count).toHaveText(`3 of ${after} evidence items match.`);
    await filters.getByLabel('Finding').selectOption({ label: 'Serious concern' });
    await expect(count).toHaveText(`2 of ${after} evidence items match.`);
    await filters.getByLabel('Recorded by').selectOption(author);
    await expect(count).toHaveText(`1 of ${after} evidence items matches.`);
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText(note);
    await filters.getByLabel('How gathered').selectOption({ label: 'Meeting or discussion' });
    await expect(count).toContainText('No evidence matches');
    await expect(list.getByRole('listitem')).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(count).toHaveText(`${after} evidence items.`);

    // Search: every word, any case, accents ignored, over the note, child ids and author.
    const search = filters.getByLabel('Search evidence');
    await search.fill('UNRÉGISTERED accommodation');
    await expect(count).toHaveText(`1 of ${after} evidence items matches.`);
    await expect(list).toContainText('placed in unregistered accommodation');
    await search.fill('zoe adeyemi nm-3006');
    await expect(count).toHaveText(`1 of ${after} evidence items matches.`);
    await expect(list).toContainText(note);
    await search.fill('pathway plan');
    await expect(count).toHaveText(`2 of ${after} evidence items match.`);
    await expectAccessible(page);

    // The exported bundle holds the item, as the workbook command reads it.
    const file = await exportBundle(page, testInfo);
    const { providers } = providerListSchema.parse(workbookJson('provider', 'list', file));
    const harbourLane = providers.find((p) => p.name === 'Harbour Lane Social Work Practice Ltd');
    expect(harbourLane).toBeDefined();
    const { evidence } = evidenceListSchema.parse(workbookJson('evidence', 'list', file));
    expect(evidence).toHaveLength(after);
    expect(evidence.filter((e) => e.text === note)).toEqual([
      expect.objectContaining({
        source: harbourLane?.id,
        kind: 'case-sampling',
        areas: ['children-in-care', 'care-leavers'],
        finding: 'concern',
        author,
        childIds: ['NM-3005', 'NM-3006'],
        checklistItems: [criterion],
        relatesTo: today,
      }),
    ]);
  });
});
