import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workDir } from './helpers';
import {
  contents,
  expectSame,
  importHeader,
  needBuilt,
  someWork,
  twoCopies,
  workbook,
} from './sync-built';
import {
  rescan,
  settle,
  startPair,
  stopPair,
  syncthingInstalled,
  type Peer,
} from './sync-syncthing-peers';

// A real sync engine between two laptops: two Syncthing instances on 127.0.0.1, each keeping
// its member's team folder in step, while both members keep editing and syncing with the
// built command. CI installs Debian's syncthing (and fails this test without it); elsewhere,
// without it, the test is skipped, saying so.
const installed = syncthingInstalled();
if (!installed) {
  console.warn(
    'sync-syncthing.test.ts skipped: `syncthing` is not installed (apt-get install syncthing).',
  );
}

let peers: Peer[] = [];
beforeAll(needBuilt);
afterAll(async () => stopPair(peers));

async function member(file: string, folder: string, who: string, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await someWork(file, who, round);
    await workbook(['sync', file, folder, '--as', who]);
  }
}

describe.skipIf(!installed && process.env['CI'] === undefined)(
  'workbook sync through two Syncthing instances',
  () => {
    it('ends with both holding the same judgements, evidence, imports and clashes', async () => {
      const dir = await workDir();
      const [a, b] = await startPair(dir);
      peers = [a, b];
      const [amara, ben] = await twoCopies(dir);
      await importHeader(amara, 'Amara Okafor');
      // Both edit and sync while Syncthing carries the other's files (some half-way).
      const carrying = setInterval(() => void rescan(peers).catch(() => undefined), 500);
      try {
        await Promise.all([
          member(amara, a.folder, 'Amara Okafor', 3),
          member(ben, b.folder, 'Ben Lee', 3),
        ]);
      } finally {
        clearInterval(carrying);
      }
      await settle(a, b);
      await workbook(['sync', amara, a.folder, '--as', 'Amara Okafor']);
      await settle(a, b);
      await workbook(['sync', ben, b.folder, '--as', 'Ben Lee']);
      await settle(a, b);
      const last = JSON.parse(
        await workbook(['sync', amara, a.folder, '--as', 'Amara Okafor', '--json']),
      );
      expect(last.written).toBeNull();
      expect(last.refused).toEqual([]);
      await expectSame(amara, ben);
      const both = await contents(amara);
      expect(Object.keys(both.state['evidence'] ?? {})).toHaveLength(6);
      expect(both.imports).toHaveLength(1);
      expect(both.clashes.length).toBeGreaterThan(0);
    }, 150_000);
  },
);
