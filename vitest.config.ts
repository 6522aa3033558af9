import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests run in Node by default; a DOM test picks jsdom with a first-line
 * `// @vitest-environment jsdom` docblock (https://vitest.dev/guide/environment).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['test/support/built-cli.global.ts'],
    // The command keeps newer comparator releases in the user's data folder; tests use a
    // folder of their own (absent: the bundled figures), never a developer's real store.
    env: {
      WORKBOOK_COMPARATORS_DIR: path.join(tmpdir(), `workbook-test-comparators-${process.pid}`),
    },
  },
});
