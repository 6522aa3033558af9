/**
 * One placement per child, setting and start date, in columns: a List 8
 * row repeating a 903 episode (same child and setting, starting within the
 * episode) or a file read twice is merged into the first in source order
 * (903 episodes before Annex A rows, then by file and row), keeping every
 * source. The first one's values win; its blanks are filled from the others.
 */
import { ANNEX_A, NO_DAY, NO_TEXT, SSDA903 } from './placement-index';
import {
  isoOrNull,
  optionalText,
  sortSources,
  sourcesOfRow,
  textOf,
  type PooledPlacements,
} from './pooled-placements';
import type { Placement, PlacementSource } from './types';

/** The merged placements: each read from its head row, with blanks filled from those merged in. */
export type MergedPlacements = {
  readonly pooled: PooledPlacements;
  /** The row each placement is read from: its first in source order. */
  readonly head: Int32Array;
  readonly end: Int32Array;
  readonly place: Int32Array;
  readonly provider: Int32Array;
  readonly postcode: Int32Array;
  /** The rows merged into a placement after its head, in source order, by placement. */
  readonly merged: ReadonlyMap<number, readonly number[]>;
};

/** The rows in source order: by return (903 first), file name and row; ties in the order given. */
function sourceOrdered(pooled: PooledPlacements): Int32Array {
  const ranks = pooled.files
    .map((name, code) => ({ name, code }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rankOf = new Int32Array(pooled.files.length);
  ranks.forEach(({ code }, rank) => {
    rankOf[code] = rank;
  });
  const n = pooled.kind.length;
  const compare = (a: number, b: number): number =>
    (pooled.kind[a] ?? 0) - (pooled.kind[b] ?? 0) ||
    (rankOf[pooled.file[a] ?? 0] ?? 0) - (rankOf[pooled.file[b] ?? 0] ?? 0) ||
    (pooled.row[a] ?? 0) - (pooled.row[b] ?? 0) ||
    a - b;
  const order = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i += 1) {
    order[i] = i;
    if (i > 0 && compare(i - 1, i) > 0) sorted = false;
  }
  // A file's rows usually come in order already: sorting is then skipped.
  return sorted ? order : order.sort(compare);
}

/**
 * The key of where a placement was: the URN in upper case, or — when the
 * URN is blank — the placement postcode, by code (one per distinct place).
 */
function placeKeys(pooled: PooledPlacements): Int32Array {
  const ids = new Map<string, number>();
  const id = (text: string): number => {
    let found = ids.get(text);
    if (found === undefined) {
      found = ids.size;
      ids.set(text, found);
    }
    return found;
  };
  // By text code (postcodes shifted by one for NO_TEXT): -2 until worked out, -1 for a blank URN.
  const byUrn = new Int32Array(pooled.texts.length).fill(-2);
  const byPostcode = new Int32Array(pooled.texts.length + 1).fill(-2);
  const n = pooled.kind.length;
  const keys = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const urn = pooled.urn[i] ?? 0;
    let key = byUrn[urn] ?? -1;
    if (key === -2) {
      const upper = textOf(pooled, urn).toUpperCase();
      key = upper === '' ? -1 : id(upper);
      byUrn[urn] = key;
    }
    if (key === -1) {
      // Lower-case `postcode:` never equals an upper-cased URN.
      const postcode = pooled.postcode[i] ?? NO_TEXT;
      key = byPostcode[postcode + 1] ?? -2;
      if (key === -2) {
        key = id(`postcode:${optionalText(pooled, postcode) ?? ''}`);
        byPostcode[postcode + 1] = key;
      }
    }
    keys[i] = key;
  }
  return keys;
}

/** Merges pooled placements (see the module's comment). */
export function mergePooled(pooled: PooledPlacements): MergedPlacements {
  const n = pooled.kind.length;
  const places = placeKeys(pooled);
  const head = new Int32Array(n);
  const end = new Int32Array(n);
  const place = new Int32Array(n);
  const provider = new Int32Array(n);
  const postcode = new Int32Array(n);
  // Each child's placements so far, in the order they were kept: a chain
  // through `next` from `firstOf[child]` (a child has a handful at most).
  const firstOf = new Int32Array(pooled.texts.length).fill(-1);
  const lastOf = new Int32Array(pooled.texts.length).fill(-1);
  const next = new Int32Array(n);
  const merged = new Map<number, number[]>();
  let count = 0;
  for (const row of sourceOrdered(pooled)) {
    const child = pooled.child[row] ?? 0;
    const where = places[row] ?? 0;
    const start = pooled.start[row] ?? NO_DAY;
    let into = firstOf[child] ?? -1;
    for (; into !== -1; into = next[into] ?? -1) {
      const kept = head[into] ?? 0;
      if (places[kept] !== where) continue;
      const keptStart = pooled.start[kept] ?? NO_DAY;
      if (keptStart === start) break;
      // A List 8 row gives the start of the child's current placement, which a
      // 903 episode at the same setting may have begun earlier and still span.
      const keptEnd = end[into] ?? NO_DAY;
      const within =
        pooled.kind[row] === ANNEX_A &&
        pooled.kind[kept] === SSDA903 &&
        keptStart !== NO_DAY &&
        start !== NO_DAY &&
        keptStart <= start &&
        (keptEnd === NO_DAY || start < keptEnd);
      if (within) break;
    }
    if (into === -1) {
      const at = count;
      count += 1;
      head[at] = row;
      end[at] = pooled.end[row] ?? NO_DAY;
      place[at] = pooled.place[row] ?? NO_TEXT;
      provider[at] = pooled.provider[row] ?? NO_TEXT;
      postcode[at] = pooled.postcode[row] ?? NO_TEXT;
      next[at] = -1;
      const last = lastOf[child] ?? -1;
      if (last === -1) firstOf[child] = at;
      else next[last] = at;
      lastOf[child] = at;
      continue;
    }
    if (end[into] === NO_DAY) end[into] = pooled.end[row] ?? NO_DAY;
    if (place[into] === NO_TEXT) place[into] = pooled.place[row] ?? NO_TEXT;
    if (provider[into] === NO_TEXT) provider[into] = pooled.provider[row] ?? NO_TEXT;
    if (postcode[into] === NO_TEXT) postcode[into] = pooled.postcode[row] ?? NO_TEXT;
    const list = merged.get(into);
    if (list === undefined) merged.set(into, [row]);
    else list.push(row);
  }
  return {
    pooled,
    head: head.slice(0, count),
    end: end.slice(0, count),
    place: place.slice(0, count),
    provider: provider.slice(0, count),
    postcode: postcode.slice(0, count),
    merged,
  };
}

/** Every source of the merged placement `at`, in source order. */
export function mergedSources(merged: MergedPlacements, at: number): PlacementSource[] {
  const { pooled } = merged;
  const sources = sourcesOfRow(pooled, merged.head[at] ?? 0);
  const others = merged.merged.get(at);
  if (others !== undefined)
    for (const other of others) sources.push(...sourcesOfRow(pooled, other));
  // Rows from indexes hold one source each and come in source order; others are sorted.
  const given = (pooled.more?.size ?? 0) > 0 || (pooled.sourceless?.size ?? 0) > 0;
  return given ? sortSources(sources) : sources;
}

/** The merged placement `at` as an object (for the placements a flag lists). */
export function mergedPlacement(merged: MergedPlacements, at: number): Placement {
  const { pooled } = merged;
  const row = merged.head[at] ?? 0;
  const sources = mergedSources(merged, at);
  return {
    child: textOf(pooled, pooled.child[row] ?? NO_TEXT),
    start: isoOrNull(pooled.start[row] ?? NO_DAY),
    end: isoOrNull(merged.end[at] ?? NO_DAY),
    place: optionalText(pooled, merged.place[at] ?? NO_TEXT),
    provider: optionalText(pooled, merged.provider[at] ?? NO_TEXT),
    urn: textOf(pooled, pooled.urn[row] ?? NO_TEXT),
    postcode: optionalText(pooled, merged.postcode[at] ?? NO_TEXT),
    sources,
  };
}
