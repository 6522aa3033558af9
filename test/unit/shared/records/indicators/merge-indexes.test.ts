import { describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../../../shared/records/indicators';
import { mergeIndexes } from '../../../../../shared/records/indicators/merge-indexes';
import type {
  DatedTable,
  EpisodeTable,
  Ssda903Index,
} from '../../../../../shared/records/indicators/ssda903-columns';
import { indexSsda903 } from '../../../../../shared/records/indicators/ssda903-index';
import { seededRandom, syntheticSsda903 } from './synthetic-903';

type Tables = Readonly<Record<string, readonly RecordRow[]>>;

/** A table's items as plain rows, by child id, in the index's order. */
function datedItems(index: Ssda903Index, table: DatedTable): Map<string, string[]> {
  const out = new Map<string, string[]>();
  index.ids.forEach((id, child) => {
    const items: string[] = [];
    for (let at = table.first[child] ?? 0; at < (table.first[child + 1] ?? 0); at += 1) {
      items.push(`${table.day[at]}|${table.flag[at]}|${table.text[at] ?? ''}`);
    }
    out.set(id, items);
  });
  return out;
}

function episodeItems(index: Ssda903Index, table: EpisodeTable): Map<string, string[]> {
  const out = new Map<string, string[]>();
  index.ids.forEach((id, child) => {
    const items: string[] = [];
    for (let at = table.first[child] ?? 0; at < (table.first[child + 1] ?? 0); at += 1) {
      items.push(
        [
          table.child[at] === child,
          table.start[at],
          table.end[at],
          table.rne[at],
          table.shortBreak[at],
          table.placeKind[at],
          table.provider[at],
          table.place[at],
          table.urn[at],
          table.postcode[at],
        ].join('|'),
      );
    }
    out.set(id, items);
  });
  return out;
}

/** What an index says about each child, whatever order it numbers the children in. */
function byChild(index: Ssda903Index) {
  const facts = new Map(
    index.ids.map((id, child) => [
      id,
      [index.dob[child], index.dobRank[child], index.health[child], index.leaver[child]],
    ]),
  );
  return {
    facts,
    episodes: episodeItems(index, index.episodes),
    reviews: datedItems(index, index.reviews),
    away: datedItems(index, index.away),
    workers: datedItems(index, index.workers),
    tables: [...index.tables].sort((a, b) => a.localeCompare(b)),
    skipped: [...index.skipped].sort(([a], [b]) => a.localeCompare(b)),
  };
}

/**
 * `parts` random slices of a return: each row goes to one part, some to two
 * (as a provider repeats the council's rows), and each part's rows are
 * shuffled, so a child's items arrive in any order and split across parts.
 */
function split(tables: Tables, parts: number, seed: number): Record<string, RecordRow[]>[] {
  const random = seededRandom(seed);
  const out: Record<string, RecordRow[]>[] = Array.from({ length: parts }, () => ({}));
  for (const [name, rows] of Object.entries(tables)) {
    for (const row of rows) {
      const homes = new Set([Math.floor(random() * parts)]);
      if (random() < 0.3) homes.add(Math.floor(random() * parts));
      for (const home of homes) {
        const part = out[home] ?? {};
        (part[name] ??= []).push(row);
      }
    }
  }
  for (const part of out) {
    for (const rows of Object.values(part)) {
      for (let at = rows.length - 1; at > 0; at -= 1) {
        const other = Math.floor(random() * (at + 1));
        const moved = rows[at];
        const swapped = rows[other];
        if (moved === undefined || swapped === undefined) continue;
        rows[at] = swapped;
        rows[other] = moved;
      }
    }
  }
  return out;
}

describe('mergeIndexes', () => {
  it('gives each child what indexing every part’s rows together gives', () => {
    const tables = syntheticSsda903({ episodes: 3_000, seed: 7 });
    for (const [parts, seed] of [
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 4],
    ] as const) {
      const pieces = split(tables, parts, seed);
      const merged = mergeIndexes(pieces.map((piece) => indexSsda903([piece])));
      const pooled = indexSsda903(pieces);
      expect(byChild(merged)).toEqual(byChild(pooled));
      expect(merged.episodes.first.at(-1)).toBe(merged.episodes.start.length);
    }
  });

  it('keeps an index held alone, and gives nothing for no indexes', () => {
    const tables = syntheticSsda903({ episodes: 500, seed: 3 });
    const alone = indexSsda903([tables]);
    const empty = indexSsda903([{}]);
    expect(byChild(mergeIndexes([empty, alone, empty]))).toEqual(byChild(alone));
    expect(mergeIndexes([]).ids).toEqual([]);
  });
});
