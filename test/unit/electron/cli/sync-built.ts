import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { access, copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, inject } from 'vitest';
import { findClashes, materialise, readBundle } from '../../../../shared/bundle';
import { attachmentPartName } from '../../../../shared/sync';
import { ok } from '../../../../shared/util/result';
import { createSession, workbookEntities, workbookParts } from '../../../../shared/workbook';
import { openWorkbook, saveWorkbook } from '../../../../electron/cli/store';

const exec = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../../..');
/** The command as built for this test run (test/support/built-cli.global.ts). */
export const builtCommand = inject('builtCli');
const fixtures = path.join(repo, 'test', 'fixtures');

/** Refuses, saying what to do, when the command has not been built. */
export async function needBuilt(): Promise<void> {
  try {
    await access(builtCommand);
  } catch {
    throw new Error(`${builtCommand} is missing: run \`npm run build:cli\` before these tests`);
  }
}

/** Runs the built command in a child process; rejects with its stderr when it fails. */
export async function workbook(args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await exec(process.execPath, [builtCommand, ...args], { cwd: repo });
    return stdout;
  } catch (error: unknown) {
    const stderr = typeof error === 'object' && error !== null ? Reflect.get(error, 'stderr') : '';
    throw new Error(`workbook ${args.slice(0, 2).join(' ')} failed: ${String(stderr)}`, {
      cause: error,
    });
  }
}

/** A new workbook made by Amara as lead, and a copy of it for Ben: two laptops. */
export async function twoCopies(dir: string): Promise<[string, string]> {
  const a = path.join(dir, 'amara.inspection');
  const b = path.join(dir, 'ben.inspection');
  await workbook([
    'new',
    a,
    '--council',
    'Northmoor',
    '--la-code',
    '899',
    '--kind',
    'ilacs-standard',
    '--on-site',
    '2026-10-05',
    '--lead',
    'Amara Okafor',
    '--inspector',
    'Ben Lee',
    '--as',
    'Amara Okafor',
  ]);
  await copyFile(a, b);
  return [a, b];
}

/**
 * One round of a member's work: evidence, a grade of their own area (Amara the children in
 * care, Ben care leavers: only whoever prepared a grade may change it), and the summary,
 * which both change, so their edits clash.
 */
export async function someWork(file: string, who: string, round: number): Promise<void> {
  const as = ['--as', who];
  const area = who === 'Ben Lee' ? 'care-leavers' : 'children-in-care';
  const id = (
    await workbook([
      'evidence',
      'add',
      file,
      '--source',
      'council',
      '--area',
      area,
      '--finding',
      'strength',
      '--text',
      `${who}, round ${round}: plans seen`,
      '--kind',
      'case-sampling',
      '--date',
      '2026-10-05',
      ...as,
    ])
  ).trim();
  await workbook([
    'grade',
    file,
    '--area',
    area,
    '--grade',
    round % 2 === 0 ? 'good' : 'requires-improvement',
    '--rationale',
    `${who}, round ${round}`,
    '--evidence',
    id,
    ...as,
  ]);
  await workbook(['summary', 'set', file, '--text', `${who}'s summary, round ${round}`, ...as]);
}

/** Imports a small SSDA903 header file (its source file travels through the folder). */
export async function importHeader(file: string, who: string): Promise<void> {
  await workbook(['import', file, path.join(fixtures, 'ssda903', 'header.csv'), '--as', who]);
}

/**
 * Records evidence with `bytes` attached as `name`, as a bundle carries an
 * attachment (the part `attachments/<sha256>`, the item naming it by SHA-256);
 * written in this process, since the command has no verb that attaches.
 */
export async function attachNote(
  file: string,
  who: string,
  name: string,
  bytes: Uint8Array,
): Promise<{ id: string; sha: string }> {
  const id = (
    await workbook([
      'evidence',
      'add',
      file,
      '--source',
      'council',
      '--area',
      'children-in-care',
      '--finding',
      'strength',
      '--text',
      `${who}: visit notes attached`,
      '--kind',
      'observation',
      '--date',
      '2026-10-05',
      '--as',
      who,
    ])
  ).trim();
  const opened = await openWorkbook(file);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const session = createSession({
    newId: (prefix) => `${prefix}-${randomUUID()}`,
    now: () => new Date().toISOString(),
    operations: opened.bundle.operations,
  });
  session.run(who, (context) => {
    const op = context.recorder.change({
      entity: 'evidence',
      id,
      field: 'attachments',
      value: [{ name, sha256: sha }],
    });
    return ok({ id, operations: op === null ? [] : [op] });
  });
  await saveWorkbook(
    file,
    opened.sealing,
    opened.bundle.manifest.inspectionId,
    session.operations,
    who,
    { ...opened.bundle.parts, [attachmentPartName(sha)]: bytes },
  );
  return { id, sha };
}

/** A plain workbook file's records, imports' source files and clashes. */
export async function contents(file: string) {
  const bundle = readBundle(new Uint8Array(await readFile(file)), {
    entities: workbookEntities,
    parts: workbookParts,
  });
  const imports = Object.keys(bundle.parts).filter((name) => name.startsWith('imports/'));
  const attachments = Object.keys(bundle.parts)
    .filter((name) => name.startsWith('attachments/'))
    .sort()
    .map((name) => ({ name, bytes: bundle.parts[name] }));
  return {
    state: materialise(bundle.operations),
    imports: imports.sort(),
    attachments,
    clashes: findClashes(bundle.operations),
    changes: bundle.operations.length,
  };
}

/** Both files hold the same judgements, evidence, imports and clashes. */
export async function expectSame(a: string, b: string): Promise<void> {
  const first = await contents(a);
  const second = await contents(b);
  expect(first.state['judgement']).toBeDefined();
  expect(first.state['evidence']).toEqual(second.state['evidence']);
  expect(first.state['judgement']).toEqual(second.state['judgement']);
  expect(first.state['import']).toEqual(second.state['import']);
  expect(first.imports).toEqual(second.imports);
  expect(first.clashes).toEqual(second.clashes);
  expect(first).toEqual(second);
}
