import {
  mergeOperations,
  sameOperation,
  type Clash,
  type EditOfDeleted,
  type Operation,
} from '../bundle';
import { workbookFromOperations } from '../workbook';
import type { AuthorScan, Candidate, Notice, Refusal } from './read-theirs';

/** What one colleague's segments brought. */
export type Arrival = {
  readonly author: string;
  readonly authorId: string;
  readonly segments: number;
  /** Changes new to this workbook. */
  readonly changes: number;
};

/** The workbook's log after merging what could be merged. */
export type MergedIn = {
  readonly operations: readonly Operation[];
  readonly arrivals: readonly Arrival[];
  /** Per colleague: every segment up to here is merged or refused. */
  readonly through: ReadonlyMap<string, number>;
  /** Clashes involving a change that arrived now. */
  readonly clashes: readonly Clash[];
  readonly editsOfDeleted: readonly EditOfDeleted[];
  /** Segments refused now because their changes contradict the workbook. */
  readonly refused: readonly Refusal[];
  /** Segments kept for a later pass: they need changes that have not arrived yet. */
  readonly held: readonly Notice[];
  /** The source files the merged segments brought: SHA-256 → plain bytes. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The attachments the merged segments brought: SHA-256 → plain bytes. */
  readonly attachments: ReadonlyMap<string, Uint8Array>;
};

/** A candidate's changes not yet in `byId`, or the id of one that contradicts it. */
function newChanges(
  byId: ReadonlyMap<string, Operation>,
  candidate: Candidate,
): Operation[] | string {
  const fresh: Operation[] = [];
  for (const op of candidate.operations) {
    const seen = byId.get(op.id);
    if (seen === undefined) fresh.push(op);
    else if (!sameOperation(seen, op)) return op.id;
  }
  return fresh;
}

type Plan = {
  byId: Map<string, Operation>;
  added: Operation[];
  counts: Map<string, { segments: number; changes: number }>;
  through: Map<string, number>;
  refused: Refusal[];
  files: Map<string, Uint8Array>;
  attachments: Map<string, Uint8Array>;
};

/** Takes every step of `scan` it can, stopping at a segment `accept` turns down (held). */
function takeAuthor(
  plan: Plan,
  scan: AuthorScan,
  from: number,
  accept: (fresh: readonly Operation[]) => boolean,
): number | undefined {
  const id = scan.member.authorId;
  for (let at = from; at < scan.steps.length; at += 1) {
    const step = scan.steps[at];
    if (step === undefined) break;
    if (step.kind === 'segment') {
      const fresh = newChanges(plan.byId, step);
      if (typeof fresh === 'string') {
        plan.refused.push({
          file: step.file,
          sha256: step.sha256,
          reason: `its change "${fresh.slice(0, 80)}" differs from the change with that id in this workbook`,
        });
      } else if (!accept(fresh)) {
        return at;
      } else {
        for (const op of fresh) plan.byId.set(op.id, op);
        plan.added.push(...fresh);
        for (const [sha, bytes] of step.files) plan.files.set(sha, bytes);
        for (const [sha, bytes] of step.attachments) plan.attachments.set(sha, bytes);
        const count = plan.counts.get(id) ?? { segments: 0, changes: 0 };
        plan.counts.set(id, {
          segments: count.segments + 1,
          changes: count.changes + fresh.length,
        });
      }
    }
    plan.through.set(id, step.seq);
  }
  return undefined;
}

/**
 * Merges colleagues' segments into the log: a union of changes, as
 * `workbook merge` does (shared/bundle/merge.ts). First all at once; when
 * that would not be a valid workbook, one segment at a time, in rounds,
 * so a segment that needs a colleague's change not arrived yet is held
 * for a later pass while the rest merge.
 */
export function mergeIn(mine: readonly Operation[], scans: readonly AuthorScan[]): MergedIn {
  const plan: Plan = {
    byId: new Map(mine.map((op) => [op.id, op])),
    added: [],
    counts: new Map(),
    through: new Map(),
    refused: [],
    files: new Map(),
    attachments: new Map(),
  };
  const held: Notice[] = [];
  const fast = scans.map((scan) => takeAuthor(plan, scan, 0, () => true));
  if (fast.some((at) => at !== undefined)) throw new Error('unreachable: nothing is held');
  if (plan.added.length > 0 && !workbookFromOperations([...mine, ...plan.added]).ok) {
    plan.byId = new Map(mine.map((op) => [op.id, op]));
    plan.added = [];
    plan.counts = new Map();
    plan.through = new Map();
    plan.refused = [];
    plan.files = new Map();
    plan.attachments = new Map();
    const next: (number | undefined)[] = scans.map(() => 0);
    for (let progress = true; progress;) {
      progress = false;
      scans.forEach((scan, index) => {
        const from = next[index];
        if (from === undefined) return;
        const stopped = takeAuthor(
          plan,
          scan,
          from,
          (fresh) => workbookFromOperations([...mine, ...plan.added, ...fresh]).ok,
        );
        if (stopped !== from) progress = true;
        next[index] = stopped;
      });
    }
    scans.forEach((scan, index) => {
      const at = next[index];
      const step = at === undefined ? undefined : scan.steps[at];
      if (step?.kind === 'segment') {
        held.push({
          file: step.file,
          reason:
            'it changes items whose other changes have not arrived yet (or would make the workbook invalid); kept for a later pass',
        });
      }
    });
  }
  const merged = mergeOperations(mine, plan.added);
  const added = new Set(plan.added.map((op) => op.id));
  return {
    operations: merged.operations,
    arrivals: scans
      .filter((scan) => plan.counts.has(scan.member.authorId))
      .map((scan) => ({
        author: scan.member.author,
        authorId: scan.member.authorId,
        ...(plan.counts.get(scan.member.authorId) ?? { segments: 0, changes: 0 }),
      })),
    through: plan.through,
    clashes: merged.clashes.filter((c) => added.has(c.kept.opId) || added.has(c.other.opId)),
    editsOfDeleted: merged.editsOfDeleted.filter(
      (e) => added.has(e.edit.opId) || added.has(e.deletion.opId),
    ),
    refused: plan.refused,
    held,
    files: plan.files,
    attachments: plan.attachments,
  };
}
