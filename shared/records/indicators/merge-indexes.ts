/**
 * The council's 903 index: the union of several scopes' indexes, each child
 * once. Each index already holds a child's items sorted and de-duplicated,
 * so a child held by one index is copied as it is, and only the items of a
 * child several indexes hold are sorted and de-duplicated together, by the
 * same order and rules as one scope's (ssda903-columns.ts). OC2/OC3 answers
 * and DOB are chosen by the same order-free rules as when reading rows.
 */
import type { DatedTable, EpisodeTable, Ssda903Index } from './ssda903-columns';
import { childFacts, childIndex, noteDob, type ChildFacts } from './ssda903-rows';
import type { Ssda903TableName } from './types';

/** For each merged child, the (index, local child) pairs holding it, as linked lists. */
type Holders = {
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly index: Int32Array;
  readonly local: Int32Array;
  readonly childCount: number;
};

/** Compares item `i` of index `x`'s table with item `j` of index `y`'s. */
type Compare = (x: number, i: number, y: number, j: number) => number;

/** The kept items in output order (`from`: which index, `at`: its item), by child. */
type Order = {
  readonly from: Int32Array;
  readonly at: Int32Array;
  readonly child: Int32Array;
  readonly first: Int32Array;
  readonly count: number;
};

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const NO_EPISODES: EpisodeTable = {
  first: new Int32Array(1),
  child: new Int32Array(0),
  start: new Int32Array(0),
  end: new Int32Array(0),
  rne: new Uint8Array(0),
  shortBreak: new Uint8Array(0),
  placeKind: new Uint8Array(0),
  provider: new Uint8Array(0),
  place: [],
  urn: [],
  postcode: [],
};

const NO_DATED: DatedTable = {
  first: new Int32Array(1),
  child: new Int32Array(0),
  day: new Int32Array(0),
  flag: new Uint8Array(0),
  text: [],
};

function mergeFacts(facts: ChildFacts, index: Ssda903Index, local: number, child: number): void {
  const rank = index.dobRank[local] ?? 0;
  if (rank > 0) noteDob(facts, child, index.dob[local] ?? 0, rank);
  const health = index.health[local] ?? 0;
  const heldHealth = facts.health[child] ?? 0;
  if (health > 0 && (heldHealth === 0 || health < heldHealth)) facts.health[child] = health;
  const leaver = index.leaver[local] ?? '';
  const heldLeaver = facts.leaver[child] ?? '';
  if (leaver !== '' && (heldLeaver === '' || leaver < heldLeaver)) facts.leaver[child] = leaver;
}

/** Numbers every child once (in the order the indexes meet them) and notes who holds each. */
function holdersOf(facts: ChildFacts, indexes: readonly Ssda903Index[]): Holders {
  const total = indexes.reduce((sum, index) => sum + index.ids.length, 0);
  const head = new Int32Array(total).fill(-1);
  const tail = new Int32Array(total);
  const next = new Int32Array(total).fill(-1);
  const index = new Int32Array(total);
  const local = new Int32Array(total);
  let entry = 0;
  indexes.forEach((held, which) => {
    held.ids.forEach((id, at) => {
      const child = childIndex(facts, id);
      mergeFacts(facts, held, at, child);
      index[entry] = which;
      local[entry] = at;
      if ((head[child] ?? -1) < 0) head[child] = entry;
      else next[tail[child] ?? 0] = entry;
      tail[child] = entry;
      entry += 1;
    });
  });
  return { head, next, index, local, childCount: facts.ids.length };
}

/**
 * Child by child, the items every holder has. A child one index holds keeps
 * that index's items as they are (already sorted and de-duplicated); the
 * sorted runs of a child several hold are merged, stably (the earlier
 * index's item first on a tie), and the items `compare` finds equal in the
 * fields `same` names kept once: what `groupByChild` gives for the pooled
 * items, without sorting them again.
 */
function mergeOrder(
  holders: Holders,
  firsts: readonly Int32Array[],
  compare: Compare,
  same: Compare,
): Order {
  const { head, next, index, local, childCount } = holders;
  const capacity = firsts.reduce((sum, starts) => sum + (starts[starts.length - 1] ?? 0), 0);
  const from = new Int32Array(capacity);
  const at = new Int32Array(capacity);
  const child = new Int32Array(capacity);
  const first = new Int32Array(childCount + 1);
  // Scratch for merging one child's runs: (index, item) pairs, two buffers swapped.
  let runFrom = new Int32Array(64);
  let runAt = new Int32Array(64);
  let mergedFrom = new Int32Array(64);
  let mergedAt = new Int32Array(64);
  let count = 0;
  for (let owner = 0; owner < childCount; owner += 1) {
    first[owner] = count;
    const entry = head[owner] ?? -1;
    if ((next[entry] ?? -1) < 0) {
      const which = index[entry] ?? 0;
      const starts = firsts[which] ?? first;
      const localChild = local[entry] ?? 0;
      for (let item = starts[localChild] ?? 0; item < (starts[localChild + 1] ?? 0); item += 1) {
        from[count] = which;
        at[count] = item;
        child[count] = owner;
        count += 1;
      }
      continue;
    }
    let held = 0;
    for (let each = entry; each >= 0; each = next[each] ?? -1) {
      const which = index[each] ?? 0;
      const starts = firsts[which] ?? first;
      const localChild = local[each] ?? 0;
      const begin = starts[localChild] ?? 0;
      const end = starts[localChild + 1] ?? 0;
      const size = held + end - begin;
      if (size > runFrom.length) {
        const grown = 2 ** Math.ceil(Math.log2(size));
        runFrom = grow(runFrom, grown, held);
        runAt = grow(runAt, grown, held);
        mergedFrom = new Int32Array(grown);
        mergedAt = new Int32Array(grown);
      }
      // Merge the held run [0, held) with this index's run [begin, end).
      let left = 0;
      let right = begin;
      let out = 0;
      while (left < held || right < end) {
        const takeLeft =
          right >= end ||
          (left < held && compare(runFrom[left] ?? 0, runAt[left] ?? 0, which, right) <= 0);
        if (takeLeft) {
          mergedFrom[out] = runFrom[left] ?? 0;
          mergedAt[out] = runAt[left] ?? 0;
          left += 1;
        } else {
          mergedFrom[out] = which;
          mergedAt[out] = right;
          right += 1;
        }
        out += 1;
      }
      [runFrom, mergedFrom] = [mergedFrom, runFrom];
      [runAt, mergedAt] = [mergedAt, runAt];
      held = out;
    }
    for (let item = 0; item < held; item += 1) {
      const which = runFrom[item] ?? 0;
      const itemAt = runAt[item] ?? 0;
      if (
        count > (first[owner] ?? 0) &&
        same(from[count - 1] ?? 0, at[count - 1] ?? 0, which, itemAt) === 0
      ) {
        continue;
      }
      from[count] = which;
      at[count] = itemAt;
      child[count] = owner;
      count += 1;
    }
  }
  first[childCount] = count;
  return { from, at, child, first, count };
}

function grow(column: Int32Array, size: number, keep: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size);
  grown.set(column.subarray(0, keep));
  return grown;
}

function mergeEpisodes(holders: Holders, tables: readonly EpisodeTable[]): EpisodeTable {
  const of = (which: number): EpisodeTable => tables[which] ?? NO_EPISODES;
  const compare: Compare = (x, i, y, j) => {
    const a = of(x);
    const b = of(y);
    return (
      (a.start[i] ?? 0) - (b.start[j] ?? 0) ||
      (a.end[i] ?? 0) - (b.end[j] ?? 0) ||
      (a.rne[i] ?? 0) - (b.rne[j] ?? 0) ||
      (a.shortBreak[i] ?? 0) - (b.shortBreak[j] ?? 0) ||
      (a.provider[i] ?? 0) - (b.provider[j] ?? 0) ||
      compareText(a.place[i] ?? '', b.place[j] ?? '') ||
      compareText(a.urn[i] ?? '', b.urn[j] ?? '') ||
      compareText(a.postcode[i] ?? '', b.postcode[j] ?? '')
    );
  };
  // Episodes with the same DECOM are one: the first in order is kept.
  const sameStart: Compare = (x, i, y, j) => (of(x).start[i] === of(y).start[j] ? 0 : 1);
  const order = mergeOrder(
    holders,
    tables.map((table) => table.first),
    compare,
    sameStart,
  );
  const { count } = order;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const rne = new Uint8Array(count);
  const shortBreak = new Uint8Array(count);
  const placeKind = new Uint8Array(count);
  const provider = new Uint8Array(count);
  const place: string[] = [];
  const urn: string[] = [];
  const postcode: string[] = [];
  for (let item = 0; item < count; item += 1) {
    const table = of(order.from[item] ?? 0);
    const i = order.at[item] ?? 0;
    start[item] = table.start[i] ?? 0;
    end[item] = table.end[i] ?? 0;
    rne[item] = table.rne[i] ?? 0;
    shortBreak[item] = table.shortBreak[i] ?? 0;
    placeKind[item] = table.placeKind[i] ?? 0;
    provider[item] = table.provider[i] ?? 0;
    place.push(table.place[i] ?? '');
    urn.push(table.urn[i] ?? '');
    postcode.push(table.postcode[i] ?? '');
  }
  return {
    first: order.first,
    child: order.child.subarray(0, count),
    start,
    end,
    rne,
    shortBreak,
    placeKind,
    provider,
    place,
    urn,
    postcode,
  };
}

function mergeDated(
  holders: Holders,
  tables: readonly DatedTable[],
  withText: boolean,
): DatedTable {
  const of = (which: number): DatedTable => tables[which] ?? NO_DATED;
  const compare: Compare = (x, i, y, j) => {
    const a = of(x);
    const b = of(y);
    return (
      (a.day[i] ?? 0) - (b.day[j] ?? 0) ||
      (a.flag[i] ?? 0) - (b.flag[j] ?? 0) ||
      compareText(a.text[i] ?? '', b.text[j] ?? '')
    );
  };
  // Items equal in day, flag and text are one.
  const order = mergeOrder(
    holders,
    tables.map((table) => table.first),
    compare,
    compare,
  );
  const { count } = order;
  const day = new Int32Array(count);
  const flag = new Uint8Array(count);
  const text: string[] = [];
  for (let item = 0; item < count; item += 1) {
    const table = of(order.from[item] ?? 0);
    const i = order.at[item] ?? 0;
    day[item] = table.day[i] ?? 0;
    flag[item] = table.flag[i] ?? 0;
    if (withText) text.push(table.text[i] ?? '');
  }
  return { first: order.first, child: order.child.subarray(0, count), day, flag, text };
}

/**
 * The union of several scopes' indexes, each child once: a child's items
 * from every scope are pooled and de-duplicated as one scope's are; OC2/OC3
 * answers and DOB are chosen by the same order-free rules.
 */
export function mergeIndexes(indexes: readonly Ssda903Index[]): Ssda903Index {
  const tables = new Set<Ssda903TableName>();
  const skipped = new Map<Ssda903TableName, number>();
  for (const index of indexes) {
    for (const table of index.tables) tables.add(table);
    for (const [table, count] of index.skipped)
      skipped.set(table, (skipped.get(table) ?? 0) + count);
  }
  const holding = indexes.filter((index) => index.ids.length > 0);
  const only = holding.length === 1 ? holding[0] : undefined;
  if (only !== undefined) return { ...only, tables, skipped };
  const facts = childFacts(indexes.reduce((total, index) => total + index.ids.length, 0));
  const holders = holdersOf(facts, indexes);
  return {
    ids: facts.ids,
    dob: facts.dob,
    dobRank: facts.dobRank,
    health: facts.health,
    leaver: facts.leaver,
    episodes: mergeEpisodes(
      holders,
      indexes.map((index) => index.episodes),
    ),
    reviews: mergeDated(
      holders,
      indexes.map((index) => index.reviews),
      false,
    ),
    away: mergeDated(
      holders,
      indexes.map((index) => index.away),
      false,
    ),
    workers: mergeDated(
      holders,
      indexes.map((index) => index.workers),
      true,
    ),
    tables,
    skipped,
  };
}
