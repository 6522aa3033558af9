import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../..');
const vite = path.join(repo, 'node_modules', '.bin', 'vite');

describe('Electron build', () => {
  it('emits a CommonJS main and a self-contained sandboxed preload', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'workbook-electron-build-'));
    const env = { ...process.env, ELECTRON_OUT_DIR: out };
    for (const mode of ['main', 'preload']) {
      await run(
        vite,
        ['build', '-c', 'vite.electron.config.ts', '--mode', mode, '--logLevel', 'error'],
        {
          cwd: repo,
          env,
        },
      );
    }
    const preload = await readFile(path.join(out, 'preload.cjs'), 'utf8');
    const main = await readFile(path.join(out, 'main.cjs'), 'utf8');
    // A sandboxed preload can require only 'electron' (and a few polyfills), never a local file.
    const preloadRequires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(preloadRequires)).toEqual(new Set(['electron']));
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).toContain('workbook:dialog.save-file');
    // CommonJS output: the root package is ESM, so the extension must say CJS.
    expect(main).toMatch(/require\(["']electron["']\)/);
    expect(main).not.toMatch(/^import /m);
    expect(main).toContain('registerSchemesAsPrivileged');
  }, 120_000);
});
