import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../..');
const oxlint = path.join(repo, 'node_modules', '.bin', 'oxlint');

/**
 * Runs the project's real lint config over throw-away files laid out like the
 * repo, so the test proves the layering rule fires (and stays quiet on clean
 * code) without touching the source tree.
 */
async function lint(files: Record<string, string>): Promise<{ code: number; output: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'workbook-layering-'));
  await copyFile(path.join(repo, '.oxlintrc.json'), path.join(dir, '.oxlintrc.json'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  try {
    const { stdout, stderr } = await run(
      oxlint,
      ['-c', '.oxlintrc.json', '--deny-warnings', ...Object.keys(files)],
      {
        cwd: dir,
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error: unknown) {
    // execFile rejects with the exit code and both streams attached.
    const field = (name: string): unknown =>
      typeof error === 'object' && error !== null ? Reflect.get(error, name) : undefined;
    const code = field('code');
    return {
      code: typeof code === 'number' ? code : 1,
      output: [field('stdout'), field('stderr')].filter((t) => typeof t === 'string').join(''),
    };
  }
}

describe('layering lint rule', () => {
  it('passes clean code in every layer', async () => {
    const result = await lint({
      'shared/domain/ok.ts': "import { z } from 'zod';\nexport const id = z.string();\n",
      'electron/main/ok.ts':
        "import path from 'node:path';\nimport { id } from '../../shared/domain/ok';\nexport const p = [path.sep, id];\n",
      'renderer/src/ok.ts': "import { id } from '../../shared/domain/ok';\nexport const r = id;\n",
    });
    expect(result.output).not.toMatch(/no-restricted-imports|no-nodejs-modules/);
    expect(result.code).toBe(0);
  });

  it.each([
    [
      'shared/ importing React',
      'shared/domain/bad.ts',
      "import { useState } from 'react';\nexport const s = useState;\n",
    ],
    [
      'shared/ importing Dexie',
      'shared/records/bad.ts',
      "import { Dexie } from 'dexie';\nexport const d = Dexie;\n",
    ],
    [
      'shared/ importing Electron',
      'shared/ipc/bad.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    ],
    [
      'shared/ importing node:fs',
      'shared/bundle/bad.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    ],
    [
      'shared/ importing fs',
      'shared/bundle/bad2.ts',
      "import { readFileSync } from 'fs';\nexport const r = readFileSync;\n",
    ],
    [
      'shared/ importing a type from React',
      'shared/reports/bad.ts',
      "import type { ReactNode } from 'react';\nexport type N = ReactNode;\n",
    ],
    [
      'electron/ importing renderer/',
      'electron/main/bad.ts',
      "import { App } from '../../renderer/src/app/App';\nexport const a = App;\n",
    ],
    [
      'renderer/ importing electron/',
      'renderer/src/bad.ts',
      "import { buildBridge } from '../../electron/preload/bridge';\nexport const b = buildBridge;\n",
    ],
    [
      'renderer/ importing Electron',
      'renderer/src/bad2.ts',
      "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
    ],
    [
      'renderer/ importing node:path',
      'renderer/src/bad3.ts',
      "import path from 'node:path';\nexport const p = path;\n",
    ],
  ])('fires on %s', async (_label, file, text) => {
    const result = await lint({ [file]: text });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/no-restricted-imports|no-nodejs-modules/);
    expect(result.output).toContain(path.basename(file));
  });
});
