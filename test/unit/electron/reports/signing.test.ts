import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../../../electron/main/reports/errors';
import { reportFonts } from '../../../../electron/main/reports/fonts';
import { makeReport, type MadeReport } from '../../../../electron/main/reports/make-report';
import { openCertificate } from '../../../../shared/signing/certificate';
import { demoCertificate } from '../../../../electron/main/signing/demo-certificate';
import { SigningError } from '../../../../shared/signing/errors';
import { signPdf } from '../../../../shared/signing/sign-pdf';
import { verifyPdf, VerifyError } from '../../../../shared/signing/verify-pdf';
import { demoWorkbook, type DemoWorkbook } from '../../shared/reports/fixtures';
import { flat, pdfInfo, pdfText, poppler, saveTo, tempDir } from './poppler';

// Test-only certificates, generated on the spot (RSA 2048, self-signed, named as demos).
const PASS = 'test passphrase, not a real one';
const NOW = new Date('2026-10-16T14:05:00Z');
const valid = {
  notBefore: new Date('2026-01-01T00:00:00Z'),
  notAfter: new Date('2027-01-01T00:00:00Z'),
};

let dir = '';
let lead: Uint8Array;
let signed: MadeReport;
let signedFile = '';

async function sign(
  demo: DemoWorkbook,
  p12: Uint8Array,
  role: 'lead' | 'council-officer',
  signedBy: string,
) {
  return makeReport({
    workbook: demo.workbook,
    operations: demo.operations,
    fonts: await reportFonts(),
    now: NOW,
    signing: {
      p12,
      passphrase: PASS,
      certificate: openCertificate(p12, PASS, NOW),
      signedBy,
      role,
    },
  });
}

beforeAll(async () => {
  dir = await tempDir();
  lead = demoCertificate({ name: 'Amara Okafor', passphrase: PASS, ...valid });
  signed = await sign(demoWorkbook('ilacs-2026'), lead, 'lead', 'Amara Okafor');
  signedFile = await saveTo(dir, 'signed.pdf', signed.pdf);
});

describe('signed reports (PAdES basic, adbe.pkcs7.detached)', () => {
  it('pdfsig finds a valid signature over the whole document', async () => {
    const out = await poppler('pdfsig', [signedFile]);
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Signature Type: adbe.pkcs7.detached');
    expect(out).toContain('Signing Hash Algorithm: SHA-256');
    expect(out).toContain(
      'Signer Certificate Common Name: Amara Okafor (DEMO certificate, not for real use)',
    );
  });

  it('shows the signer and time in a visible block, with no DRAFT, and records the version', async () => {
    const info = await pdfInfo(signedFile);
    const last = flat(await pdfText(signedFile, Number(info.get('Pages'))));
    expect(last).toContain('Digitally signed');
    expect(last).toContain('Signed by: Amara Okafor (DEMO certificate, not for real use)');
    expect(last).toContain('Role: Lead inspector (Amara Okafor)');
    expect(last).toContain('Date: 16 October 2026 at 14:05 UTC');
    expect(await pdfText(signedFile)).not.toContain('DRAFT');
    expect(info.get('Form')).toBe('AcroForm');
    // The signature widget sits over the visible block, not at [0 0 0 0].
    const raw = new TextDecoder('latin1').decode(signed.pdf);
    expect(raw).toMatch(/\/Subtype \/Widget\s*\/FT \/Sig\s*\/Rect \[[1-9]/);
    expect(signed.record).toMatchObject({
      number: 1,
      template: 'ilacs-report',
      pdfSha256: signed.pdfSha256,
      htmlSha256: signed.htmlSha256,
      signer: openCertificate(lead, PASS, NOW).subject,
      signedBy: 'Amara Okafor',
      role: 'lead',
      signedAt: NOW.toISOString(),
    });
  });

  it('verifies on its own: signer, time and the whole file covered', () => {
    const verified = verifyPdf(signed.pdf);
    expect(verified.subject).toBe(openCertificate(lead, PASS, NOW).subject);
    expect(verified.signedAt?.toISOString()).toBe(NOW.toISOString());
    expect(verified.sha256).toBe(signed.pdfSha256);
    const [start, a, b, c] = verified.byteRange;
    expect([start, b + c]).toEqual([0, signed.pdf.length]);
    expect(a).toBeLessThan(b);
  });

  it('fails verification when any one byte changes, or bytes are appended', async () => {
    const bytes = signed.pdf;
    const raw = new TextDecoder('latin1').decode(bytes);
    const [, first, second] = verifyPdf(bytes).byteRange;
    const cms = first + 1;
    const hexEnd = raw.lastIndexOf('>', second);
    const positions: [string, number][] = [
      ['PDF header', 5],
      ['page content', Math.floor(first / 2)],
      ['Info title', raw.indexOf('/Title')],
      ['ByteRange digit', raw.indexOf('/ByteRange [0 ') + 14],
      ['CMS start', cms + 2],
      ['CMS digest algorithms', cms + 40],
      ['CMS certificate', cms + 600],
      ['CMS signature value', cms + 3000],
      ['zero padding', hexEnd - 10],
      ['after the signature', second + 200],
      ['last byte', bytes.length - 2],
    ];
    for (const [where, at] of positions) {
      const copy = new Uint8Array(bytes);
      const old = copy[at] ?? 0;
      // A hex digit stays a hex digit, so the damage is to content, not syntax.
      copy[at] = old === 0x30 ? 0x31 : old === 0x31 ? 0x32 : old === 0x20 ? 0x21 : old ^ 0x01;
      expect(() => verifyPdf(copy), where).toThrow(VerifyError);
    }
    const appended = new Uint8Array([...bytes, ...new TextEncoder().encode('\n%%EOF\n')]);
    expect(() => verifyPdf(appended)).toThrow(/does not cover the whole file/);
    // pdfsig agrees on a changed byte in the signed content (its exit code is 0 either way).
    const copy = new Uint8Array(bytes);
    const middle = Math.floor(first / 2);
    copy[middle] = (copy[middle] ?? 0) ^ 0x01;
    const tampered = await saveTo(dir, 'tampered.pdf', copy);
    expect(await poppler('pdfsig', [tampered])).not.toContain('Signature is Valid.');
  });

  it('refuses an unsigned PDF', async () => {
    const draft = await makeReport({
      workbook: demoWorkbook('focused-visit').workbook,
      operations: demoWorkbook('focused-visit').operations,
      fonts: await reportFonts(),
      now: NOW,
    });
    expect(() => verifyPdf(draft.pdf)).toThrow(/not signed/);
  });

  it('signs for a council officer whose name is beyond ASCII (UTF-8 subject, issuer encoded right)', async () => {
    const p12 = demoCertificate({ name: 'Siân Łódź-Pritchard', passphrase: PASS, ...valid });
    const made = await sign(
      demoWorkbook('self-assessment'),
      p12,
      'council-officer',
      'Siân Pritchard',
    );
    const file = await saveTo(dir, 'self.pdf', made.pdf);
    const out = await poppler('pdfsig', [file]);
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Signer Certificate Common Name: Siân Łódź-Pritchard (DEMO certificate');
    expect(verifyPdf(made.pdf).commonName).toBe(
      'Siân Łódź-Pritchard (DEMO certificate, not for real use)',
    );
    const text = flat(await pdfText(file));
    expect(text).toContain('Signed by: Siân Łódź-Pritchard (DEMO certificate, not for real use)');
    expect(text).toContain('Role: Council officer (Siân Pritchard)');
    expect(text).toContain('Self-assessment — not an Ofsted inspection');
  });

  it('signs from plain data, as a worker thread would receive it', async () => {
    const unsigned = await readFile(signedFile);
    // A structured clone is what postMessage delivers to a worker_threads worker.
    const request = structuredClone({
      pdf: new Uint8Array(unsigned),
      p12: lead,
      passphrase: 'wrong',
      signingTime: NOW,
    });
    await expect(signPdf(request)).rejects.toThrow(SigningError);
  });
});

function code(p12: Uint8Array, passphrase = PASS): string {
  try {
    openCertificate(p12, passphrase, NOW);
    return 'accepted';
  } catch (error: unknown) {
    return error instanceof SigningError ? error.code : String(error);
  }
}

describe('certificates that cannot sign', () => {
  it('refuses a wrong passphrase, a damaged file, expired, not yet valid and non-signing certificates', () => {
    expect(code(lead, 'not the passphrase')).toBe('wrong-passphrase');
    expect(code(new TextEncoder().encode('not a certificate'))).toBe('corrupt');
    expect(code(lead.subarray(0, 200))).toBe('corrupt');
    const expired = demoCertificate({
      name: 'A',
      passphrase: PASS,
      notBefore: new Date('2024-01-01'),
      notAfter: new Date('2025-01-01'),
    });
    expect(code(expired)).toBe('expired');
    const future = demoCertificate({
      name: 'A',
      passphrase: PASS,
      notBefore: new Date('2027-01-01'),
      notAfter: new Date('2028-01-01'),
    });
    expect(code(future)).toBe('not-yet-valid');
    const encipher = demoCertificate({
      name: 'A',
      passphrase: PASS,
      ...valid,
      keyUsage: { keyEncipherment: true },
    });
    expect(code(encipher)).toBe('not-for-signing');
  });

  it('accepts nonRepudiation alone, and a certificate with no keyUsage extension', () => {
    const nr = demoCertificate({
      name: 'A',
      passphrase: PASS,
      ...valid,
      keyUsage: { nonRepudiation: true },
    });
    expect(code(nr)).toBe('accepted');
    const none = demoCertificate({ name: 'A', passphrase: PASS, ...valid, keyUsage: null });
    expect(code(none)).toBe('accepted');
  });
});

describe('fonts', () => {
  it('names a missing or bad font file', async () => {
    const empty = await tempDir('workbook-fonts-');
    await expect(reportFonts(empty)).rejects.toThrow(
      new ReportError(
        'font-missing',
        `${path.join(empty, 'Roboto-Regular.ttf')}: font file not found; reinstall the app or pass --font-dir with the four Roboto TTF files`,
      ),
    );
    await writeFile(path.join(empty, 'Roboto-Regular.ttf'), 'not a font');
    await expect(reportFonts(empty)).rejects.toThrow(/Roboto-Regular\.ttf: not a TrueType/);
  });
});
