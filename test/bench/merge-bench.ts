import { materialise, mergeOperations, type Operation } from '../../shared/bundle';
import { buildDemo } from '../../shared/demo';
import { workbookFromOperations } from '../../shared/workbook';
import { timeMs, type Benchmark } from './harness';
import { inspectorEdits } from './inspector-edits';

const INSPECTORS = 5;
const EDITS = 2_000;

let ids = 0;
const newId = (prefix: string) => `${prefix}-${(ids++).toString(16).padStart(8, '0')}`;
const now = () => new Date().toISOString();

/**
 * Five inspectors, each with a copy of the demo inspection, each making
 * 2,000 changes on their own laptop: half rewrite evidence notes (many of
 * them the same notes as colleagues, so clashes arise), half record new
 * evidence. Returns the base log and each inspector's log.
 */
function inspectorsLogs(): { base: readonly Operation[]; logs: Operation[][] } {
  const base = buildDemo('ilacs-2026', { newId, now });
  const evidence = Object.keys(materialise(base)['evidence'] ?? {});
  const logs: Operation[][] = [];
  for (let person = 0; person < INSPECTORS; person += 1) {
    const ops = inspectorEdits(base, evidence, person, EDITS, `bench-${person}`);
    logs.push(ops);
  }
  return { base, logs };
}

let prepared: ReturnType<typeof inspectorsLogs> | undefined;

export const mergeBenchmarks: Benchmark[] = [
  {
    name: 'merge: 5 inspectors × 2,000 edits each, into one workbook',
    target: 'merge',
    runs: 7,
    run: async () => {
      prepared ??= inspectorsLogs();
      const { base, logs } = prepared;
      let merged: readonly Operation[] = [];
      const ms = await timeMs(() => {
        merged = logs.reduce<readonly Operation[]>(
          (sum, log) => mergeOperations(sum, log).operations,
          base,
        );
      });
      // Nothing lost: every change of every inspector is in the merged log once, and it folds.
      const expected = new Set([...base, ...logs.flat()].map((op) => op.id));
      const got = new Set(merged.map((op) => op.id));
      if (got.size !== expected.size || merged.length !== expected.size)
        throw new Error(`merge lost or repeated changes: ${merged.length} of ${expected.size}`);
      if (!workbookFromOperations(merged).ok) throw new Error('the merged log does not fold');
      return ms;
    },
  },
];
