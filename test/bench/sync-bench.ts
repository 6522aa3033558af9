import { createHash } from 'node:crypto';
import { materialise, type Operation } from '../../shared/bundle';
import { buildDemo } from '../../shared/demo';
import { plainCrypt, syncPass } from '../../shared/sync';
import { workbookFromOperations } from '../../shared/workbook';
import { memoryFolder, type MemoryFolder } from '../unit/shared/sync/sync-helpers';
import { timeMs, type Benchmark } from './harness';
import { inspectorEdits } from './inspector-edits';

const AUTHORS = 6;
const CHANGES = 5_000;

let ids = 0;
const newId = (prefix: string) => `${prefix}-${(ids++).toString(16).padStart(8, '0')}`;
const now = () => new Date().toISOString();

/**
 * Six members, each with a copy of the demo inspection, each making 5,000
 * changes (new evidence, and rewrites of the demo's evidence notes, many
 * the same notes as colleagues, so clashes arise); each member's pass
 * writes them to one team folder as their segment.
 */
async function teamFolder(): Promise<{ base: readonly Operation[]; folder: MemoryFolder }> {
  const base = buildDemo('ilacs-2026', { newId, now });
  const inspectionId = Object.keys(materialise(base)['inspection'] ?? {})[0] ?? '';
  const evidence = Object.keys(materialise(base)['evidence'] ?? {});
  const folder = memoryFolder();
  for (let person = 0; person < AUTHORS; person += 1) {
    const ops = inspectorEdits(base, evidence, person, CHANGES, `Inspector ${person + 1}`);
    // Each member's own folder, so their pass writes and merges nothing else; then one folder.
    const own = memoryFolder();
    await syncPass({
      folder: own,
      crypt: plainCrypt,
      inspectionId,
      operations: ops,
      parts: {},
      author: `Inspector ${person + 1}`,
    });
    for (const [name, bytes] of own.files) folder.files.set(name, bytes);
  }
  return { base, folder };
}

let prepared: Awaited<ReturnType<typeof teamFolder>> | undefined;

export const syncBenchmarks: Benchmark[] = [
  {
    name: 'sync: 6 authors × 5,000 changes',
    target: 'sync',
    runs: 5,
    run: async () => {
      prepared ??= await teamFolder();
      const { base, folder } = prepared;
      const inspectionId = Object.keys(materialise(base)['inspection'] ?? {})[0] ?? '';
      let merged: readonly Operation[] = [];
      let arrived = 0;
      const ms = await timeMs(async () => {
        // A seventh member, with only the demo, takes in the whole team in one pass.
        const result = await syncPass({
          folder,
          crypt: plainCrypt,
          inspectionId,
          operations: base,
          parts: {},
          author: 'Lead',
          // As the command passes it: Node's SHA-256.
          sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
        });
        merged = result.operations;
        arrived = result.arrivals.reduce((sum, a) => sum + a.changes, 0);
      });
      // Nothing lost: every member's changes arrived once, and the log folds.
      if (arrived < AUTHORS * CHANGES || merged.length !== base.length + arrived) {
        throw new Error(`sync lost or repeated changes: ${arrived} arrived, ${merged.length} held`);
      }
      if (!workbookFromOperations(merged).ok) throw new Error('the synced log does not fold');
      return ms;
    },
  },
];
