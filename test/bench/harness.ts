import type { TargetId } from './targets';

/** One benchmark: measures a piece of work and returns its figure. */
export type Benchmark = {
  readonly name: string;
  /** The the README’s How fast table target this measures, if any. */
  readonly target?: TargetId;
  /** Runs the work once and returns the measured figure (ms, or a ratio for `report`). */
  readonly run: () => Promise<number>;
  /** What the figure counts, when not milliseconds (`MiB` for peak memory). */
  readonly unit?: 'MiB';
  /** Runs discarded before the measured ones. */
  readonly warmups?: number;
  readonly runs?: number;
  /** Runs once after the measured runs (close browsers, servers). */
  readonly after?: () => Promise<void>;
};

/** The median of a non-empty list of figures. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Times an async function in milliseconds. */
export async function timeMs(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
