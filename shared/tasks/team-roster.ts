import { ed25519Signer } from '../crypto/ed25519';
import { ok, type Result } from '../util/result';
import type { CommandContext, CommandOutcome } from '../workbook/context';
import { signRoster } from '../workbook/roster-commands';
import { signOutcome } from '../workbook/signing';

/*
 * Signing the team roster, for the command (`workbook team sign`) and the
 * app (Overview > The team) alike. Adding and removing members are the
 * shared roster commands themselves (addRosterMember, removeRosterMember),
 * signed as every other change in a signed workbook is; beginning the
 * roster is the one change made while the workbook is still unsigned, so
 * it is signed here with the lead's own key, whatever the workbook's state.
 */

/** The lead's identity: their secret key and the public keys that go on the roster. */
export type LeadIdentity = {
  /** Their age secret key (`AGE-SECRET-KEY-1…`); the Ed25519 signing key derives from it. */
  readonly secretKey: string;
  /** Their Ed25519 public key, `ssh-ed25519 AAAA…`. */
  readonly signingKey: string;
  /** Their age public key, `age1…`. */
  readonly recipient: string;
};

/**
 * The lead (the person acting, `context.author`) begins the roster with
 * their own keys and seals the unsigned changes before it; the changes come
 * back signed with the lead's key, chained after their earlier changes.
 * Refused, signing nothing, when the person is not the inspection's lead or
 * the roster is already signed.
 */
export async function signTeamRoster(
  context: CommandContext,
  identity: LeadIdentity,
  certificateSha256?: string,
): Promise<Result<CommandOutcome>> {
  const outcome = signRoster(context, {
    signingKey: identity.signingKey,
    recipient: identity.recipient,
    ...(certificateSha256 === undefined ? {} : { certificateSha256 }),
  });
  if (!outcome.ok) return outcome;
  const signer = await ed25519Signer(identity.secretKey);
  return ok(
    await signOutcome(context.operations, outcome.data, context.author, {
      signingKey: identity.signingKey,
      sign: (message) => signer.sign(message),
    }),
  );
}
