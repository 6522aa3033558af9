import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createSigningHandlers } from '../../electron/main/ipc/handlers/signing';
import { createIpcRouter } from '../../electron/main/ipc/router';
import { demoCertificate } from '../../electron/main/signing/demo-certificate';
import { signInWorker } from '../../electron/main/signing/sign-in-worker';
import { signPdf } from '../../shared/signing/sign-pdf';
import { verifyPdf } from '../../shared/signing/verify-pdf';
import { placeholderPdf, SIGNED_AT } from '../unit/electron/signing/placeholder-pdf';
import { expect, test } from './fixtures';
import { noTeamFolder } from '../support/no-team-folder';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 4173);
// The renderer build the web server serves (playwright.config.ts: one folder per port).
const rendererBuild = path.join(repo, port === 4173 ? 'dist' : `dist-e2e-${port}`);

const SIGNER = 'Siân Łucja';
const PASS = 'test passphrase, not a real one';

/** Builds the main process's signing thread (sign-worker.cjs) as `npm run build:electron` does. */
async function buildSignWorker(): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'workbook-sign-worker-'));
  await run(
    path.join(repo, 'node_modules', '.bin', 'vite'),
    ['build', '-c', 'vite.electron.config.ts', '--mode', 'sign-worker', '--logLevel', 'error'],
    { cwd: repo, env: { ...process.env, ELECTRON_OUT_DIR: out } },
  );
  return path.join(out, 'sign-worker.cjs');
}

/** The desktop app's host: the IPC channels, signing in the built worker thread. */
async function signInMain(p12File: string, pdf: Uint8Array, workerFile: string) {
  const signing = createSigningHandlers({
    dialog: {
      showOpenDialog: async () => ({ canceled: false, filePaths: [p12File] }),
      // The person presses "Sign" in main's confirmation.
      showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
    },
    window: () => undefined,
    sign: (request) => signInWorker(request, workerFile),
    // Main's own clock, set to the moment the other hosts are given.
    now: () => SIGNED_AT,
  });
  const router = createIpcRouter({
    appInfo: async () => ({
      name: 'w',
      version: '0',
      host: 'electron',
      platform: 'linux',
      versions: {},
      dataLocation: '/',
    }),
    openFiles: async () => ({ canceled: true, files: [] }),
    saveFile: async () => ({ saved: false }),
    chooseCertificate: signing.chooseCertificate,
    signPdf: signing.signPdf,
    keychainSeal: async () => ({ sealed: false, reason: 'no keychain here' }),
    keychainOpen: async (request) => ({ secret: request.sealed }),
    ...noTeamFolder,
  });
  const frame = { senderFrame: { url: 'app://workbook/index.html', parent: null } };
  const chosen = await router.dispatch('workbook:signing.choose-certificate', frame, {
    passphrase: PASS,
  });
  if (!chosen.ok) throw new Error(chosen.error.message);
  const signed = await router.dispatch('workbook:signing.sign-pdf', frame, { pdf });
  if (!signed.ok) throw new Error(signed.error.message);
  const bytes: unknown = Reflect.get(Object(signed.data), 'pdf');
  if (!(bytes instanceof Uint8Array)) throw new Error('the main process sent no PDF back');
  return bytes;
}

/** pdfsig's verdict on a file: valid, and covering the whole document. */
function pdfsig(file: string): string {
  return execFileSync('pdfsig', [file], { encoding: 'utf8' });
}

test.describe('One signing pipeline', () => {
  test('the command, the desktop main process and the browser signing worker sign the same PDF alike, and each signature verifies', async ({
    page,
  }) => {
    test.slow();
    const dir = await mkdtemp(path.join(tmpdir(), 'workbook-signing-hosts-'));
    const p12 = demoCertificate({
      name: SIGNER,
      passphrase: PASS,
      notBefore: new Date('2026-01-01'),
      notAfter: new Date('2027-06-01'),
    });
    const p12File = path.join(dir, 'signer.p12');
    await writeFile(p12File, p12);
    // One unsigned PDF with its placeholder, as the report is rendered for signing.
    const unsigned = await placeholderPdf(SIGNER);

    // The command's host: the shared signer, in process (as `workbook report --sign` calls it).
    const byCommand = await signPdf({
      pdf: unsigned,
      p12,
      passphrase: PASS,
      signingTime: SIGNED_AT,
    });
    // The desktop app's host: the IPC channels and the bundled worker thread.
    const byMain = await signInMain(p12File, unsigned, await buildSignWorker());
    // The browser host: the app's own signing worker, from the build the page is served from, in Chromium.
    const workerFile = (await readdir(path.join(rendererBuild, 'assets'))).find((name) =>
      /^signing\.worker-.*\.js$/.test(name),
    );
    expect(workerFile, 'the renderer build holds the signing worker').toBeDefined();
    await page.goto('/');
    const byBrowser = new Uint8Array(
      await page.evaluate(
        async ({ url, p12Bytes, pdfBytes, passphrase, signingTime }) => {
          const worker = new Worker(url, { type: 'module' });
          const ask = (message: object) =>
            new Promise<unknown>((resolve, reject) => {
              worker.addEventListener('message', (event) => resolve(event.data), { once: true });
              worker.addEventListener('error', (event) => reject(new Error(event.message)), {
                once: true,
              });
              worker.postMessage(message);
            });
          const chosen = await ask({
            type: 'choose',
            p12: new Uint8Array(p12Bytes),
            passphrase,
          });
          if (Reflect.get(Object(chosen), 'type') !== 'chosen') {
            throw new Error(`not chosen: ${JSON.stringify(chosen)}`);
          }
          const signed = await ask({ type: 'sign', pdf: new Uint8Array(pdfBytes), signingTime });
          const pdf: unknown = Reflect.get(Object(signed), 'pdf');
          if (!(pdf instanceof Uint8Array))
            throw new Error(`not signed: ${JSON.stringify(signed)}`);
          worker.terminate();
          return [...pdf];
        },
        {
          url: `./assets/${workerFile ?? ''}`,
          p12Bytes: [...p12],
          pdfBytes: [...unsigned],
          passphrase: PASS,
          signingTime: SIGNED_AT.toISOString(),
        },
      ),
    );

    for (const [host, signed] of [
      ['command', byCommand],
      ['main', byMain],
      ['browser', byBrowser],
    ] as const) {
      const verified = verifyPdf(signed);
      expect(verified.commonName, host).toContain(SIGNER);
      expect(verified.signedAt?.toISOString(), host).toBe(SIGNED_AT.toISOString());
      expect(verified.byteRange[0], host).toBe(0);
      const file = path.join(dir, `${host}.pdf`);
      await writeFile(file, signed);
      const verdict = pdfsig(file);
      expect(verdict, host).toContain('Signature is Valid.');
      expect(verdict, host).toContain('Total document signed');
      expect(verdict, host).toContain(SIGNER);
    }
    // RSA PKCS#1 v1.5 is deterministic and every host runs the one pipeline with
    // the same certificate and clock, so the three files are the same bytes.
    expect(Buffer.from(byMain).equals(Buffer.from(byCommand))).toBe(true);
    expect(Buffer.from(byBrowser).equals(Buffer.from(byCommand))).toBe(true);
  });
});
