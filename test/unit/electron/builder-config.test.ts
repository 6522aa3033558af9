import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = path.resolve(import.meta.dirname, '../../..');

async function builderConfig(): Promise<Record<string, unknown>> {
  const parsed: unknown = parse(await readFile(path.join(repo, 'electron-builder.yml'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null)
    throw new Error('electron-builder.yml is empty');
  return Object.fromEntries(Object.entries(parsed));
}

function at(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>(
    (current, key) =>
      typeof current === 'object' && current !== null ? Reflect.get(current, key) : undefined,
    value,
  );
}

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts (its own schema check)', async () => {
    await expect(
      validateConfiguration(await builderConfig(), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableCookieEncryption', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets the fuse %s to %s', async (fuse, value) => {
    expect(at(await builderConfig(), 'electronFuses', fuse)).toBe(value);
  });

  it('packs into an asar, which the integrity fuses check', async () => {
    expect((await builderConfig())['asar']).toBe(true);
  });

  it('packages an Electron of the same major as the one developed against, no older', async () => {
    const pkg: unknown = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8'));
    const developed = String(at(pkg, 'devDependencies', 'electron'))
      .split('.')
      .map(Number);
    const packaged = String((await builderConfig())['electronVersion'])
      .split('.')
      .map(Number);
    expect(packaged[0]).toBe(developed[0]);
    expect(packaged.length).toBe(3);
    const [a = 0, b = 0, c = 0] = packaged;
    const [x = 0, y = 0, z = 0] = developed;
    expect(a * 1e6 + b * 1e3 + c).toBeGreaterThanOrEqual(x * 1e6 + y * 1e3 + z);
  });

  it('signs installers from the environment: no certificate or password in the file', async () => {
    const text = await readFile(path.join(repo, 'electron-builder.yml'), 'utf8');
    const config = await builderConfig();
    for (const key of ['certificateFile', 'certificatePassword', 'cscLink', 'cscKeyPassword']) {
      expect(text).not.toContain(`${key}:`);
    }
    expect(at(config, 'mac', 'hardenedRuntime')).toBe(true);
    expect(at(config, 'mac', 'notarize')).toBe(true);
    expect(at(config, 'win', 'signtoolOptions', 'signingHashAlgorithms')).toEqual(['sha256']);
  });
});
