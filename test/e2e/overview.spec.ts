import { exportBundle, workbookJson } from './bundle';
import { expect, test } from './fixtures';

test.describe('Overview', () => {
  test('a task list shows where the demo inspection stands', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Northmoor Borough Council' }),
    ).toBeVisible();
    const tasks = page.locator('.govuk-task-list');
    await expect(tasks.getByRole('link', { name: 'Delegated providers' })).toBeVisible();
    await expect(tasks).toContainText('3 providers');
    // The demo's synthetic records are imported, with their planted problems.
    await expect(tasks).toContainText(/files, [\d,]+ rows/);
    await expect(
      tasks.locator('.govuk-task-list__item').filter({ hasText: 'Data problems' }),
    ).toContainText(/\d+ errors?/);
    await expect(tasks).toContainText('4 of 4 areas graded');
    await expect(tasks).toContainText('Not signed');
    await expectAccessible(page);

    // The figures agree with what the command reads from the same inspection's bundle.
    const shown = (await tasks.innerText()).replace(/\s+/g, ' ');
    const file = await exportBundle(page, testInfo);
    const imports: unknown = Reflect.get(Object(workbookJson('imports', 'list', file)), 'imports');
    const list = Array.isArray(imports) ? imports : [];
    const rows = list.reduce(
      (sum: number, entry: unknown) => sum + Number(Reflect.get(Object(entry), 'rows')),
      0,
    );
    expect(shown).toContain(`${list.length} files, ${rows.toLocaleString('en-GB')} rows`);
    const judged: unknown = Reflect.get(Object(workbookJson('judge', file)), 'judgements');
    const graded = Array.isArray(judged)
      ? judged.filter((j: unknown) => Reflect.get(Object(j), 'grade') !== null).length
      : -1;
    expect(shown).toContain(
      `${graded} of ${Array.isArray(judged) ? judged.length : 0} areas graded`,
    );
    // Evidence per area, as the command lists it.
    const evidence: unknown = Reflect.get(
      Object(workbookJson('evidence', 'list', file)),
      'evidence',
    );
    const inArea = (area: string) =>
      (Array.isArray(evidence) ? evidence : []).filter((item: unknown) => {
        const areas: unknown = Reflect.get(Object(item), 'areas');
        return Array.isArray(areas) && areas.includes(area);
      }).length;
    expect(shown).toContain(
      `Leaders ${inArea('leaders')} · Help and protection ${inArea('help-and-protection')}`,
    );
    expect(shown).toContain(`Care leavers ${inArea('care-leavers')}`);
  });
});
