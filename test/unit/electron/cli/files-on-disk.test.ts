import { spawnSync } from 'node:child_process';
import {
  chmod,
  lstat,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { removeStaleTemps, writeAtomic } from '../../../../electron/cli/files/atomic-write';
import { withLock } from '../../../../electron/cli/files/lock';
import { checkOutputs } from '../../../../electron/cli/files/out-target';

vi.mock('electron', () => ({}));
const { createSaveFileHandler } = await import('../../../../electron/main/ipc/handlers/dialogs');

const dir = () => mkdtemp(path.join(tmpdir(), 'workbook-files-'));

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('writeAtomic', () => {
  it('keeps an existing file’s mode and leaves no temporary file', async () => {
    const folder = await dir();
    const file = path.join(folder, 'w.inspection');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    await writeAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual(['w.inspection']);
  });

  it('writes through a symbolic link, which keeps pointing at its target', async () => {
    const folder = await dir();
    const real = path.join(folder, 'real.inspection');
    const link = path.join(folder, 'link.inspection');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeAtomic(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('new');
  });

  it('removes temporary files a killed run left, but not those of a running one', async () => {
    const folder = await dir();
    const file = path.join(folder, 'w.inspection');
    const stale = `.w.inspection.${deadPid()}-0123456789ab.workbook-tmp`;
    const live = `.w.inspection.${process.pid}-0123456789ab.workbook-tmp`;
    const other = '.notes.txt.swp';
    for (const name of [stale, live, other]) await writeFile(path.join(folder, name), 'x');
    await removeStaleTemps(file);
    expect((await readdir(folder)).sort()).toEqual([other, live].sort());
  });
});

describe('withLock', () => {
  it('runs two writers of one file one after the other', async () => {
    const file = path.join(await dir(), 'w.inspection');
    const order: string[] = [];
    const writer = (name: string) =>
      withLock(file, async () => {
        order.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        order.push(`${name} out`);
      });
    await Promise.all([writer('a'), writer('b')]);
    expect(order).toEqual(
      order[0] === 'a in' ? ['a in', 'a out', 'b in', 'b out'] : ['b in', 'b out', 'a in', 'a out'],
    );
  });

  it('takes over a lock whose process has ended, and refuses one still held', async () => {
    const folder = await dir();
    const file = path.join(folder, 'w.inspection');
    const lock = path.join(folder, '.w.inspection.workbook-lock');
    await writeFile(lock, String(deadPid()));
    await expect(withLock(file, async () => 'done')).resolves.toBe('done');
    await writeFile(lock, String(process.ppid));
    await expect(withLock(file, async () => 'done', 100)).rejects.toThrow(
      /another workbook command \(process \d+\) is changing it; try again/,
    );
  });
});

describe('checkOutputs', () => {
  it('refuses the input itself, even with --force, and an existing file without it', async () => {
    const folder = await dir();
    const input = path.join(folder, 'w.inspection');
    const existing = path.join(folder, 'report.pdf');
    await writeFile(input, 'x');
    await writeFile(existing, 'x');
    const alias = path.join(folder, 'alias.pdf');
    await symlink(input, alias);
    await expect(checkOutputs([input], [input], true)).rejects.toThrow(/this is the input/);
    await expect(checkOutputs([alias], [input], true)).rejects.toThrow(/this is the input/);
    await expect(checkOutputs([existing], [input], false)).rejects.toThrow(/--force/);
    await expect(checkOutputs([existing], [input], true)).resolves.toBeUndefined();
    await expect(
      checkOutputs([path.join(folder, 'new.pdf')], [input], false),
    ).resolves.toBeUndefined();
  });
});

describe('the app’s save-file handler', () => {
  it('replaces a file atomically, keeping its mode', async () => {
    const folder = await dir();
    const target = path.join(folder, 'export.inspection');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    const handler = createSaveFileHandler({
      // @ts-expect-error only the method the handler uses
      dialog: { showSaveDialog: async () => ({ canceled: false, filePath: target }) },
      window: () => undefined,
    });
    await handler({ suggestedName: 'export.inspection', bytes: new TextEncoder().encode('new') });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual(['export.inspection']);
  });
});
