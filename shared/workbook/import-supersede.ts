import { periodOf, type ImportEntry, type ImportMeta } from './import-record';

/*
 * Which stored imports a new import call replaces. An SSDA903 return is a
 * set of tables (Header, Episodes, …), one per CSV file, or all of them in
 * one XML file (https://www.gov.uk/guidance/children-looked-after-return).
 * A council re-exports its return as the year goes on, and the new files are
 * often named differently (a date in the name): the newer Episodes table is
 * the council's Episodes table, and keeping the older one beside it would
 * count every placement twice and check the two against each other. So a
 * call replaces, for the same owner and the same return (this year's or the
 * previous year's):
 * - any file of the same name (every kind of file);
 * - a 903 file whose tables the call's 903 files all bring again;
 * - every 903 file, when the call brings a 903 XML return (the whole return
 *   in one file).
 * A stored 903 file with some table the call does not bring is kept (a
 * partial replacement is not guessed at): the same-table warning says so.
 */

/** What the rule needs of a file: its kind, and the tables it holds (counts are not looked at). */
export type ImportShape = Pick<ImportMeta, 'owner' | 'fileName' | 'tables'> & {
  /** `other`: a file not (yet) known to be of any kind, replacing by its name only. */
  readonly kind: ImportMeta['kind'] | 'other';
  readonly period?: 'previous' | undefined;
};

function isSsda903(file: Pick<ImportShape, 'kind'>): boolean {
  return file.kind === 'ssda903-csv' || file.kind === 'ssda903-xml';
}

function sameReturn(a: ImportShape, b: ImportShape): boolean {
  return a.owner === b.owner && periodOf(a) === periodOf(b);
}

/** Whether the call's `files` replace the stored `old` (see above). */
export function replacedBy(old: ImportShape, files: readonly ImportShape[]): boolean {
  const mine = files.filter((file) => sameReturn(file, old));
  if (mine.some((file) => file.fileName === old.fileName)) return true;
  if (!isSsda903(old)) return false;
  const returns = mine.filter(isSsda903);
  if (returns.some((file) => file.kind === 'ssda903-xml')) return true;
  const brought = new Set(returns.flatMap((file) => Object.keys(file.tables)));
  const held = Object.keys(old.tables);
  return held.length > 0 && held.every((table) => brought.has(table));
}

/** The stored imports among `existing` that the call's `files` replace, oldest first. */
export function importsReplaced(
  existing: readonly ImportEntry[],
  files: readonly ImportShape[],
): ImportEntry[] {
  return existing.filter((old) => replacedBy(old, files));
}
