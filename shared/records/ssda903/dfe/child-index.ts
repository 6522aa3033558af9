/**
 * Rows (or positions of rows) by CHILD, for the DfE rules. Read like a
 * ReadonlyMap, but walked from a list of pairs made once: hundreds of rules
 * walk "each child's episodes" of one return, and walking a Map makes a new
 * [child, value] pair per child per walk, tens of thousands of them for
 * each rule, all for the garbage collector.
 */
export class ChildIndex<T> implements Iterable<readonly [string, T]> {
  private readonly byChild: ReadonlyMap<string, T>;
  private readonly pairs: readonly (readonly [string, T])[];
  private keyList: readonly string[] | undefined;
  private valueList: readonly T[] | undefined;

  /** Takes `children` as it is (not copied: the caller gives it up). */
  constructor(children: ReadonlyMap<string, T>) {
    this.byChild = children;
    this.pairs = [...children];
  }

  get size(): number {
    return this.pairs.length;
  }

  get(child: string): T | undefined {
    return this.byChild.get(child);
  }

  has(child: string): boolean {
    return this.byChild.has(child);
  }

  /** The children, in the order first seen. */
  keys(): readonly string[] {
    this.keyList ??= this.pairs.map(([child]) => child);
    return this.keyList;
  }

  /** Each child's value, in the order of keys(). */
  values(): readonly T[] {
    this.valueList ??= this.pairs.map(([, value]) => value);
    return this.valueList;
  }

  /** [child, value] pairs, in the order of keys(). */
  entries(): readonly (readonly [string, T])[] {
    return this.pairs;
  }

  [Symbol.iterator](): Iterator<readonly [string, T]> {
    return this.pairs[Symbol.iterator]();
  }
}

/** A ChildIndex with no children. */
export function noChildren<T>(): ChildIndex<T> {
  return new ChildIndex(new Map<string, T>());
}
