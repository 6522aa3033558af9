/**
 * One imported file's placements in columns: what the conflict check needs
 * of its 903 Episodes (CHILD, DECOM, DEC, PLACE, PLACE_PROVIDER, URN,
 * PL_POST; DfE SSDA903 guidance,
 * https://www.gov.uk/guidance/children-looked-after-return) and Annex A
 * List 8 rows (ILACS Annex A,
 * https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018),
 * read once from the rows at import and kept beside them, so the check never
 * reads those rows again. Dates are day numbers and texts are codes into one
 * list, so 100,000 placements are a few typed arrays: quick to store, to
 * read back and to compare.
 */
import { parseDfeDate, parseIsoDate } from '../records/ssda903/dates';

/** A blank or unreadable date. */
export const NO_DAY = -2147483648;

/** A blank text. */
export const NO_TEXT = -1;

/** The return a placement was read from, as a column value. */
export const SSDA903 = 0;
export const ANNEX_A = 1;

/** One file's placements, one per 903 episode or List 8 row, in the file's order. */
export type PlacementIndex = {
  /** The texts the columns' codes point at. */
  readonly texts: readonly string[];
  /** {@link SSDA903} for an episode, {@link ANNEX_A} for a List 8 row. */
  readonly kind: Uint8Array;
  /** The row as the person sees it in the file. */
  readonly row: Int32Array;
  /** CHILD (List 8: Child Unique ID), trimmed; `''` when blank. */
  readonly child: Int32Array;
  /** DECOM (List 8: start of the most recent placement), or {@link NO_DAY}. */
  readonly start: Int32Array;
  /** DEC (List 8: date ceased to be looked after), or {@link NO_DAY} while open. */
  readonly end: Int32Array;
  /** PLACE (List 8: Placement Type), upper case, or {@link NO_TEXT}. */
  readonly place: Int32Array;
  /** PLACE_PROVIDER (List 8: Placement Provider), upper case, or {@link NO_TEXT}. */
  readonly provider: Int32Array;
  /** URN as written, trimmed (`''` when blank, `XXXXXXX` for no Ofsted setting). */
  readonly urn: Int32Array;
  /** PL_POST (List 8: Placement postcode), trimmed, or {@link NO_TEXT}. */
  readonly postcode: Int32Array;
};

/** A table row as the readers store it (its number and its cells by name), or undefined. */
function valuesOf(row: unknown): { readonly row: number; readonly values: object } | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const at: unknown = Reflect.get(row, 'row');
  const values: unknown = Reflect.get(row, 'values');
  if (typeof at !== 'number' || typeof values !== 'object' || values === null) return undefined;
  return { row: at, values };
}

function cell(values: object, field: string): unknown {
  return Reflect.get(values, field);
}

/** A 903 cell's text: the readers give strings; anything else is blank. */
function episodeText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A List 8 cell's text: strings, and numbers (an id typed as a number) as written. */
function listText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : undefined;
}

/** Builds the columns of one file, rows appended in order. */
class IndexBuilder {
  private readonly codes = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly columns;
  private count = 0;

  constructor(size: number) {
    this.columns = {
      kind: new Uint8Array(size),
      row: new Int32Array(size),
      child: new Int32Array(size),
      start: new Int32Array(size),
      end: new Int32Array(size),
      place: new Int32Array(size),
      provider: new Int32Array(size),
      urn: new Int32Array(size),
      postcode: new Int32Array(size),
    };
  }

  private code(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.texts.push(text);
      this.codes.set(text, code);
    }
    return code;
  }

  /** The code of a trimmed text, or NO_TEXT when blank; upper-cased when asked. */
  private optional(text: string | undefined, upper = false): number {
    const value = text?.trim() ?? '';
    if (value === '') return NO_TEXT;
    return this.code(upper ? value.toUpperCase() : value);
  }

  add(
    kind: number,
    row: number,
    cells: {
      readonly child: string | undefined;
      readonly start: number | undefined;
      readonly end: number | undefined;
      readonly place: string | undefined;
      readonly provider: string | undefined;
      readonly urn: string | undefined;
      readonly postcode: string | undefined;
    },
  ): void {
    const at = this.count;
    const c = this.columns;
    c.kind[at] = kind;
    c.row[at] = row;
    c.child[at] = this.code(cells.child?.trim() ?? '');
    c.start[at] = cells.start ?? NO_DAY;
    c.end[at] = cells.end ?? NO_DAY;
    c.place[at] = this.optional(cells.place, true);
    c.provider[at] = this.optional(cells.provider, true);
    c.urn[at] = this.code(cells.urn?.trim() ?? '');
    c.postcode[at] = this.optional(cells.postcode);
    this.count += 1;
  }

  done(): PlacementIndex {
    const n = this.count;
    const c = this.columns;
    return {
      texts: this.texts,
      kind: c.kind.slice(0, n),
      row: c.row.slice(0, n),
      child: c.child.slice(0, n),
      start: c.start.slice(0, n),
      end: c.end.slice(0, n),
      place: c.place.slice(0, n),
      provider: c.provider.slice(0, n),
      urn: c.urn.slice(0, n),
      postcode: c.postcode.slice(0, n),
    };
  }
}

function dfeDay(text: string | undefined): number | undefined {
  return parseDfeDate(text?.trim() ?? '');
}

function isoDay(text: string | undefined): number | undefined {
  return parseIsoDate(text?.trim() ?? '');
}

/**
 * The placements of one file's tables: one per row of its 903 Episodes
 * (dates `dd/mm/yyyy`) and of its Annex A List 8 (dates `yyyy-mm-dd`), in
 * that order. Rows that are not rows (no number, no values) are left out.
 */
export function placementIndexOf(
  tables: Readonly<Record<string, readonly unknown[]>>,
): PlacementIndex {
  const episodes = tables['Episodes'] ?? [];
  const list8 = tables['List 8'] ?? [];
  const builder = new IndexBuilder(episodes.length + list8.length);
  for (const item of episodes) {
    const read = valuesOf(item);
    if (read === undefined) continue;
    const text = (field: string) => episodeText(cell(read.values, field));
    builder.add(SSDA903, read.row, {
      child: text('CHILD'),
      start: dfeDay(text('DECOM')),
      end: dfeDay(text('DEC')),
      place: text('PLACE'),
      provider: text('PLACE_PROVIDER'),
      urn: text('URN'),
      postcode: text('PL_POST'),
    });
  }
  for (const item of list8) {
    const read = valuesOf(item);
    if (read === undefined) continue;
    const text = (field: string) => listText(cell(read.values, field));
    builder.add(ANNEX_A, read.row, {
      child: text('Child Unique ID'),
      start: isoDay(text('Start Date of Most Recent Placement')),
      end: isoDay(text('Date Ceased to be Looked After')),
      place: text('Placement Type'),
      provider: text('Placement Provider'),
      urn: text('URN of Placement'),
      postcode: text('Placement postcode'),
    });
  }
  return builder.done();
}

/** Whether a value read back from a store has the columns of a {@link PlacementIndex}. */
export function looksLikePlacementIndex(value: unknown): value is PlacementIndex {
  if (typeof value !== 'object' || value === null) return false;
  const texts: unknown = Reflect.get(value, 'texts');
  const kind: unknown = Reflect.get(value, 'kind');
  if (!Array.isArray(texts) || !(kind instanceof Uint8Array)) return false;
  const columns = ['row', 'child', 'start', 'end', 'place', 'provider', 'urn', 'postcode'];
  return columns.every((name) => {
    const column: unknown = Reflect.get(value, name);
    return column instanceof Int32Array && column.length === kind.length;
  });
}
