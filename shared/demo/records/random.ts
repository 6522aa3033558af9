/**
 * A small seeded pseudo-random generator for the demo records, so that the
 * same seed always gives byte-identical files. mulberry32 (Tommy Ettinger's
 * 32-bit generator, public domain) is fast and good enough for synthetic data;
 * it is not for anything that needs real randomness.
 */

/** A weighted choice: the value and its relative weight. */
export type Weighted<T> = readonly (readonly [T, number])[];

/** Draws from a seeded stream of numbers in [0, 1). */
export type Random = {
  /** The next number in [0, 1). */
  readonly next: () => number;
  /** A whole number from `min` to `max`, both included. */
  readonly int: (min: number, max: number) => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One item of a non-empty list, uniformly. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** One value of a weighted list (weights need not sum to 1). */
  readonly weighted: <T>(items: Weighted<T>) => T;
  /** A Poisson-distributed count with mean `mean` (Knuth's method; small means only). */
  readonly poisson: (mean: number) => number;
  /** A normally distributed number (Box–Muller). */
  readonly normal: (mean: number, sd: number) => number;
};

/** A seeded generator; `seed` is taken as an unsigned 32-bit integer. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new RangeError('pick: the list is empty.');
    return item;
  };
  const weighted = <T>(items: Weighted<T>): T => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let left = next() * total;
    for (const [value, weight] of items) {
      left -= weight;
      if (left < 0) return value;
    }
    const last = items.at(-1);
    if (last === undefined) throw new RangeError('weighted: the list is empty.');
    return last[0];
  };
  const poisson = (mean: number): number => {
    const limit = Math.exp(-mean);
    let count = 0;
    let product = next();
    while (product > limit) {
      count += 1;
      product *= next();
    }
    return count;
  };
  const normal = (mean: number, sd: number): number => {
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return { next, int, chance: (p) => next() < p, pick, weighted, poisson, normal };
}
