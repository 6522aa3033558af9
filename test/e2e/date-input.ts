import type { Locator, Page } from '@playwright/test';

/**
 * Fills a GOV.UK date input (day, month, year in a fieldset named by its
 * legend) from a YYYY-MM-DD date, as a person types it.
 */
export async function fillDate(scope: Page | Locator, legend: string, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  const group = scope.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}
