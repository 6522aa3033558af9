import { defineConfig } from '@playwright/test';
import { chromiumPath } from './test/support/browser-path.mjs';

const executablePath = chromiumPath();
// E2E_PORT lets two runs (say, a clean-clone CI check and local work) share a machine.
const port = Number(process.env['E2E_PORT'] ?? 4173);
const outDir = port === 4173 ? '../dist' : `../dist-e2e-${port}`;

/**
 * End-to-end tests drive the real renderer, built by Vite, in Chromium (the
 * browser host: no Electron binary can be downloaded on the build machines).
 * Every test gets a fresh context, so IndexedDB starts empty.
 */
export default defineConfig({
  testDir: 'test/e2e',
  // Per port, so concurrent runs never delete each other's artifacts.
  outputDir: port === 4173 ? 'test-results' : `test-results-${port}`,
  testMatch: '**/*.spec.ts',
  // Tests run two at a time (one per core), any test on either worker: each test has
  // its own context, so its own IndexedDB, and no spec shares state between its tests,
  // so a spec of several long tests no longer runs them one after another on one
  // worker while the other idles (https://playwright.dev/docs/test-parallel#parallelize-tests-in-a-single-file).
  // E2E_WORKERS=1 runs them one by one on a busy machine.
  fullyParallel: true,
  workers: Number(process.env['E2E_WORKERS'] ?? 2),
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  timeout: 60_000,
  // Two cores: the demo's records take a few seconds to import in the worker.
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath === undefined ? {} : { executablePath }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--test-type',
      ],
    },
  },
  webServer: {
    // Each port builds into its own folder, so concurrent runs never overwrite each other's build.
    command: `npx vite build --logLevel warn --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
