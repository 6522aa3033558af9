import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Builds the main process (`--mode main`) and the preload (`--mode preload`)
 * into CommonJS files in dist-electron/. They are bundled rather than emitted
 * file by file by tsc because a sandboxed preload may only `require('electron')`
 * (https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts),
 * so the preload must be one self-contained file; that is also why the two are
 * separate builds (a shared chunk would be a second file). The `.cjs`
 * extension keeps them CommonJS although the root package is ESM (https://nodejs.org/api/packages.html#determining-module-system
 * gotcha 6).
 */
export default defineConfig(({ mode }) => {
  const isPreload = mode === 'preload';
  // The signing worker thread's entry (electron/main/signing/sign-worker.ts).
  const isSignWorker = mode === 'sign-worker';
  const entry = isPreload
    ? { preload: 'electron/preload/index.ts' }
    : isSignWorker
      ? { 'sign-worker': 'electron/main/signing/sign-worker.ts' }
      : { main: 'electron/main/index.ts' };
  return {
    build: {
      outDir: process.env['ELECTRON_OUT_DIR'] ?? 'dist-electron',
      emptyOutDir: !isPreload && !isSignWorker,
      ssr: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      rollupOptions: {
        input: entry,
        external: isPreload
          ? ['electron']
          : ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
    ssr: { noExternal: true },
  };
});
