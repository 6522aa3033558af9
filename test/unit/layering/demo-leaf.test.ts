import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const demo = path.join(repo, 'shared', 'demo');

/**
 * The demo's entry points: the only files outside shared/demo that may import
 * it. Everything else (the domain, the workers that never build a demo) stays
 * free of the demo generator and its synthetic records.
 */
const entryPoints = [
  'electron/cli/commands/demo.ts',
  // Signs a demo workbook with the demo team's published keys when no identity is given.
  'electron/cli/crypto/demo-signer.ts',
  'renderer/src/workers/demo.worker.ts',
  'renderer/src/features/inspections/demo-records.ts',
  'renderer/src/features/inspections/InspectionsPage.tsx',
];

/** Relative module specifiers in a file: static imports and re-exports, and dynamic imports. */
function specifiers(source: string): string[] {
  const found = source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.[^'"]*)['"]/g);
  return [...found].map((match) => match[1] ?? '');
}

/** Whether `file` (absolute) imports anything under shared/demo. */
function importsDemo(file: string, source: string): boolean {
  return specifiers(source).some((specifier) => {
    const target = path.resolve(path.dirname(file), specifier);
    return target === demo || target.startsWith(`${demo}${path.sep}`);
  });
}

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(repo, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.startsWith(`${demo}${path.sep}`));
}

describe('shared/demo is a leaf', () => {
  it('is imported by its entry points only', async () => {
    const files = [
      ...(await sourceFiles('shared')),
      ...(await sourceFiles('electron')),
      ...(await sourceFiles('renderer/src')),
    ];
    expect(files.length).toBeGreaterThan(100);
    const importers: string[] = [];
    for (const file of files) {
      if (importsDemo(file, await readFile(file, 'utf8'))) {
        importers.push(path.relative(repo, file).split(path.sep).join('/'));
      }
    }
    expect(importers.sort()).toEqual([...entryPoints].sort());
  });

  it('catches each way of importing it', () => {
    const file = path.join(repo, 'shared', 'workbook', 'x.ts');
    for (const line of [
      "import { buildDemo } from '../demo';",
      "import type { DemoRecords } from '../demo/records';",
      "export { demoTeam } from '../demo/content';",
      "const m = await import('../demo/with-records');",
    ]) {
      expect(importsDemo(file, line), line).toBe(true);
    }
    expect(importsDemo(file, "import { importKinds } from './demo-kinds';")).toBe(false);
    expect(importsDemo(file, "import { x } from '../domain';")).toBe(false);
  });
});
