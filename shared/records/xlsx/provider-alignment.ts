import type { CellValue } from './cell';
import { isDateCell } from './cell';
import { normaliseHeader } from './headers';
import { isBlankValue } from './provider-values';

/**
 * Finds a provider list whose data rows sit one column to the side of their
 * header row. In the fake `scpch_assisted.xlsx` (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england) the
 * `Top company` header was moved to column Z but the data was not, so from Z
 * on each value sits one column left of its header: a reader keyed on header
 * names would file dates under `Placement provider code` and a URL under
 * `Number of registered places`.
 *
 * Free-text columns cannot show a shift, but typed columns can: a date
 * column should hold dates, an email column `@` addresses, a count numbers,
 * a code column no dates, a URN no spaces. For each typed column we ask which fits better,
 * the cell under the header or the one beside it.
 */

type Fit = 'fits' | 'misfits' | 'blank';
type ColumnClass = 'urn' | 'date' | 'number' | 'email' | 'postcode' | 'codes' | 'link' | 'text';

function classify(header: string): ColumnClass {
  const name = normaliseHeader(header);
  if (name === 'urn') return 'urn';
  if (/\bdate\b/.test(name)) return 'date';
  if (/^(number of|max users|maximum)/.test(name)) return 'number';
  if (name.includes('email')) return 'email';
  if (name.includes('postcode')) return 'postcode';
  if (/(placement|provider) (provider |placement )?code/.test(name)) return 'codes';
  if (name.startsWith('link')) return 'link';
  return 'text';
}

const CODE_LIST = /^[A-Za-z0-9]{1,12}(\s*[,/]\s*[A-Za-z0-9]{1,12})*$/;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

function fit(kind: ColumnClass, cell: CellValue | undefined): Fit {
  if (cell === undefined || cell === null) return 'blank';
  if (typeof cell === 'string' && isBlankValue(cell)) return 'blank';
  const isText = typeof cell === 'string';
  switch (kind) {
    case 'urn':
      // A URN is one word (`SC123456`, `1234567`, even the fakes' `bababooey`); names and addresses are not.
      return typeof cell === 'number' || (isText && !/\s/.test(cell.trim())) ? 'fits' : 'misfits';
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
      // Comma- or slash-separated short codes: `U1,U2,U3`, `RD1, RD2`, `K2`.
      if (typeof cell === 'number') return 'blank';
      return isText && CODE_LIST.test(cell.trim()) ? 'fits' : 'misfits';
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

type Verdict = 'aligned' | 'shifted' | 'strongly-shifted' | 'unknown';

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
  // Two or more rows and none against: strong enough to stand alone.
  if (shifted >= 2 && aligned === 0) return 'strongly-shifted';
  if (shifted > aligned) return 'shifted';
  return aligned > 0 ? 'aligned' : 'unknown';
}

/**
 * The shift of `rows` against `headers`: the side (left or right) that at
 * least two typed columns show (or one, on two or more rows with none
 * against), more of them than show the other side, and more than fit better
 * unshifted after the first of them.
 */
export function findMisalignment(
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
): Misalignment | undefined {
  if (rows.length === 0) return undefined;
  const kinds = headers.map(classify);
  const candidates = ([-1, 1] as const).map((offset) => {
    const verdicts = kinds.map((kind, column) =>
      kind === 'text' ? 'unknown' : columnVerdict(kind, column, offset, rows),
    );
    const evidence = verdicts.flatMap((verdict, column) =>
      verdict.endsWith('shifted') ? [column] : [],
    );
    const strong = verdicts.includes('strongly-shifted');
    return { offset, verdicts, evidence, strong };
  });
  const [left, right] = candidates;
  if (left === undefined || right === undefined) return undefined;
  const best = right.evidence.length > left.evidence.length ? right : left;
  const other = best === left ? right : left;
  const first = best.evidence[0];
  const enough = best.evidence.length >= 2 || best.strong;
  if (first === undefined || !enough || best.evidence.length <= other.evidence.length) {
    return undefined;
  }
  const alignedAfter = best.verdicts.slice(first).filter((verdict) => verdict === 'aligned').length;
  if (alignedAfter >= best.evidence.length) return undefined;
  // The shift starts just after the last column before the evidence that
  // still fits its header; the free-text columns between cannot tell.
  const lastAligned = best.verdicts.slice(0, first).lastIndexOf('aligned');
  return { offset: best.offset, column: lastAligned + 1, evidence: best.evidence };
}
