import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { bundledComparators } from '../../shared/comparators/bundled';
import type { ComparatorDataset } from '../../shared/comparators/types';
import { comparatorsStoreSchema, type ComparatorsStore } from '../../shared/comparators/update';
import { CliError } from './errors';

/*
 * Where `workbook comparators update` keeps a newer DfE release: one JSON file
 * in the user's data directory, so every workbook on the machine sees it. The
 * bundled dataset stays the fallback: with no file here, it is used.
 * `WORKBOOK_COMPARATORS_DIR` names the directory outright (tests, shared
 * installs); otherwise `$XDG_DATA_HOME/inspection-workbook`
 * (https://specifications.freedesktop.org/basedir-spec/latest/), falling back to
 * `~/.local/share/inspection-workbook`, or `%APPDATA%\inspection-workbook` on Windows.
 */

/** The directory the update is kept in. */
export function comparatorsDir(env: NodeJS.ProcessEnv = process.env): string {
  const named = env['WORKBOOK_COMPARATORS_DIR'];
  if (named !== undefined && named !== '') return named;
  if (process.platform === 'win32' && env['APPDATA'] !== undefined) {
    return path.join(env['APPDATA'], 'inspection-workbook');
  }
  const xdg = env['XDG_DATA_HOME'];
  const base = xdg !== undefined && xdg !== '' ? xdg : path.join(homedir(), '.local', 'share');
  return path.join(base, 'inspection-workbook');
}

/** The stored update file's path. */
export function comparatorsFile(): string {
  return path.join(comparatorsDir(), 'comparators.json');
}

/** The stored update, or undefined when none was loaded. A damaged file is an error naming it. */
export async function readComparatorsStore(): Promise<ComparatorsStore | undefined> {
  const file = comparatorsFile();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const checked = comparatorsStoreSchema.safeParse(parsed);
  if (!checked.success) {
    throw new CliError(
      `${file}: the stored comparators update is damaged; delete the file to use the bundled DfE figures, then run \`workbook comparators update\` again.`,
    );
  }
  return checked.data;
}

/** The dataset in force: the stored update, or the bundled one. */
export async function currentComparators(): Promise<{
  dataset: ComparatorDataset;
  from: 'bundled' | 'update';
}> {
  const stored = await readComparatorsStore();
  return stored === undefined
    ? { dataset: bundledComparators(), from: 'bundled' }
    : { dataset: stored.dataset, from: 'update' };
}

/** Replaces the stored update (written whole, then renamed into place). */
export async function writeComparatorsStore(store: ComparatorsStore): Promise<string> {
  const file = comparatorsFile();
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(store));
  await rename(temporary, file);
  return file;
}
