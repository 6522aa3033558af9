/**
 * Many files' placements in one set of columns (texts as codes into one
 * list, each row with the file it came from), the form the conflict check
 * merges and sorts into settings. Pooling per-file indexes copies typed
 * arrays and recodes their texts: no row is read.
 */
import { isoFromDay, parseIsoDate } from '../records/ssda903/dates';
import { ANNEX_A, NO_DAY, NO_TEXT, SSDA903, type PlacementIndex } from './placement-index';
import type { Placement, PlacementSource } from './types';

/** Every file's placements, in the order the files were given. */
export type PooledPlacements = PlacementIndex & {
  /** The file names the `file` column's codes point at (one code per name). */
  readonly files: readonly string[];
  readonly file: Int32Array;
  /**
   * Placements given already merged (with several sources): the sources
   * beyond the one a row's columns hold, by row. Absent for file indexes.
   */
  readonly more?: ReadonlyMap<number, readonly PlacementSource[]>;
  /** Placements given with no source at all (hand-built), by row. */
  readonly sourceless?: ReadonlySet<number>;
};

/** One file's index and the name the person gave the file. */
export type FilePlacements = { readonly file: string; readonly index: PlacementIndex };

/** Codes texts into one list. */
class Texts {
  readonly list: string[] = [];
  private readonly codes = new Map<string, number>();

  find(text: string): number | undefined {
    return this.codes.get(text);
  }

  code(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.list.length;
      this.list.push(text);
      this.codes.set(text, code);
    }
    return code;
  }
}

const TEXT_COLUMNS = ['child', 'place', 'provider', 'urn', 'postcode'] as const;

/**
 * Each file's codes in one list of texts: the largest file's texts are
 * taken as they are (its codes stand), and the others' looked up among them
 * (a map of the smaller files' texts, probed once by each of the largest's),
 * so pooling a large return with a few small ones hashes the large one's
 * texts only once. `recode[file]` is undefined for the file whose codes stand.
 */
function recodings(files: readonly FilePlacements[]): {
  texts: string[];
  recode: (Int32Array | undefined)[];
} {
  let largest = 0;
  files.forEach(({ index }, at) => {
    if (index.texts.length > (files[largest]?.index.texts.length ?? 0)) largest = at;
  });
  const base = files[largest]?.index.texts ?? [];
  const others = new Texts();
  files.forEach(({ index }, at) => {
    if (at !== largest) for (const text of index.texts) others.code(text);
  });
  // Where each of the other files' texts is in the pooled list.
  const placed = new Int32Array(others.list.length).fill(-1);
  if (others.list.length > 0) {
    for (let code = 0; code < base.length; code += 1) {
      const other = others.find(base[code] ?? '');
      if (other !== undefined) placed[other] = code;
    }
  }
  const texts = others.list.length === 0 ? [...base] : base.concat();
  others.list.forEach((text, other) => {
    if (placed[other] !== -1) return;
    placed[other] = texts.length;
    texts.push(text);
  });
  const recode = files.map(({ index }, at) => {
    if (at === largest) return undefined;
    const codes = new Int32Array(index.texts.length);
    index.texts.forEach((text, code) => {
      codes[code] = placed[others.find(text) ?? 0] ?? NO_TEXT;
    });
    return codes;
  });
  return { texts, recode };
}

/** Pools files' indexes into one set of columns (each file's rows in its order). */
export function poolPlacements(files: readonly FilePlacements[]): PooledPlacements {
  const total = files.reduce((sum, { index }) => sum + index.kind.length, 0);
  const { texts, recode } = recodings(files);
  const names = new Texts();
  const pooled = {
    kind: new Uint8Array(total),
    row: new Int32Array(total),
    start: new Int32Array(total),
    end: new Int32Array(total),
    file: new Int32Array(total),
    child: new Int32Array(total),
    place: new Int32Array(total),
    provider: new Int32Array(total),
    urn: new Int32Array(total),
    postcode: new Int32Array(total),
  };
  let at = 0;
  files.forEach(({ file, index }, which) => {
    const size = index.kind.length;
    pooled.kind.set(index.kind, at);
    pooled.row.set(index.row, at);
    pooled.start.set(index.start, at);
    pooled.end.set(index.end, at);
    pooled.file.fill(names.code(file), at, at + size);
    const codes = recode[which];
    for (const name of TEXT_COLUMNS) {
      if (codes === undefined) pooled[name].set(index[name], at);
      else recodeInto(pooled[name], at, index[name], codes);
    }
    at += size;
  });
  return { ...pooled, texts, files: names.list };
}

/** Copies a column of codes to `to` from `at`, each code recoded (blanks stay blank). */
function recodeInto(to: Int32Array, at: number, from: Int32Array, codes: Int32Array): void {
  for (let i = 0; i < from.length; i += 1) {
    const code = from[i] ?? NO_TEXT;
    to[at + i] = code === NO_TEXT ? NO_TEXT : (codes[code] ?? NO_TEXT);
  }
}

function sourceOrder(a: PlacementSource, b: PlacementSource): number {
  if (a.kind !== b.kind) return a.kind === 'ssda903' ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.row - b.row;
}

function dayOf(iso: string | null): number {
  return iso === null ? NO_DAY : (parseIsoDate(iso) ?? NO_DAY);
}

/**
 * Placements given as objects (dates ISO) in columns: each row holds a
 * placement's first source (in source order); any others are kept aside.
 */
export function pooledFromPlacements(placements: readonly Placement[]): PooledPlacements {
  const texts = new Texts();
  const names = new Texts();
  const n = placements.length;
  const columns = {
    kind: new Uint8Array(n),
    row: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    file: new Int32Array(n),
    child: new Int32Array(n),
    place: new Int32Array(n),
    provider: new Int32Array(n),
    urn: new Int32Array(n),
    postcode: new Int32Array(n),
  };
  const more = new Map<number, readonly PlacementSource[]>();
  const sourceless = new Set<number>();
  const optional = (text: string | null) => (text === null ? NO_TEXT : texts.code(text));
  placements.forEach((placement, at) => {
    const sources = [...placement.sources].sort(sourceOrder);
    const [first, ...rest] = sources;
    if (first === undefined) sourceless.add(at);
    if (rest.length > 0) more.set(at, rest);
    columns.kind[at] = first?.kind === 'annex-a' ? ANNEX_A : SSDA903;
    columns.row[at] = first?.row ?? 0;
    columns.file[at] = names.code(first?.file ?? '');
    columns.start[at] = dayOf(placement.start);
    columns.end[at] = dayOf(placement.end);
    columns.child[at] = texts.code(placement.child);
    columns.place[at] = optional(placement.place);
    columns.provider[at] = optional(placement.provider);
    columns.urn[at] = texts.code(placement.urn);
    columns.postcode[at] = optional(placement.postcode);
  });
  return { ...columns, texts: texts.list, files: names.list, more, sourceless };
}

/** The text a code stands for ('' for a code out of range). */
export function textOf(pooled: PooledPlacements, code: number): string {
  return pooled.texts[code] ?? '';
}

/** The text a code stands for, or null for {@link NO_TEXT}. */
export function optionalText(pooled: PooledPlacements, code: number): string | null {
  return code === NO_TEXT ? null : textOf(pooled, code);
}

/** The ISO date of a day number, or null for {@link NO_DAY}. */
export function isoOrNull(day: number): string | null {
  return day === NO_DAY ? null : isoFromDay(day);
}

/** Every source of a row: the one its columns hold, then any given with it. */
export function sourcesOfRow(pooled: PooledPlacements, row: number): PlacementSource[] {
  if (pooled.sourceless?.has(row) === true) return [];
  const first: PlacementSource = {
    file: pooled.files[pooled.file[row] ?? 0] ?? '',
    row: pooled.row[row] ?? 0,
    kind: pooled.kind[row] === ANNEX_A ? 'annex-a' : 'ssda903',
  };
  const more = pooled.more?.get(row);
  return more === undefined ? [first] : [first, ...more];
}

/** Sorts sources into source order (903 before Annex A, then by file and row). */
export function sortSources(sources: PlacementSource[]): PlacementSource[] {
  return sources.sort(sourceOrder);
}

/** Row `row` as a placement of its own (not merged with any other). */
export function rowPlacement(pooled: PooledPlacements, row: number): Placement {
  return {
    child: textOf(pooled, pooled.child[row] ?? NO_TEXT),
    start: isoOrNull(pooled.start[row] ?? NO_DAY),
    end: isoOrNull(pooled.end[row] ?? NO_DAY),
    place: optionalText(pooled, pooled.place[row] ?? NO_TEXT),
    provider: optionalText(pooled, pooled.provider[row] ?? NO_TEXT),
    urn: textOf(pooled, pooled.urn[row] ?? NO_TEXT),
    postcode: optionalText(pooled, pooled.postcode[row] ?? NO_TEXT),
    sources: sourcesOfRow(pooled, row),
  };
}
