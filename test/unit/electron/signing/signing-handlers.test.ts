import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { placeholderPdf, SIGNED_AT } from './placeholder-pdf';

vi.mock('electron', () => ({}));

const { createSigningHandlers } = await import('../../../../electron/main/ipc/handlers/signing');
const { createIpcRouter } = await import('../../../../electron/main/ipc/router');
const { demoCertificate } = await import('../../../../electron/main/signing/demo-certificate');
const { signPdf } = await import('../../../../shared/signing/sign-pdf');
const { verifyPdf } = await import('../../../../shared/signing/verify-pdf');

const PASS = 'test passphrase, not a real one';
const appFrame = { senderFrame: { url: 'app://workbook/index.html', parent: null } };
let valid = '';
let expired = '';
let pdf: Uint8Array;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'workbook-signing-'));
  valid = path.join(dir, 'lead.p12');
  expired = path.join(dir, 'old.p12');
  await writeFile(
    valid,
    demoCertificate({
      name: 'Amara Okafor',
      passphrase: PASS,
      notBefore: new Date('2026-01-01'),
      notAfter: new Date('2027-01-01'),
    }),
  );
  await writeFile(
    expired,
    demoCertificate({
      name: 'Old Key',
      passphrase: PASS,
      notBefore: new Date('2020-01-01'),
      notAfter: new Date('2021-01-01'),
    }),
  );
  pdf = await placeholderPdf('Amara Okafor');
}, 120_000);

function routerChoosing(file: string) {
  const signing = createSigningHandlers({
    dialog: { showOpenDialog: async () => ({ canceled: false, filePaths: [file] }) },
    window: () => undefined,
    sign: signPdf,
    now: () => SIGNED_AT,
  });
  return createIpcRouter({
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
  });
}

describe('signing over IPC (main side)', () => {
  it('signs the renderer’s PDF with the certificate chosen in main: a valid, whole-document signature', async () => {
    const router = routerChoosing(valid);
    const chosen = await router.dispatch('workbook:signing.choose-certificate', appFrame, {
      passphrase: PASS,
    });
    expect(chosen).toMatchObject({
      ok: true,
      data: { chosen: true, commonName: expect.stringContaining('Amara Okafor') },
    });
    // The answer carries the subject, never the key or the passphrase.
    expect(JSON.stringify(chosen)).not.toContain(PASS);
    const signed = await router.dispatch('workbook:signing.sign-pdf', appFrame, {
      pdf,
      signingTime: SIGNED_AT.toISOString(),
    });
    if (!signed.ok) throw new Error(signed.error.message);
    const bytes: unknown = Reflect.get(Object(signed.data), 'pdf');
    if (!(bytes instanceof Uint8Array)) throw new Error('no PDF back');
    expect(verifyPdf(bytes).commonName).toContain('Amara Okafor');
  });

  it('refuses to sign before a certificate is chosen', async () => {
    const answer = await routerChoosing(valid).dispatch('workbook:signing.sign-pdf', appFrame, {
      pdf,
      signingTime: SIGNED_AT.toISOString(),
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'signing.no-certificate' } });
  });

  it.each([
    ['a wrong passphrase', () => valid, 'not the passphrase', /passphrase|password|MAC/i],
    ['an expired certificate', () => expired, PASS, /expired/i],
  ])(
    'refuses %s with an error value naming the file',
    async (_label, file, passphrase, pattern) => {
      const answer = await routerChoosing(file()).dispatch(
        'workbook:signing.choose-certificate',
        appFrame,
        { passphrase },
      );
      expect(answer.ok).toBe(false);
      expect(answer.ok ? '' : answer.error.message).toMatch(pattern);
      expect(answer.ok ? '' : answer.error.message).toContain(path.basename(file()));
    },
  );

  it('refuses a blank passphrase before opening any dialog', async () => {
    const answer = await routerChoosing(valid).dispatch(
      'workbook:signing.choose-certificate',
      appFrame,
      { passphrase: '' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
  });
});
