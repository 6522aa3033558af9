/**
 * Benchmarks of the indicators engine against the README’s target ("recompute
 * all indicators for a council with 100,000 episodes: under 200 ms"), for the
 * lead to register in `test/bench/suite.ts`. The synthetic return is built
 * once, outside the timing.
 */
import type { Benchmark } from '../../../../bench/harness';
import { timeMs } from '../../../../bench/harness';
import {
  computeIndicators,
  indexImport,
  indexIndicatorSources,
  indicatorIndexOf,
  indicatorsFromIndex,
  type IndexedOwner,
  type IndicatorSource,
} from '../../../../../shared/records/indicators';
import { syntheticSources, syntheticSsda903 } from './synthetic-903';

let council: IndicatorSource[] | undefined;
let withProviders: IndicatorSource[] | undefined;

/** The council's own 100,000-episode return (with Header, Reviews, Missing, OC2, OC3, SW_Episodes). */
function councilSources(): IndicatorSource[] {
  council ??= [
    {
      kind: 'council',
      id: 'la',
      name: 'Synthetic Council',
      tables: syntheticSsda903({ episodes: 100_000 }),
    },
  ];
  return council;
}

/** The same return plus three providers importing half its children again. */
function providerSources(): IndicatorSource[] {
  withProviders ??= syntheticSources({ episodes: 100_000, providers: 3 });
  return withProviders;
}

let indexedOwners: IndexedOwner[] | undefined;

/** The same four files, each indexed on its own as the import worker indexes it. */
function providerOwners(): IndexedOwner[] {
  indexedOwners ??= providerSources().map((source) => ({
    kind: source.kind,
    id: source.id,
    name: source.name,
    imports: [indexImport(source.tables)],
  }));
  return indexedOwners;
}

/** The indicators benchmarks: from rows, from a prebuilt index, and with providers. */
export const indicatorBenchmarks: readonly Benchmark[] = [
  {
    name: 'indicators: all, from the rows of a council return with 100,000 episodes',
    target: 'indicators',
    run: () => {
      const sources = councilSources();
      return timeMs(() => computeIndicators(sources));
    },
  },
  {
    name: 'indicators: all, recomputed from the index (100,000 episodes)',
    run: () => {
      const index = indexIndicatorSources(councilSources());
      return timeMs(() => indicatorsFromIndex(index, { year: 2017 }));
    },
  },
  {
    // What the app does: each file was indexed when it was imported, so the
    // indicators pool the four files' indexes and count.
    name: 'indicators: council of 100,000 episodes + 3 providers repeating half of them',
    target: 'indicators-pooled',
    run: () => {
      const owners = providerOwners();
      return timeMs(() => indicatorsFromIndex(indicatorIndexOf(owners)));
    },
  },
  {
    name: 'indicators: the same, from the rows (each file indexed, then pooled)',
    run: () => {
      const sources = providerSources();
      return timeMs(() => computeIndicators(sources));
    },
  },
];
