import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ssda903File } from '../../../../../shared/records/ssda903';

/** The copied validator fixtures (test/fixtures/ssda903; provenance in test/fixtures/NOTICE.md). */
export const fixtureDir = path.resolve(import.meta.dirname, '../../../../fixtures/ssda903');

/** A fixture's bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(fixtureDir, name)));
}

/** A fixture's text (UTF-8). */
export function fixtureText(name: string): string {
  return readFileSync(path.join(fixtureDir, name), 'utf8');
}

/** The twelve CSV tables of one consistent return (placed_for_adoption_errors.csv is a variant). */
export const RETURN_CSVS = [
  'header.csv',
  'episodes.csv',
  'reviews.csv',
  'oc2.csv',
  'previous_permanence.csv',
  'uasc.csv',
  'oc3.csv',
  'missing.csv',
  'ad1.csv',
  'placed_for_adoption.csv',
  'sw_episodes.csv',
  'DoLo.csv',
] as const;

/** Files for `import903`. */
export function fixtureFiles(names: readonly string[]): Ssda903File[] {
  return names.map((name) => ({ name, bytes: fixtureBytes(name) }));
}

/**
 * A deliberately naive CSV view of a fixture (split on newlines and commas;
 * the fixtures have no quoted fields): an oracle independent of the reader.
 */
export function naiveRows(name: string): Array<Record<string, string>> {
  const lines = fixtureText(name)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line) => {
    const fields = line.split(',');
    return Object.fromEntries(header.map((column, index) => [column, fields[index] ?? '']));
  });
}
