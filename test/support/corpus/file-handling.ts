import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusCase } from './case';
import { edit, GOOD, refused } from './bundle-tools';

/**
 * Command-line file handling for the corpus test (test/unit/corpus/corpus.test.ts):
 * the output never the input nor an existing file without --force, stale temporary
 * and lock files, file modes and symlinks kept.
 */

const MIB = 1024 * 1024;

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

/** The workbook itself is the target: a command that must refuse to write over it. */
function protectsTarget(
  name: string,
  damage: string,
  args: (workbook: string, dir: string) => readonly string[],
  message: RegExp,
): CorpusCase {
  return {
    name,
    damage,
    exit: 1,
    unchanged: true,
    message,
    make: async (dir) => ({ args: (workbook) => args(workbook, dir), names: GOOD }),
  };
}

export const fileCases: CorpusCase[] = [
  protectsTarget(
    'report-out-is-the-workbook',
    'out-is-input',
    (w) => ['report', w, '--out', w],
    /this is the input/,
  ),
  protectsTarget(
    'report-out-is-the-workbook-forced',
    'out-is-input',
    (w) => ['report', w, '--out', w, '--force'],
    /this is the input/,
  ),
  protectsTarget(
    'merge-out-is-an-input',
    'out-is-input',
    (w) => ['merge', w, w, '--out', w],
    /this is the input/,
  ),
  protectsTarget(
    'merge-out-exists',
    'out-exists',
    (w, dir) => {
      const copy = path.join(dir, 'copy.inspection');
      return ['merge', copy, copy, '--out', w];
    },
    /already exists.*--force/,
  ),
  protectsTarget(
    'demo-out-exists',
    'out-exists',
    (w) => ['demo', '--out', w, '--without-records'],
    /already exists.*--force/,
  ),
  protectsTarget(
    'problems-csv-is-the-workbook',
    'out-is-input',
    (w) => ['problems', w, '--csv', w],
    /this is the input/,
  ),
  {
    name: 'report-out-through-a-link-to-the-workbook',
    damage: 'out-is-input',
    exit: 1,
    unchanged: true,
    message: /this is the input/,
    make: async (dir) => {
      const link = path.join(dir, 'report.pdf');
      await symlink(path.join(dir, GOOD), link);
      return { args: (w) => ['report', w, '--out', link, '--force'], names: 'report.pdf' };
    },
  },
  {
    name: 'demo-out-exists-forced',
    damage: 'out-exists',
    exit: 0,
    unchanged: true,
    make: async (dir) => {
      const other = path.join(dir, 'other.inspection');
      await writeFile(other, 'old');
      return {
        args: () => ['demo', '--out', other, '--without-records', '--force'],
        names: 'other.inspection',
      };
    },
  },
  {
    name: 'save-keeps-mode-600',
    damage: 'file-mode',
    exit: 0,
    unchanged: false,
    make: async (dir) => {
      await chmod(path.join(dir, GOOD), 0o600);
      return { args: edit, names: GOOD };
    },
    after: async (dir) => {
      const { stat } = await import('node:fs/promises');
      const mode = (await stat(path.join(dir, GOOD))).mode & 0o777;
      return mode === 0o600 ? undefined : `mode became ${mode.toString(8)}`;
    },
  },
  {
    name: 'save-keeps-a-symlink',
    damage: 'symlink',
    exit: 0,
    unchanged: false,
    make: async (dir) => {
      await mkdir(path.join(dir, 'real'));
      await rename(path.join(dir, GOOD), path.join(dir, 'real', GOOD));
      await symlink(path.join(dir, 'real', GOOD), path.join(dir, GOOD));
      return { args: edit, names: GOOD };
    },
    after: async (dir) => {
      const { lstat } = await import('node:fs/promises');
      return (await lstat(path.join(dir, GOOD))).isSymbolicLink()
        ? undefined
        : 'the link was replaced';
    },
  },
  {
    name: 'stale-temp-removed',
    damage: 'stale-temp',
    exit: 0,
    unchanged: false,
    make: async (dir) => {
      await copyFile(
        path.join(dir, GOOD),
        path.join(dir, `.${GOOD}.${deadPid()}-0123456789ab.workbook-tmp`),
      );
      return { args: edit, names: GOOD };
    },
  },
  {
    name: 'stale-lock-taken-over',
    damage: 'stale-lock',
    exit: 0,
    unchanged: false,
    make: async (dir) => {
      await writeFile(path.join(dir, `.${GOOD}.workbook-lock`), String(deadPid()));
      return { args: edit, names: GOOD };
    },
  },
  refused('workbook-is-a-folder', 'not-a-file', async (dir) => {
    const folder = path.join(dir, 'folder.inspection');
    await mkdir(folder);
    return folder;
  }),
  refused('workbook-missing', 'not-a-file', async (dir) => path.join(dir, 'missing.inspection')),
  refused(
    'indicators-json-ten-megabytes',
    'message-echo',
    async (dir) => {
      const file = path.join(dir, 'indicators.json');
      await writeFile(
        file,
        JSON.stringify({ indicators: [{ id: 'x'.repeat(10 * MIB), values: 'y'.repeat(MIB) }] }),
      );
      return file;
    },
    (file) => [
      'report',
      path.join(path.dirname(file), GOOD),
      '--out',
      path.join(path.dirname(file), 'r.pdf'),
      '--indicators',
      file,
    ],
  ),
  refused(
    'conflicts-json-proto',
    'prototype-key',
    async (dir) => {
      const file = path.join(dir, 'conflicts.json');
      await writeFile(
        file,
        '{"__proto__": {"flags": []}, "constructor": {"prototype": {"polluted": true}}}',
      );
      return file;
    },
    (file) => [
      'report',
      path.join(path.dirname(file), GOOD),
      '--out',
      path.join(path.dirname(file), 'r.pdf'),
      '--conflicts',
      file,
    ],
  ),
];
