import type { CellValue } from './cell';
import { isDateCell } from './cell';
import { normaliseHeader } from './headers';
import { isBlankValue } from './provider-values';

/**
 * Finds a provider list whose data rows sit one column to the side of their
 * header row. In the fake `scpch_assisted.xlsx` (data-formats.md §3) the
 * `Top company` header was moved to column Z but the data was not, so from Z
 * on each value sits one column left of its header: a reader keyed on header
 * names would file dates under `Placement provider code` and a URL under
 * `Number of registered places`.
 *
 * Free-text columns cannot show a shift, but typed columns can: a date
 * column should hold dates, an email column `@` addresses, a count numbers,
 * a code column no dates. For each typed column we ask which fits better,
 * the cell under the header or the one beside it.
 */

type Fit = 'fits' | 'misfits' | 'blank';
type ColumnClass = 'date' | 'number' | 'email' | 'postcode' | 'codes' | 'link' | 'text';

function classify(header: string): ColumnClass {
  const name = normaliseHeader(header);
  if (/\bdate\b/.test(name)) return 'date';
  if (/^(number of|max users|maximum)/.test(name)) return 'number';
  if (name.includes('email')) return 'email';
  if (name.includes('postcode')) return 'postcode';
  if (/(placement|provider) (provider |placement )?code/.test(name)) return 'codes';
  if (name.startsWith('link')) return 'link';
  return 'text';
}

const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

function fit(kind: ColumnClass, cell: CellValue | undefined): Fit {
  if (cell === undefined || cell === null) return 'blank';
  if (typeof cell === 'string' && isBlankValue(cell)) return 'blank';
  const isText = typeof cell === 'string';
  switch (kind) {
    case 'date':
      if (isDateCell(cell)) return 'fits';
      return isText && !/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(cell.trim()) ? 'misfits' : 'blank';
    case 'number':
      if (typeof cell === 'number') return 'fits';
      return isDateCell(cell) || (isText && /^https?:/i.test(cell)) ? 'misfits' : 'blank';
    case 'email':
      return isText && cell.includes('@') ? 'fits' : 'misfits';
    case 'postcode':
      return isText && POSTCODE.test(cell.trim()) ? 'fits' : 'misfits';
    case 'codes':
    case 'link':
      return isText ? 'fits' : 'misfits';
    default:
      return 'blank';
  }
}

/** A side-shift of the data against the header row, from `column` (0-based) on. */
export type Misalignment = {
  /** -1: each value sits one column left of its header; +1: one column right. */
  readonly offset: -1 | 1;
  /** The first column whose header no longer sits over its data. */
  readonly column: number;
  /** The typed columns that showed the shift. */
  readonly evidence: readonly number[];
};

type Verdict = 'aligned' | 'shifted' | 'unknown';

function columnVerdict(
  kind: ColumnClass,
  column: number,
  offset: -1 | 1,
  rows: readonly (readonly CellValue[])[],
): Verdict {
  let shifted = 0;
  let aligned = 0;
  for (const cells of rows) {
    const here = fit(kind, cells[column]);
    const beside = fit(kind, cells[column + offset]);
    if (here === 'misfits' && beside === 'fits') shifted += 1;
    else if (here === 'fits' && beside !== 'fits') aligned += 1;
  }
  if (shifted > aligned) return 'shifted';
  return aligned > 0 ? 'aligned' : 'unknown';
}

/**
 * The shift of `rows` against `headers`, if at least two typed columns show
 * it and no typed column after the first of them fits better where it is.
 */
export function findMisalignment(
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
): Misalignment | undefined {
  if (rows.length === 0) return undefined;
  const kinds = headers.map(classify);
  for (const offset of [-1, 1] as const) {
    const verdicts = kinds.map((kind, column) =>
      kind === 'text' ? 'unknown' : columnVerdict(kind, column, offset, rows),
    );
    const evidence = verdicts.flatMap((verdict, column) => (verdict === 'shifted' ? [column] : []));
    const first = evidence[0];
    if (first === undefined || evidence.length < 2) continue;
    const alignedAfter = verdicts.slice(first).filter((verdict) => verdict === 'aligned').length;
    if (alignedAfter >= evidence.length) continue;
    // The shift starts just after the last column before the evidence that
    // still fits its header; the free-text columns between cannot tell.
    const lastAligned = verdicts.slice(0, first).lastIndexOf('aligned');
    return { offset, column: lastAligned + 1, evidence };
  }
  return undefined;
}
