/**
 * Benchmarks for the conflict-of-interest engine, in the shape
 * `test/bench/suite.ts` takes: the graph is built once from a national-scale
 * register (see national-register.ts); detection for one council is timed on
 * its own (the README’s How fast table target: under 100 ms), and the build separately.
 * Figures are printed, never asserted.
 */
import type { OwnershipGraph } from '../../../shared/conflicts';
import { buildOwnershipGraph, detectConflicts } from '../../../shared/conflicts';
import type { Benchmark } from '../../bench/harness';
import { timeMs } from '../../bench/harness';
import type { NationalRegister } from './national-register';
import { generateNationalRegister } from './national-register';

let register: NationalRegister | undefined;
let graph: OwnershipGraph | undefined;

function theRegister(): NationalRegister {
  register ??= generateNationalRegister();
  return register;
}

/** Builds the ownership graph of the national register. */
export function buildRegisterGraph(data: NationalRegister = theRegister()): OwnershipGraph {
  return buildOwnershipGraph({
    settings: [data.settings],
    companies: [data.companies],
    pscs: [data.pscs],
    asOf: '2024-05-01',
  });
}

function theGraph(): OwnershipGraph {
  graph ??= buildRegisterGraph();
  return graph;
}

/** Detection for the register's council, on a graph built beforehand. */
export function detectForCouncil(data: NationalRegister = theRegister(), built = theGraph()) {
  return detectConflicts(built, {
    providers: data.providers,
    placements: data.placements,
    year: data.year,
  });
}

/** The conflicts benchmarks, for `npm run bench`. */
export const conflictBenchmarks: Benchmark[] = [
  {
    name: 'conflicts: detect for one council (graph of 10,000 settings, 50,000 companies built beforehand)',
    target: 'conflicts',
    warmups: 3,
    runs: 15,
    run: async () => {
      const built = theGraph();
      return timeMs(() => detectForCouncil(theRegister(), built));
    },
  },
  {
    name: 'conflicts: build the ownership graph (10,000 settings, 50,000 companies and their PSCs)',
    runs: 5,
    run: async () => {
      const data = theRegister();
      return timeMs(() => buildRegisterGraph(data));
    },
  },
];
