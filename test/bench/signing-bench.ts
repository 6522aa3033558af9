import {
  createClock,
  createRecorder,
  signOperations,
  writeBundle,
  type Operation,
} from '../../shared/bundle';
import { ed25519Signer } from '../../shared/crypto/ed25519';
import { buildDemo, demoIdentity, signDemo } from '../../shared/demo';
import { openBundleBytes } from '../../shared/tasks/bundles';
import { addEvidence, signOutcome, type CommandContext } from '../../shared/workbook';
import type { Benchmark } from './harness';

/*
 * What signing costs on the two paths the issue names: opening a workbook
 * of 120,000 operations (read, check, fold, and in a signed one check every
 * chain and each chain's newest signature) and saving one evidence item
 * into it as the command does (open, record, sign, write). The same
 * workbook is built signed and unsigned, and both are timed in one run; each
 * signed run follows an unsigned one and prints the pair's ratio.
 */

const AUTHOR = 'Amara Okafor';
let ids = 0;
const newId = (prefix: string) => `${prefix}-${(ids++).toString(16).padStart(8, '0')}`;
const now = () => new Date().toISOString();

type Built = { readonly bytes: Uint8Array; readonly inspectionId: string };
const built = new Map<'signed' | 'unsigned', Promise<Built>>();

async function workbook(kind: 'signed' | 'unsigned'): Promise<Built> {
  let made = built.get(kind);
  if (made === undefined) {
    made = build(kind);
    built.set(kind, made);
  }
  return made;
}

async function build(kind: 'signed' | 'unsigned'): Promise<Built> {
  const demo = buildDemo('ilacs-2026', { newId, now });
  const base = kind === 'signed' ? await signDemo(demo, { newId, now }) : demo;
  const recorder = createRecorder(createClock(AUTHOR), base);
  const extra: Operation[] = [];
  for (let i = 0; i < 10_000; i += 1) {
    extra.push(
      ...recorder.create('evidence', `ev-bench${i.toString(16).padStart(5, '0')}`, {
        source: 'council',
        kind: 'case-sampling',
        areas: ['care-leavers'],
        checklistItems: [],
        finding: i % 3 === 0 ? 'improvement' : 'strength',
        text: `Case ${i}: the pathway plan was reviewed after the move and the young person was seen alone.`,
        relatesTo: '2026-10-05',
        recordedAt: now(),
        author: AUTHOR,
        childIds: [`NM-${i}`],
        attachments: [],
      }),
    );
  }
  let operations = [...base, ...extra];
  if (kind === 'signed') {
    const signer = await ed25519Signer((await demoIdentity(AUTHOR)).secretKey);
    operations = [
      ...base,
      ...(await signOperations(base, extra, AUTHOR, (message) => signer.sign(message))),
    ];
  }
  const inspectionId = operations.find((op) => op.entity === 'inspection')?.entityId ?? '';
  const bytes = writeBundle({ inspectionId, exportedBy: AUTHOR, operations });
  // The file's size too: signatures are random bytes that no compressor shrinks.
  console.log(`  (the ${kind} workbook: ${(bytes.length / 1024 / 1024).toFixed(1)} MiB)`);
  return { bytes, inspectionId };
}

function open(bytes: Uint8Array) {
  const opened = openBundleBytes('bench.inspection', bytes, 'on-first-use');
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.data;
}

/** Open, record one evidence item, sign it (in the signed workbook), write the bundle. */
async function save(kind: 'signed' | 'unsigned'): Promise<void> {
  const { bytes, inspectionId } = await workbook(kind);
  const { bundle, verification } = open(bytes);
  const log = bundle.operations;
  const context: CommandContext = {
    operations: log,
    recorder: createRecorder(createClock(AUTHOR), log),
    author: AUTHOR,
    now,
    newId,
  };
  const outcome = addEvidence(context, {
    source: 'council',
    areas: ['leaders'],
    finding: 'strength',
    kind: 'meeting',
    text: 'Supervision is regular and reflective.',
  });
  if (!outcome.ok) throw new Error(outcome.error.message);
  let made = outcome.data.operations;
  if (verification.signed) {
    const identity = await demoIdentity(AUTHOR);
    const signer = await ed25519Signer(identity.secretKey);
    made = (
      await signOutcome(log, outcome.data, AUTHOR, {
        signingKey: identity.signingKey,
        sign: (message) => signer.sign(message),
      })
    ).operations;
  }
  writeBundle({ inspectionId, exportedBy: AUTHOR, operations: [...log, ...made] });
}

/**
 * A bench line. A signed line also runs its unsigned `baseline` just before each of its
 * runs and prints that pair's ratio: on a shared, busy machine the load drifts between
 * lines, and a pair run back to back compares like with like.
 */
function timed(name: string, work: () => Promise<void>, baseline?: () => Promise<void>): Benchmark {
  const ratios: number[] = [];
  let runs = 0;
  return {
    name,
    warmups: 1,
    runs: 5,
    run: async () => {
      // Both workbooks are built before any timing (the first run would otherwise time a build).
      await Promise.all([workbook('signed'), workbook('unsigned')]);
      runs += 1;
      const before = performance.now();
      if (baseline !== undefined) await baseline();
      const start = performance.now();
      await work();
      const ms = performance.now() - start;
      // The warm-up run's pair is printed but left out of the median, as its time is.
      if (baseline !== undefined) {
        const ratio = ms / (start - before);
        if (runs > 1) ratios.push(ratio);
        const sorted = [...ratios].sort((x, y) => x - y);
        const middle = sorted[Math.floor(sorted.length / 2)] ?? 0;
        console.log(
          `  (${ratio.toFixed(2)}× the unsigned run just before it${runs > 1 ? '' : ', warm-up'}; median of pairs so far ${middle.toFixed(2)}×, target ≤ 1.20×)`,
        );
      }
      return ms;
    },
  };
}

const OPEN = 'Signing: open a 120,000-operation workbook';
const SAVE = 'Signing: save one evidence item into a 120,000-operation workbook';
const openKind = (kind: 'signed' | 'unsigned') => async () => {
  open((await workbook(kind)).bytes);
};

/** Each signed line runs with its unsigned twin before every run, printing the pair's ratio. */
export const signingBenchmarks: Benchmark[] = [
  timed(`${OPEN}, unsigned`, openKind('unsigned')),
  timed(`${OPEN}, signed`, openKind('signed'), openKind('unsigned')),
  timed(`${SAVE}, unsigned`, () => save('unsigned')),
  timed(
    `${SAVE}, signed`,
    () => save('signed'),
    () => save('unsigned'),
  ),
];
