/**
 * Column storage for the 903 index. Each table is a set of parallel columns
 * (typed arrays for numbers and codes, plain arrays for the few strings
 * kept), grouped by child: the items of child `c` are `first[c]` to
 * `first[c + 1] - 1`. 100,000 episodes then cost a handful of allocations,
 * not hundreds of thousands of objects for the garbage collector to copy.
 */

/** A day number column's "no date". */
export const NO_DAY = -2147483648;

/**
 * The order of `count` items grouped by child (counting sort, stable), each
 * child's items sorted by `compare`, keeping the first of each run that
 * `same` joins. A child's items already in order and distinct (the usual
 * case) are not sorted. Returns the kept items' indexes, each child's
 * first position among them, and whether that order is the items' own
 * (nothing moved or dropped: the columns can be used as they are).
 */
export function groupByChild(
  child: Int32Array,
  count: number,
  childCount: number,
  compare: (a: number, b: number) => number,
  same: (a: number, b: number) => boolean,
): { readonly order: Int32Array; readonly first: Int32Array; readonly unchanged: boolean } {
  const first = new Int32Array(childCount + 1);
  for (let item = 0; item < count; item += 1) {
    const owner = child[item] ?? 0;
    first[owner + 1] = (first[owner + 1] ?? 0) + 1;
  }
  for (let owner = 0; owner < childCount; owner += 1) {
    first[owner + 1] = (first[owner + 1] ?? 0) + (first[owner] ?? 0);
  }
  const next = first.slice(0, childCount);
  const order = new Int32Array(count);
  for (let item = 0; item < count; item += 1) {
    const owner = child[item] ?? 0;
    const at = next[owner] ?? 0;
    order[at] = item;
    next[owner] = at + 1;
  }
  // Sort where needed, drop duplicates, and close the gaps they leave.
  let kept = 0;
  let from = 0;
  for (let owner = 0; owner < childCount; owner += 1) {
    const to = first[owner + 1] ?? 0;
    let sorted = true;
    for (let at = from + 1; at < to && sorted; at += 1) {
      sorted = compare(order[at - 1] ?? 0, order[at] ?? 0) < 0;
    }
    if (!sorted) sortRun(order, from, to, compare);
    first[owner] = kept;
    for (let at = from; at < to; at += 1) {
      const item = order[at] ?? 0;
      if (kept > (first[owner] ?? 0) && same(order[kept - 1] ?? 0, item)) continue;
      order[kept] = item;
      kept += 1;
    }
    from = to;
  }
  first[childCount] = kept;
  let unchanged = kept === count;
  for (let at = 0; at < kept && unchanged; at += 1) unchanged = order[at] === at;
  return { order: order.subarray(0, kept), first, unchanged };
}

/** Sorts `order[from…to)` by `compare`: insertion sort for the short runs one child has. */
function sortRun(
  order: Int32Array,
  from: number,
  to: number,
  compare: (a: number, b: number) => number,
): void {
  if (to - from > 32) {
    order.subarray(from, to).sort(compare);
    return;
  }
  for (let at = from + 1; at < to; at += 1) {
    const item = order[at] ?? 0;
    let into = at;
    while (into > from && compare(order[into - 1] ?? 0, item) > 0) {
      order[into] = order[into - 1] ?? 0;
      into -= 1;
    }
    order[into] = item;
  }
}

/** `column` reordered by `order`. */
export function gatherInt(column: Int32Array, order: Int32Array): Int32Array {
  const out = new Int32Array(order.length);
  for (let at = 0; at < order.length; at += 1) out[at] = column[order[at] ?? 0] ?? 0;
  return out;
}

/** `column` reordered by `order`. */
export function gatherByte(column: Uint8Array, order: Int32Array): Uint8Array {
  const out = new Uint8Array(order.length);
  for (let at = 0; at < order.length; at += 1) out[at] = column[order[at] ?? 0] ?? 0;
  return out;
}

/** `column` reordered by `order`. */
export function gatherText(column: readonly string[], order: Int32Array): string[] {
  const out: string[] = [];
  for (let at = 0; at < order.length; at += 1) out.push(column[order[at] ?? 0] ?? '');
  return out;
}
