import type { AnnexAListName, ListColumn } from './annex-a-lists';
import { columnKey } from './annex-a-lists';
import { HEADER_PATTERNS } from './annex-a-spellings';
import { normaliseHeader } from './headers';

/**
 * Matches a sheet's header row to a list's template columns loosely, as
 * liia-tools does (exact name first, then patterns, case ignored;
 * ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018): case, curly or missing quotes, doubled brackets,
 * spacing and punctuation do not matter, and the variants liia-tools' maps
 * carry (`Age` / `Age of Child (Years)`, `Eligibity Category`, …) are aliases.
 * Last, a header no column took is tried against the patterns the Annex A
 * schema gives for some columns (`header_regex`: a `Child ID` is the
 * `Child Unique ID`, `Date of birth (dd/mm/yyyy)` the `Date of Birth`).
 */

/** Column key → the patterns a header may match to be that column. */
export type ColumnPatterns = Readonly<Record<string, readonly RegExp[]>>;

const compiled = new Map<AnnexAListName, ColumnPatterns>();

/** The header patterns of a list's columns (annex-a-spellings.ts), compiled once. */
export function headerPatterns(list: AnnexAListName): ColumnPatterns {
  let patterns = compiled.get(list);
  if (patterns === undefined) {
    patterns = Object.fromEntries(
      Object.entries(HEADER_PATTERNS[list] ?? {}).map(([key, sources]) => [
        key,
        sources.map(([source, flags]) => new RegExp(source, flags)),
      ]),
    );
    compiled.set(list, patterns);
  }
  return patterns;
}

/** Where a template column was found in the sheet, if it was. */
export type ColumnMatch = {
  readonly column: ListColumn;
  /** 0-based column index in the sheet, or undefined if the sheet lacks the column. */
  readonly index: number | undefined;
  /** The header text as the sheet writes it (trimmed). */
  readonly found: string | undefined;
  /** True when the sheet's header is the template's, letter for letter (after trimming). */
  readonly exact: boolean;
};

/** A sheet column that matches no template column. */
export type ExtraColumn = { readonly index: number; readonly header: string };

/** The result of matching a header row against a list. */
export type HeaderMatch = {
  readonly matches: readonly ColumnMatch[];
  readonly extras: readonly ExtraColumn[];
  /** Columns whose header matched a template column already taken by an earlier one. */
  readonly duplicates: readonly ExtraColumn[];
};

/** Letters and digits only: `Was the Child Seen Alone?` and `was the child seen alone` agree. */
function looseKey(text: string): string {
  return normaliseHeader(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Pass = (header: string, column: ListColumn) => boolean;

const PASSES: readonly Pass[] = [
  (header, column) => header === column.header.trim(),
  (header, column) => normaliseHeader(header) === normaliseHeader(column.header),
  (header, column) => looseKey(header) === looseKey(column.header),
  (header, column) => (column.aliases ?? []).some((alias) => looseKey(alias) === looseKey(header)),
  // liia-tools matches List 8's UASC column by /.*Unaccompanied Asylum Seeking Child.*/i.
  (header, column) =>
    column.header.startsWith('Unaccompanied Asylum Seeking Child') &&
    looseKey(header).includes('unaccompanied asylum seeking child'),
];

/**
 * Matches header texts (by column index) to a list's template columns;
 * `patterns` are tried last, only for headers nothing else took.
 */
export function matchHeaders(
  columns: readonly ListColumn[],
  headers: readonly string[],
  patterns: ColumnPatterns = {},
): HeaderMatch {
  const trimmed = headers.map((header) => header.trim());
  const taken = new Map<ListColumn, number>();
  const used = new Set<number>();
  for (const pass of PASSES) {
    trimmed.forEach((header, index) => {
      if (header === '' || used.has(index)) return;
      const column = columns.find((candidate) => !taken.has(candidate) && pass(header, candidate));
      if (column === undefined) return;
      taken.set(column, index);
      used.add(index);
    });
  }
  // The schema's patterns are loose (Age is `.*age.*`), so they only fill a
  // column still empty, and a header that matches one of a column already
  // found is an extra column kept as text, not a duplicate.
  trimmed.forEach((header, index) => {
    if (header === '' || used.has(index)) return;
    const column = columns.find(
      (candidate) =>
        !taken.has(candidate) &&
        (patterns[columnKey(candidate)] ?? []).some((pattern) => pattern.test(header)),
    );
    if (column === undefined) return;
    taken.set(column, index);
    used.add(index);
  });
  const extras: ExtraColumn[] = [];
  const duplicates: ExtraColumn[] = [];
  trimmed.forEach((header, index) => {
    if (header === '' || used.has(index)) return;
    const twin = columns.some((column) => PASSES.some((pass) => pass(header, column)));
    (twin ? duplicates : extras).push({ index, header });
  });
  const matches = columns.map((column) => {
    const index = taken.get(column);
    const found = index === undefined ? undefined : trimmed[index];
    return { column, index, found, exact: found === column.header.trim() };
  });
  return { matches, extras, duplicates };
}

/** How many of a list's template columns a header row holds (for recognising Annex A). */
export function matchedCount(
  columns: readonly ListColumn[],
  headers: readonly string[],
  patterns: ColumnPatterns = {},
): number {
  return matchHeaders(columns, headers, patterns).matches.filter(
    (match) => match.index !== undefined,
  ).length;
}
