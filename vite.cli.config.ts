import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Builds the `workbook` command (electron/cli/main.ts) to plain JavaScript in
 * dist-cli/, so the installed package runs it with Node alone: no TypeScript
 * loader, no dev dependency. Packages stay external (installed as the
 * package's runtime `dependencies`, https://docs.npmjs.com/cli/v10/configuring-npm/package-json#dependencies);
 * only our own source is bundled. Code splitting keeps each command's heavy
 * modules (pdfmake, node-forge, the demo generator) in chunks loaded by the
 * commands that need them, so `workbook judge` starts quickly
 * (https://vite.dev/guide/ssr#building-for-production).
 */
export default defineConfig({
  build: {
    outDir: process.env['CLI_OUT_DIR'] ?? 'dist-cli',
    emptyOutDir: true,
    ssr: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { workbook: 'electron/cli/main.ts' },
      // Any bare specifier is a package: never bundled, resolved from node_modules at run time.
      external: (id) =>
        builtinModules.includes(id) ||
        id.startsWith('node:') ||
        (!id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0')),
      // shared/ is pure by rule (no DOM, no Node, no top-level effects) and so are the command
      // modules, so a module none of a command's imports uses is dropped even when reached
      // through a barrel (index.ts); packages keep their own side-effect declarations.
      treeshake: { moduleSideEffects: (_id, external) => external },
      output: {
        format: 'esm',
        entryFileNames: '[name].mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
  ssr: { noExternal: [] },
});
