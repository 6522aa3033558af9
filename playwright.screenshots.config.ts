import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run screenshots`: the same build, browser and offline guard as the
 * e2e tests, but a script that saves a PNG of every screen with the demo
 * inspection loaded, into $SCREENSHOTS_DIR (default `screenshots/`).
 */
export default defineConfig({
  ...base,
  testDir: 'test/screenshots',
  timeout: 180_000,
});
