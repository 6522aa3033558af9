import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { sharedModuleFiles } from './test/support/shared-module-files.mjs';

const repo = import.meta.dirname;
const unitTests = 'test/unit/**/*.test.{ts,tsx}';
// Test files of the pure shared/ code that may share one module graph per worker.
const pure = sharedModuleFiles(repo, 'test/unit/shared');

/** What both projects share (not inherited with `extends`, which would run the global setup again per project). */
const common = {
  environment: 'node',
  testTimeout: 30_000,
  pool: 'forks',
  // The command keeps newer comparator releases in the user's data folder; tests use a
  // folder of their own (absent: the bundled figures), never a developer's real store.
  env: {
    WORKBOOK_COMPARATORS_DIR: path.join(tmpdir(), `workbook-test-comparators-${process.pid}`),
  },
} as const;

/**
 * Unit tests run in Node by default; a DOM test picks jsdom with a first-line
 * `// @vitest-environment jsdom` docblock (https://vitest.dev/guide/environment).
 *
 * Two projects (https://vitest.dev/guide/projects): the tests of shared/
 * (pure by rule: no DOM, no Node, no top-level effects) run without isolation
 * (https://vitest.dev/config/isolate), each worker importing vitest and the
 * modules once for all its files rather than once per file, which halves
 * their CPU time (144 s to 77 s for shared/'s 2,195 tests); every other
 * file, and any shared/ test that mocks a module, stubs a global or the
 * environment, or fakes timers (test/support/shared-module-files.mjs), keeps
 * a fresh module graph per file.
 */
export default defineConfig({
  test: {
    // Run once, by the root project, whose provided values every project inherits.
    globalSetup: ['test/support/built-cli.global.ts'],
    // One test file per core. Vitest's own default for `vitest run` is one fewer than the
    // cores (https://vitest.dev/config/maxworkers): a single worker on a two-core machine,
    // which ran every file one after another. VITEST_MAX_WORKERS=1 still runs them one by one.
    maxWorkers: availableParallelism(),
    projects: [
      {
        plugins: [react()],
        test: { ...common, name: 'shared', include: pure, isolate: false },
      },
      {
        plugins: [react()],
        test: { ...common, name: 'isolated', include: [unitTests], exclude: pure },
      },
    ],
  },
});
