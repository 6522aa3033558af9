import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { pdfInfo, saveTo, tempDir } from '../reports/poppler';
import { placeholderPdf, SIGNED_AT } from './placeholder-pdf';
import { noTeamFolder } from '../../../support/no-team-folder';

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

/** The main process's clock in the tests: a moment with a fraction of a second. */
const MAIN_NOW = new Date(SIGNED_AT.getTime() + 42_250);

function routerChoosing(file: string, answer: 'sign' | 'cancel' = 'sign') {
  // Electron's dialog takes (window, options) or (options); the handler passes no window here.
  const showMessageBox = vi.fn(async (_first: unknown, _second?: unknown) => ({
    response: answer === 'sign' ? 0 : 1,
    checkboxChecked: false,
  }));
  const sign = vi.fn(signPdf);
  const signing = createSigningHandlers({
    dialog: {
      showOpenDialog: async () => ({ canceled: false, filePaths: [file] }),
      showMessageBox,
    },
    window: () => undefined,
    sign,
    now: () => MAIN_NOW,
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
  return { dispatch: router.dispatch, showMessageBox, sign };
}

describe('signing over IPC (main side)', () => {
  it('signs the renderer’s PDF with the certificate chosen in main: a valid, whole-document signature', async () => {
    const router = routerChoosing(valid);
    const chosen = await router.dispatch('workbook:signing.choose-certificate', appFrame, {
      passphrase: PASS,
    });
    expect(chosen).toMatchObject({
      ok: true,
      data: {
        chosen: true,
        commonName: expect.stringContaining('Amara Okafor'),
        // What Settings > My certificate shows: issuer, validity and SHA-256.
        issuer: expect.stringContaining('Amara Okafor'),
        notBefore: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        notAfter: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    // The answer carries the subject, never the key or the passphrase.
    expect(JSON.stringify(chosen)).not.toContain(PASS);
    const signed = await router.dispatch('workbook:signing.sign-pdf', appFrame, { pdf });
    if (!signed.ok) throw new Error(signed.error.message);
    const bytes: unknown = Reflect.get(Object(signed.data), 'pdf');
    if (!(bytes instanceof Uint8Array)) throw new Error('no PDF back');
    const verified = verifyPdf(bytes);
    expect(verified.commonName).toContain('Amara Okafor');
    // The signing time is main's clock (whole seconds, as CMS holds it), not the page's.
    expect(verified.signedAt?.toISOString()).toBe('2026-10-16T14:05:42.000Z');
    // …and the answer names that moment, for the sealed version to record.
    expect(Reflect.get(Object(signed.data), 'signedAt')).toBe(verified.signedAt?.toISOString());
  });

  it('asks main’s own confirmation first: title, pages, SHA-256 of the bytes, certificate subject', async () => {
    const router = routerChoosing(valid);
    await router.dispatch('workbook:signing.choose-certificate', appFrame, { passphrase: PASS });
    const signed = await router.dispatch('workbook:signing.sign-pdf', appFrame, { pdf });
    expect(signed.ok).toBe(true);
    expect(router.showMessageBox).toHaveBeenCalledTimes(1);
    const options: unknown = router.showMessageBox.mock.calls[0]?.[0];
    const shown = `${String(Reflect.get(Object(options), 'message'))}\n${String(Reflect.get(Object(options), 'detail'))}`;
    expect(shown).toContain('Inspection of Northmoor');
    expect(shown).toContain(
      `Pages: ${(await pdfInfo(await saveTo(await tempDir(), 'u.pdf', pdf))).get('Pages') ?? 'unknown'}`,
    );
    expect(shown).toContain(createHash('sha256').update(pdf).digest('hex'));
    expect(shown).toContain('CN=Amara Okafor (DEMO certificate, not for real use)');
    expect(shown).toContain('2026-10-16T14:05:42.000Z');
    // Cancel is the default and the escape answer, so Enter alone never signs.
    expect(options).toMatchObject({ buttons: ['Sign', 'Cancel'], defaultId: 1, cancelId: 1 });
  });

  it('refuses, signing nothing, when the person cancels the confirmation', async () => {
    const router = routerChoosing(valid, 'cancel');
    await router.dispatch('workbook:signing.choose-certificate', appFrame, { passphrase: PASS });
    const answer = await router.dispatch('workbook:signing.sign-pdf', appFrame, { pdf });
    expect(answer).toMatchObject({ ok: false, error: { code: 'signing.cancelled' } });
    expect(router.sign).not.toHaveBeenCalled();
  });

  it('takes no signing time from the renderer', async () => {
    const router = routerChoosing(valid);
    await router.dispatch('workbook:signing.choose-certificate', appFrame, { passphrase: PASS });
    const answer = await router.dispatch('workbook:signing.sign-pdf', appFrame, {
      pdf,
      signingTime: '2020-01-01T00:00:00Z',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect(router.showMessageBox).not.toHaveBeenCalled();
  });

  it('refuses a PDF it cannot describe (an added revision) before asking', async () => {
    const router = routerChoosing(valid);
    await router.dispatch('workbook:signing.choose-certificate', appFrame, { passphrase: PASS });
    const updated = new Uint8Array([
      ...pdf,
      ...new TextEncoder().encode('\nstartxref\n0\n%%EOF\n'),
    ]);
    const answer = await router.dispatch('workbook:signing.sign-pdf', appFrame, { pdf: updated });
    expect(answer).toMatchObject({ ok: false, error: { code: 'signing.unreadable' } });
    expect(router.showMessageBox).not.toHaveBeenCalled();
    expect(router.sign).not.toHaveBeenCalled();
  });

  it('refuses to sign before a certificate is chosen', async () => {
    const answer = await routerChoosing(valid).dispatch('workbook:signing.sign-pdf', appFrame, {
      pdf,
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
