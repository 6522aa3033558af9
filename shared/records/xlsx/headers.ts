import type { RecordProblem, Severity } from '../problem';
import type { CellValue } from './cell';
import { cellText } from './cell';
import type { XlsxRow } from './sheet-scan';

/**
 * Helpers shared by the Annex A and provider-list readers: loose header
 * matching, finding the header row, and building problems.
 */

/**
 * A header as compared, not as shown: Unicode-normalised (NFKC), curly
 * quotes made straight, doubled brackets made single, whitespace collapsed
 * and trimmed, lower case. ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018 lists the variants this
 * absorbs: `Date of Referral`/`Date of referral`, `(Y/N))`, `‘Missing’`,
 * `Date of Adoption Order ` with a trailing space.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\(+/g, '(')
    .replace(/\)+/g, ')')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The header texts of a row, by column, trimmed (empty string where a column has no header). */
export function headerTexts(row: XlsxRow): string[] {
  return Array.from(row.cells, (cell) => cellText(cell).trim());
}

/**
 * The index in `rows` of the header row: of the first `scan` rows, the one
 * `score` rates highest (earliest on a tie), if it scores at least `minimum`.
 */
export function findHeaderRow(
  rows: readonly XlsxRow[],
  score: (headers: readonly string[]) => number,
  minimum: number,
  scan = 10,
): number | undefined {
  let best: number | undefined;
  let bestScore = minimum - 1;
  for (let index = 0; index < Math.min(scan, rows.length); index += 1) {
    const row = rows[index];
    if (row === undefined) continue;
    const value = score(headerTexts(row).map(normaliseHeader));
    if (value > bestScore) {
      best = index;
      bestScore = value;
    }
  }
  return best;
}

/** True when every cell of a row is empty or whitespace. */
export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

/** Where a problem is and what it says; optional parts may be left undefined. */
export type ProblemFields = {
  readonly rule: string;
  readonly severity: Severity;
  readonly file: string;
  readonly message: string;
  readonly sheet?: string | undefined;
  readonly row?: number | undefined;
  readonly column?: string | undefined;
  readonly value?: string | undefined;
};

/** Builds a {@link RecordProblem}, leaving out the location parts that are undefined. */
export function makeProblem(fields: ProblemFields): RecordProblem {
  const { sheet, row, column, value, ...rest } = fields;
  return {
    ...rest,
    ...(sheet === undefined ? {} : { sheet }),
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column }),
    ...(value === undefined ? {} : { value }),
  };
}
