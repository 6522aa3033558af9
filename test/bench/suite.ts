import { createIpcRouter } from '../../electron/main/ipc/router';
import { conflictBenchmarks } from '../support/conflicts/conflicts-bench';
import { indicatorBenchmarks } from '../unit/shared/records/indicators/indicators-bench';
import { annexABenchmarks } from './annex-a-bench';
import { cinBenchmarks } from './cin-bench';
import { cliBenchmarks } from './cli-bench';
import { importBenchmarks } from './import-benches';
import { openBenchmarks } from './open-bench';
import { protectionBenchmarks } from './protection-bench';
import { saveBenchmarks } from './save-bench';
import { indicatorsScreenBenchmarks } from './indicators-screen-bench';
import { reportBenchmarks } from './report-bench';
import { screensBenchmarks } from './screens-bench';
import { mergeBenchmarks } from './merge-bench';
import { syncBenchmarks } from './sync-bench';
import { memoryBenchmarks } from './memory-bench';
import { signingBenchmarks } from './signing-bench';
import { timeMs, type Benchmark } from './harness';
import { noTeamFolder } from '../support/no-team-folder';

const appFrame = { senderFrame: { url: 'app://workbook/index.html', parent: null } };

/** Every benchmark `npm run bench` runs. Later issues add theirs here. */
export const benchmarks: Benchmark[] = [
  ...importBenchmarks,
  ...openBenchmarks,
  ...protectionBenchmarks,
  ...saveBenchmarks,
  ...indicatorsScreenBenchmarks,
  ...screensBenchmarks,
  ...mergeBenchmarks,
  ...syncBenchmarks,
  ...annexABenchmarks,
  ...reportBenchmarks,
  ...indicatorBenchmarks,
  ...conflictBenchmarks,
  ...cliBenchmarks,
  ...memoryBenchmarks,
  ...cinBenchmarks,
  ...signingBenchmarks,
  {
    name: 'IPC router: 10,000 save-file requests parsed and refused or answered',
    run: async () => {
      const router = createIpcRouter({
        appInfo: async () => ({
          name: 'w',
          version: '0',
          host: 'electron',
          platform: 'linux',
          versions: {},
          dataLocation: '/tmp',
        }),
        openFiles: async () => ({ canceled: true, files: [] }),
        chooseCertificate: async () => ({ chosen: false }),
        signPdf: async (request) => ({ pdf: request.pdf, signedAt: '2026-10-05T09:00:00.000Z' }),
        keychainSeal: async () => ({ sealed: false, reason: 'no keychain here' }),
        keychainOpen: async (request) => ({ secret: request.sealed }),
        ...noTeamFolder,
        saveFile: async (request) => ({
          saved: true,
          path: '/tmp/x',
          size: request.bytes.byteLength,
        }),
      });
      const bytes = new Uint8Array(1024);
      return timeMs(async () => {
        for (let i = 0; i < 10_000; i += 1) {
          await router.dispatch('workbook:dialog.save-file', appFrame, {
            suggestedName: i % 2 === 0 ? `report-${i}.pdf` : `../escape-${i}.pdf`,
            bytes,
          });
        }
      });
    },
  },
];
