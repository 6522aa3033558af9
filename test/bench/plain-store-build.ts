import path from 'node:path';
import { build, type Plugin } from 'vite';

/** Where the plain build goes (beside `dist/`, ignored like the e2e builds). */
export const PLAIN_OUT_DIR = 'dist-e2e-bench-plain';

const root = path.resolve(import.meta.dirname, '../..');

/** Resolves the store's protection middleware to the plain stand-in (plain-store.ts). */
const plainStore: Plugin = {
  name: 'bench-plain-store',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './protection/middleware' && importer?.endsWith(path.join('db', 'db.ts'))) {
      return path.join(root, 'test/bench/plain-store.ts');
    }
    return null;
  },
};

/** Builds the renderer with records kept unencrypted, for the encrypted ÷ plain benchmarks. */
export async function buildPlainRenderer(): Promise<void> {
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    plugins: [plainStore],
    // The workers open the store too (the import worker stores what it reads): plain there as well.
    worker: { plugins: () => [plainStore] },
    build: { outDir: path.join(root, PLAIN_OUT_DIR), emptyOutDir: true },
  });
}
