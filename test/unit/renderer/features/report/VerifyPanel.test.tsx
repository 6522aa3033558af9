// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppContext } from '../../../../../renderer/src/app/app-context';
import type { WorkbookDb } from '../../../../../renderer/src/db/db';
import { openTestDb } from '../../db/test-db';
import { addTrustedCertificates } from '../../../../../renderer/src/db/trusted-certificates-store';
import { VerifyPanel } from '../../../../../renderer/src/features/report/VerifyPanel';
import { verifySummary } from '../../../../../renderer/src/workers/verify-summary';
import { verifyPdf } from '../../../../../shared/signing/verify-pdf';
import { certificateFingerprint } from '../../../../../shared/signing/verify-trust';
import type { ReportVersion } from '../../../../../shared/workbook';
import { SIGNED_AT } from '../../../electron/signing/placeholder-pdf';

// The signing worker's answer, computed in this thread (jsdom runs no workers).
vi.mock('../../../../../renderer/src/features/report/verify-client', () => ({
  verifySignedPdf: async (pdf: Uint8Array, anchors: readonly Uint8Array[]) => ({
    ok: true,
    data: verifySummary(pdf, anchors),
  }),
}));

let signed: Uint8Array;
vi.mock('../../../../../renderer/src/platform', () => ({
  getPlatform: () => ({
    openFiles: async () => ({
      ok: true,
      data: [{ name: 'report.pdf', size: signed.length, bytes: signed }],
    }),
  }),
}));

const run = promisify(execFile);
let db: WorkbookDb;
let signer: Uint8Array;

beforeAll(async () => {
  // jsdom lays nothing out, so it has no scrollIntoView (the banner calls it).
  Object.defineProperty(Element.prototype, 'scrollIntoView', {
    value: vi.fn(),
    configurable: true,
  });
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'workbook-verify-panel-')), 's.pdf');
  await run(process.execPath, [
    '--import',
    'tsx',
    path.join(import.meta.dirname, 'make-signed-pdf.ts'),
    out,
  ]);
  signed = new Uint8Array(await readFile(out));
  signer = verifyPdf(signed).certificate;
}, 120_000);

afterEach(async () => {
  cleanup();
  await db.delete();
});

function version(overrides: Partial<ReportVersion> = {}): ReportVersion {
  const verified = verifyPdf(signed);
  return {
    id: 'rv-1',
    number: 1,
    template: 'ilacs-report',
    pdfSha256: verified.sha256,
    htmlSha256: '0'.repeat(64),
    signer: verified.subject,
    signerName: verified.commonName,
    signedBy: 'Amara Okafor',
    role: 'lead',
    signedAt: SIGNED_AT.toISOString(),
    evidenceIds: [],
    basis: '1'.repeat(64),
    ...overrides,
  };
}

async function verifyWith(versions: readonly ReportVersion[]) {
  render(
    <AppContext.Provider value={{ db, userName: 'Amara Okafor' }}>
      <VerifyPanel versions={versions} />
    </AppContext.Provider>,
  );
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Verify a signed PDF' }));
  });
  await screen.findByText(/Signature intact|does not hold/);
}

describe('VerifyPanel', () => {
  it('says "signer not trusted" as the command does when no trusted certificate is set', async () => {
    db = openTestDb(`verify-${Math.random().toString(36).slice(2)}`);
    await verifyWith([version()]);
    expect(
      screen.getByText('report.pdf is signed version 1 of this report, unchanged.'),
    ).toBeTruthy();
    expect(screen.getByText('Signature intact, signer not trusted.')).toBeTruthy();
    expect(document.body.textContent).toContain(certificateFingerprint(signer));
  });

  it('says "signer trusted" once the signer’s certificate is trusted in Settings', async () => {
    db = openTestDb(`verify-${Math.random().toString(36).slice(2)}`);
    await addTrustedCertificates(db, { name: 'lead.der', bytes: signer }, 'Amara Okafor');
    await verifyWith([version()]);
    expect(screen.getByText('Signature intact, signer trusted.')).toBeTruthy();
  });

  it('refuses a version record naming another signer', async () => {
    db = openTestDb(`verify-${Math.random().toString(36).slice(2)}`);
    await verifyWith([version({ signer: 'CN=Mallory Example' })]);
    expect(document.body.textContent).toContain(
      'report version 1 names the signer "CN=Mallory Example"',
    );
  });
});
