import { signOperations, type Operation, type SignMessage } from '../bundle';
import { err, ok, type Result } from '../util/result';
import type { CommandOutcome } from './context';
import { memberWithKey, readRoster, rosterLead } from './roster';
import type { RosterMember } from './roster-record';

/*
 * Signing what a command made, for the command line and the app alike: in a
 * workbook whose lead has signed the roster, the person acting is whoever
 * the roster gives their signing key to (never a name they type), and every
 * change they make is signed with that key (shared/bundle/signatures.ts).
 */

/** A person's signing key, and how to sign with it. */
export type OperationSigner = {
  /** Their Ed25519 public key, `ssh-ed25519 AAAA…`. */
  readonly signingKey: string;
  readonly sign: SignMessage;
};

/** Whether the workbook's changes must be signed: its lead has signed a roster. */
export function isSignedLog(operations: readonly Operation[]): boolean {
  return readRoster(operations).exists;
}

/**
 * The roster member whose key `signingKey` is: who is acting in a signed
 * workbook. Refuses a key not on the roster, naming the lead to ask.
 */
export function actingMember(
  operations: readonly Operation[],
  signingKey: string,
): Result<RosterMember> {
  const roster = readRoster(operations);
  const member = memberWithKey(roster, signingKey);
  if (member !== undefined) return ok(member);
  const lead = rosterLead(roster)?.member ?? 'its lead';
  return err(
    'roster.not-member',
    `Your signing key (${signingKey.slice(0, 32)}…) is not on this workbook's team roster, so your changes could not be trusted; ask ${lead} to add you with it.`,
  );
}

/** The outcome with its operations signed by `author` with `signer`, chained after `log`. */
export async function signOutcome(
  log: readonly Operation[],
  outcome: CommandOutcome,
  author: string,
  signer: OperationSigner,
): Promise<CommandOutcome> {
  const operations = await signOperations(log, outcome.operations, author, signer.sign);
  return { ...outcome, operations };
}
