import {
  createClock,
  createRecorder,
  signOperations,
  type Operation,
} from '../../../../shared/bundle';
import { ed25519Signer, identityFromSecret, type Identity } from '../../../../shared/crypto';
import {
  createInspection,
  type CommandContext,
  type CommandOutcome,
} from '../../../../shared/workbook';
import type { Result } from '../../../../shared/util/result';

/*
 * A hand-built team for signing tests: fixed age secret keys (their signing
 * keys follow from them), and one log the team edits in turn, each change
 * signed by whoever makes it, as the command and the app do.
 */

/** Fixed secrets (Bech32 of repeated bytes), so the test data is the same every run. */
export const SECRETS = {
  amara: 'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX',
} as const;

/** An identity for `label`: the fixed one, or one made from a fixed random-looking secret. */
export async function person(label: string): Promise<Identity> {
  if (label === 'amara') return identityFromSecret(SECRETS.amara);
  // Any age key will do for other people; made fresh per test file, never stored.
  const { newIdentity } = await import('../../../../shared/crypto');
  return newIdentity();
}

/** A log the team edits in turn, each change signed (or not) by its author. */
export type TeamLog = {
  readonly log: Operation[];
  /** Runs `command` as `author`; signs its changes with `identity` when given. */
  act(
    author: string,
    identity: Identity | undefined,
    command: (context: CommandContext) => Result<CommandOutcome>,
  ): Promise<Operation[]>;
  /** The wall clock the next change will read. */
  readonly now: () => number;
};

/** A new log holding an inspection (created unsigned by its lead, as before the roster). */
export async function teamLog(): Promise<TeamLog> {
  let clock = Date.UTC(2026, 9, 5);
  let counter = 0;
  const log: Operation[] = [];
  const act: TeamLog['act'] = async (author, identity, command) => {
    const recorder = createRecorder(
      createClock(author, () => (clock += 1000)),
      log,
    );
    const outcome = command({
      operations: log,
      recorder,
      author,
      now: () => new Date(clock).toISOString(),
      newId: (prefix) => `${prefix}-${(counter += 1)}`,
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    let made = [...outcome.data.operations];
    if (identity !== undefined) {
      const signer = await ed25519Signer(identity.secretKey);
      made = await signOperations(log, made, author, (message) => signer.sign(message));
    }
    log.push(...made);
    return made;
  };
  await act('Amara Okafor', undefined, (c) =>
    createInspection(c, {
      kind: 'ilacs-standard',
      framework: 'ilacs-2023',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [
        { name: 'Amara Okafor', role: 'lead' },
        { name: 'Ben Hale', role: 'inspector' },
        { name: 'Mallory Example', role: 'inspector' },
      ],
    }),
  );
  return { log, act, now: () => clock };
}
