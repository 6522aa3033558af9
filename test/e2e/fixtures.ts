import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { passProtection } from './protection-steps';

/** The only origin the app may talk to: its own. */
const appOrigin = `http://127.0.0.1:${process.env['E2E_PORT'] ?? 4173}`;

type Options = {
  /** Protect on first use and unlock after each load, as a person would (false: the spec does it). */
  readonly passProtection: boolean;
};

type Fixtures = {
  /** Runs axe on the page (WCAG 2.2 AA) and fails on any violation. */
  expectAccessible: (page: Page) => Promise<void>;
  /** Requests to any other origin, collected; the fixture fails the test if any happened. */
  foreignRequests: string[];
};

/**
 * The e2e test base: a fresh context per test (Playwright's default), every
 * request to another origin recorded and blocked (the app is offline by
 * design), and an axe helper every spec can call.
 */
export const test = base.extend<Fixtures & Options>({
  passProtection: [true, { option: true }],
  page: async ({ page, passProtection: pass }, use) => {
    if (pass) await passProtection(page);
    await use(page);
  },
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      await context.route(
        (url) => url.origin !== appOrigin && url.protocol !== 'blob:' && url.protocol !== 'data:',
        async (route) => {
          foreign.push(route.request().url());
          await route.abort('blockedbyclient');
        },
      );
      await use(foreign);
      expect(foreign, 'the app must make no request to any other origin').toEqual([]);
    },
    { auto: true },
  ],
  // Playwright requires an object pattern for a fixture's first argument.
  expectAccessible: async ({}, use) => {
    await use(async (page) => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${violation.nodes
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
      expect(summary, 'axe accessibility violations').toEqual([]);
    });
  },
});

export { expect };
