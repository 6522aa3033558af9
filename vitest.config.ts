import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests run in Node by default; a DOM test picks jsdom with a first-line
 * `// @vitest-environment jsdom` docblock (toolchain.md).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
