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
  it('emits a CommonJS main, a self-contained sandboxed preload and a signing worker that signs', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'workbook-electron-build-'));
    const env = { ...process.env, ELECTRON_OUT_DIR: out };
    for (const mode of ['main', 'preload', 'sign-worker']) {
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
    // The signing worker thread is its own file, run by signInWorker beside main.cjs.
    const { signInWorker } = await import('../../../electron/main/signing/sign-in-worker');
    const { demoCertificate } = await import('../../../electron/main/signing/demo-certificate');
    const { verifyPdf } = await import('../../../shared/signing/verify-pdf');
    const { placeholderPdf, SIGNED_AT } = await import('./signing/placeholder-pdf');
    const passphrase = 'test passphrase, not a real one';
    const p12 = demoCertificate({
      name: 'Siân Łucja',
      passphrase,
      notBefore: new Date('2026-01-01'),
      notAfter: new Date('2027-01-01'),
    });
    const unsigned = await placeholderPdf('Siân Łucja');
    const signed = await signInWorker(
      { pdf: unsigned, p12, passphrase, signingTime: SIGNED_AT },
      path.join(out, 'sign-worker.cjs'),
    );
    expect(verifyPdf(signed).commonName).toContain('Siân Łucja');
    await expect(
      signInWorker(
        { pdf: signed, p12, passphrase: 'wrong', signingTime: SIGNED_AT },
        path.join(out, 'sign-worker.cjs'),
      ),
    ).rejects.toThrow(/signing failed/);
  }, 180_000);
});
