import { useState } from 'react';
import {
  conflictChanges,
  decideLink,
  undoLink,
  type ConflictChanges,
  type DecidedLink,
  type LinkChange,
} from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { runCommand } from '../../db/workbook-repository';
import type { Pending } from './LeadLinks';
import { whatIfConflicts } from './use-conflicts';

/** What the last decision or undo did, for its success banner (a fresh key each time). */
export type Done = {
  readonly key: number;
  readonly title: string;
  readonly changes: ConflictChanges | undefined;
};

const titles = {
  confirmed: 'Link confirmed',
  rejected: 'Link dismissed',
  undecided: 'Link undone: undecided again',
} as const;

/**
 * Link decisions with a confirmation first: asking works out, with the
 * worker and without recording anything, what the decision would add or
 * remove; confirming records it. Undo records at once (it is itself the way
 * back) and says what it restored.
 */
export function useLinkDecisions(inspectionId: string) {
  const { db, userName } = useApp();
  const [pending, setPending] = useState<Pending | undefined>();
  const [done, setDone] = useState<Done | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  async function effectOf(change: LinkChange): Promise<Pending['effect']> {
    const { before, after } = await whatIfConflicts(db, inspectionId, change);
    if (before.status === 'ready' && after.status === 'ready')
      return { status: 'ready', changes: conflictChanges(before.report, after.report) };
    const failed = [before, after].find((state) => state.status === 'failed');
    return failed?.status === 'failed'
      ? failed
      : { status: 'failed', message: 'The check did not finish; try again.' };
  }

  async function record(change: LinkChange, changes: ConflictChanges | undefined) {
    const outcome = await runCommand(db, inspectionId, userName, (context) =>
      change.decision === 'undecided'
        ? undoLink(context, change)
        : decideLink(context, { ...change, decision: change.decision }),
    );
    if (!outcome.ok) return setProblem(outcome.error.message);
    setProblem(undefined);
    setPending(undefined);
    return setDone({
      key: Date.now(),
      title: `${titles[change.decision]}: ${change.owner} and ${change.company}`,
      changes,
    });
  }

  return {
    pending,
    done,
    problem,
    async ask(change: LinkChange) {
      setDone(undefined);
      setPending({ change, effect: { status: 'loading' } });
      const effect = await effectOf(change);
      setPending((current) => (current?.change === change ? { change, effect } : current));
    },
    cancel: () => setPending(undefined),
    async confirm() {
      if (pending?.effect.status !== 'ready') return;
      await record(pending.change, pending.effect.changes);
    },
    async undo(link: DecidedLink) {
      const change = { owner: link.owner, company: link.company, decision: 'undecided' } as const;
      const effect = await effectOf(change);
      await record(change, effect.status === 'ready' ? effect.changes : undefined);
    },
  };
}
