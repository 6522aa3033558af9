import {
  compareOperations,
  createClock,
  createRecorder,
  signOperations,
  type Operation,
} from '../bundle';
import { ed25519Signer } from '../crypto/ed25519';
import type { Identity } from '../crypto/identity';
import type { Result } from '../util/result';
import type { CommandContext, CommandOutcome } from '../workbook/context';
import { workbookFromOperations } from '../workbook/materialise';
import { addRosterMember, signRoster } from '../workbook/roster-commands';
import { demoIdentity } from './identities';

/*
 * Signs a demo workbook as its team would have: each person's changes with
 * their demo key (identities.ts), chained per person; then the lead signs
 * the team roster with every member's demo keys. The result opens as a
 * signed workbook whose every change checks out.
 */

async function identitiesOf(names: Iterable<string>): Promise<Map<string, Identity>> {
  const found = new Map<string, Identity>();
  for (const name of new Set(names)) found.set(name, await demoIdentity(name));
  return found;
}

async function signAs(
  log: readonly Operation[],
  fresh: readonly Operation[],
  author: string,
  identity: Identity,
): Promise<Operation[]> {
  const signer = await ed25519Signer(identity.secretKey);
  return signOperations(log, fresh, author, (message) => signer.sign(message));
}

/** The demo's `operations`, every one signed, followed by its signed roster. */
export async function signDemo(
  operations: readonly Operation[],
  ids: { readonly newId: (prefix: string) => string; readonly now: () => string },
): Promise<Operation[]> {
  const workbook = workbookFromOperations(operations);
  if (!workbook.ok) throw new Error(`demo: ${workbook.error.message}`);
  const team = workbook.data.inspection.team;
  const people = await identitiesOf([
    ...team.map((m) => m.name),
    ...operations.map((op) => op.author),
  ]);
  const log: Operation[] = [];
  for (const [author, identity] of people) {
    const theirs = operations.filter((op) => op.author === author);
    log.push(...(await signAs([], theirs, author, identity)));
  }
  log.sort(compareOperations);
  const lead = team.find((m) => m.role === 'lead')?.name;
  const leadIdentity = lead === undefined ? undefined : people.get(lead);
  if (lead === undefined || leadIdentity === undefined) return log;
  const act = async (
    command: (context: CommandContext) => Result<CommandOutcome>,
  ): Promise<void> => {
    const context: CommandContext = {
      operations: log,
      recorder: createRecorder(createClock(lead), log),
      author: lead,
      now: ids.now,
      newId: ids.newId,
    };
    const outcome = command(context);
    if (!outcome.ok) throw new Error(`demo: ${outcome.error.message}`);
    log.push(...(await signAs(log, outcome.data.operations, lead, leadIdentity)));
  };
  await act((c) =>
    signRoster(c, { signingKey: leadIdentity.signingKey, recipient: leadIdentity.recipient }),
  );
  for (const member of team) {
    const identity = people.get(member.name);
    if (member.name === lead || identity === undefined) continue;
    await act((c) =>
      addRosterMember(c, {
        member: member.name,
        signingKey: identity.signingKey,
        recipient: identity.recipient,
      }),
    );
  }
  return log;
}
