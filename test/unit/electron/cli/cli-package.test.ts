import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { access, mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOutputSchemas } from '../../../../electron/cli/json-schemas';
import { openWorkbook } from '../../../../electron/cli/store';

const exec = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../../..');

type PackageJson = {
  readonly bin: Record<string, string>;
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
};

function isPackageJson(value: unknown): value is PackageJson {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['bin', 'dependencies', 'devDependencies'].every(
      (key) => typeof Reflect.get(value, key) === 'object',
    )
  );
}

async function packageJson(): Promise<PackageJson> {
  const parsed: unknown = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8'));
  if (!isPackageJson(parsed)) throw new Error('package.json lacks bin or dependencies');
  return parsed;
}

/** The package a bare import specifier names: `@scope/name` or `name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.mjs'))
    .map((e) => path.join(e.parentPath, e.name));
}

// The command as a council's IT team installs it: `npm pack`, then the tarball installed
// into an empty folder with production dependencies only, then run through its bin.
let app = '';
beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'workbook-pack-'));
  app = path.join(dir, 'app');
  await mkdir(app);
  // `npm pack` runs `prepare`, which builds dist-cli/ (https://docs.npmjs.com/cli/v10/using-npm/scripts#life-cycle-scripts).
  await exec('npm', ['pack', '--pack-destination', app, '--silent'], { cwd: repo });
  const tarball = (await readdir(app)).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`npm pack wrote no tarball into ${app}`);
  await exec(
    'npm',
    ['install', '--omit=dev', '--no-audit', '--no-fund', '--silent', `./${tarball}`],
    { cwd: app },
  );
}, 180_000);

async function workbook(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return exec(path.join(app, 'node_modules', '.bin', 'workbook'), args, { cwd: app });
}

describe('the packed workbook command', () => {
  it('installs with production dependencies only: no TypeScript loader or build tool', async () => {
    const { devDependencies } = await packageJson();
    for (const dev of ['tsx', 'typescript', 'vite']) {
      expect(Object.keys(devDependencies)).toContain(dev);
      await expect(access(path.join(app, 'node_modules', dev))).rejects.toThrow(/ENOENT/);
    }
  });

  it('imports only Node built-ins and its runtime dependencies', async () => {
    const { dependencies } = await packageJson();
    const installed = path.join(app, 'node_modules', 'inspection-workbook', 'dist-cli');
    const specifiers = new Set<string>();
    for (const file of await files(installed)) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([@\w][\w@/.:-]*)["']/g)) {
        if (match[1] !== undefined) specifiers.add(match[1]);
      }
    }
    expect(specifiers.size).toBeGreaterThan(3);
    for (const specifier of specifiers) {
      const name = specifier.replace(/^node:/, '');
      const allowed = builtinModules.includes(name) || packageOf(specifier) in dependencies;
      expect(allowed, `${specifier} is neither a Node built-in nor a dependency`).toBe(true);
    }
  });

  it('writes the demo, judges it and signs its report', async () => {
    const demo = await workbook('demo', '--out', 'x.inspection');
    expect(demo.stdout.trim()).toMatch(/^insp-/);

    const judged = jsonOutputSchemas.judge.safeParse(
      JSON.parse((await workbook('judge', 'x.inspection', '--json')).stdout),
    );
    expect(judged.error).toBeUndefined();
    expect(judged.data?.judgements.length).toBeGreaterThan(0);

    const { workbook: opened } = await openWorkbook(path.join(app, 'x.inspection'));
    const lead = opened.inspection.team.find((member) => member.role === 'lead');
    if (lead === undefined) throw new Error('the demo has no lead inspector');
    await workbook('report', 'x.inspection', '--out', 'r.pdf', '--sign-demo', '--as', lead.name);
    const pdf = await readFile(path.join(app, 'r.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A demo certificate and no --trust: the signature holds, the signer is not trusted (exit 2).
    const verified = await workbook('verify', 'r.pdf', '--bundle', 'x.inspection', '--json').then(
      () => {
        throw new Error('verify trusted a demo certificate without --trust');
      },
      (error: unknown) => {
        expect(Reflect.get(Object(error), 'code')).toBe(2);
        return String(Reflect.get(Object(error), 'stdout'));
      },
    );
    expect(jsonOutputSchemas.verify.parse(JSON.parse(verified))).toMatchObject({
      valid: true,
      trusted: false,
    });
  });
});
