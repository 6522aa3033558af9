import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { demoCertificate } from '../../../../electron/main/signing/demo-certificate';
import { demoIdentity } from '../../../../shared/demo';
import { openCertificate } from '../../../../shared/signing/certificate';
import { run, workDir, type CliRun } from './helpers';

/** A test-only passphrase for the certificates below (RSA 2048, self-signed, named as demos). */
export const PASS = 'test passphrase, not a real one';
/** The demo's lead inspector. */
export const LEAD = 'Amara Okafor';

/** A folder for one test file's workbooks, reports and certificates. */
export type ReportTestDir = {
  readonly dir: string;
  /** Writes a demo certificate made on the spot for the lead, with options. */
  p12(name: string, options?: Partial<Parameters<typeof demoCertificate>[0]>): Promise<string>;
  /** Writes the demo workbook (without its synthetic records: the report does not read them). */
  demo(name: string): Promise<string>;
  /** Records `p12`'s fingerprint as the demo lead's certificate on the demo's team roster. */
  recordCertificate(file: string, p12: string): Promise<void>;
  /** A new empty folder, to check nothing is left behind in it. */
  empty(name: string): Promise<string>;
};

/** Makes the folder and its helpers. */
export async function reportTestDir(): Promise<ReportTestDir> {
  const dir = await workDir();
  return {
    dir,
    async p12(name, options = {}) {
      const file = path.join(dir, `${name}.p12`);
      await writeFile(file, demoCertificate({ name: LEAD, passphrase: PASS, ...options }));
      return file;
    },
    async demo(name) {
      const file = path.join(dir, `${name}.inspection`);
      const result = await run(['demo', '--out', file, '--without-records']);
      expect(result.code, result.stderr).toBe(0);
      return file;
    },
    async recordCertificate(file, p12) {
      const certificate = openCertificate(new Uint8Array(await readFile(p12)), PASS);
      const lead = await demoIdentity(LEAD);
      const result = await run([
        'team',
        'add',
        file,
        '--member',
        LEAD,
        '--signing-key',
        lead.signingKey,
        '--certificate-sha256',
        certificate.sha256,
        '--as',
        LEAD,
      ]);
      expect(result.code, result.stderr).toBe(0);
    },
    async empty(name) {
      const out = path.join(dir, name);
      await mkdir(out);
      return out;
    },
  };
}

/** A field of a JSON object. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/** SHA-256 as lower-case hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A refusal: exit 1, one line on stderr naming `file`, nothing written in `out`, the workbook unchanged. */
export async function expectRefused(
  result: CliRun,
  file: string,
  out: string,
  bundle: readonly [string, Buffer | null] = ['', null],
): Promise<void> {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toContain(file);
  expect(await readdir(out)).toEqual([]);
  const [workbook, before] = bundle;
  const after = before === null ? null : await readFile(workbook);
  expect(after).toEqual(before);
}
