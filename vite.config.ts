import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { cspMeta } from './shared/security/csp';

const packageJson: unknown = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
);
const version =
  typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson
    ? String(packageJson.version)
    : '0.0.0';

/**
 * govuk-frontend ships IE-only media queries (`@media screen\0`) that Dart
 * Sass turns into U+FFFD and Vite 8's lightningcss refuses; no browser the
 * app supports reads them, so they are dropped
 * (supported browsers: https://frontend.design-system.service.gov.uk/browser-support/).
 */
const dropIeHacks = {
  postcssPlugin: 'drop-ie-hacks',
  AtRule: {
    media: (rule: { params: string; remove(): void }) => {
      if (rule.params.includes('\uFFFD')) rule.remove();
    },
  },
};

/**
 * Writes the app's one Content Security Policy (shared/security/csp.ts) into
 * index.html as the first thing in its head, so the browser host gets the
 * policy the desktop app sends as a header, and the two cannot drift.
 */
export const cspMetaTag: Plugin = {
  name: 'workbook-csp-meta',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [cspMetaTag, react()],
  resolve: {
    alias: {
      '@govuk-assets': fileURLToPath(
        new URL('./node_modules/govuk-frontend/dist/govuk/assets', import.meta.url),
      ),
    },
  },
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  css: { postcss: { plugins: [dropIeHacks] } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
