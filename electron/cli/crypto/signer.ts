import { signOperations, type Operation } from '../../../shared/bundle';
import { ed25519Signer } from '../../../shared/crypto/ed25519';
import { actingMember, isSignedLog, type OperationSigner } from '../../../shared/workbook';
import type { CliEnv } from '../command';
import { CliError } from '../errors';
import { identities } from './identities';
import { keyFlags } from './key-flags';

/*
 * Who is acting on a workbook, and the key their changes are signed with.
 * In a workbook whose lead has signed the team roster, the person is whoever
 * the roster gives the signing key of their `--identity` file to; `--as`
 * can only agree with it. Elsewhere (a workbook made before signing, not
 * yet signed by its lead) `--as` names the author as it always has, and
 * nothing is signed.
 */

/** The author of a run's changes, and their signer when the workbook is signed. */
export type Acting = { readonly author: string; readonly signer?: OperationSigner };

/** The signer of an identity's key. */
async function signerOf(secretKey: string, signingKey: string): Promise<OperationSigner> {
  const signer = await ed25519Signer(secretKey);
  return { signingKey, sign: (message) => signer.sign(message) };
}

/**
 * Decides who acts on `file` (whose log is `operations`): refuses a write to
 * a signed workbook without an identity whose key is on its roster, in one
 * line that says what to pass.
 */
export async function actingOn(
  file: string,
  operations: readonly Operation[],
  env: CliEnv,
): Promise<Acting> {
  if (!isSignedLog(operations)) return { author: env.author };
  // Read only when given: --pass-env alone may be a certificate's passphrase (`report --sign`).
  const mine = keyFlags().identityFiles.length === 0 ? [] : await identities();
  let refusal: string | undefined;
  for (const identity of mine) {
    const member = actingMember(operations, identity.signingKey);
    if (!member.ok) {
      refusal = member.error.message;
      continue;
    }
    const name = member.data.member;
    if (env.named && env.author !== name) {
      throw new CliError(
        `${file}: --as "${env.author}", but the signing key of your --identity is ${name}'s on the team roster; leave out --as (the key says who you are).`,
      );
    }
    return { author: name, signer: await signerOf(identity.secretKey, identity.signingKey) };
  }
  // A demo workbook's team has published keys (shared/demo/identities.ts), loaded only here;
  // an --identity that only opens an encrypted demo is not on its roster.
  const { demoActing } = await import('./demo-signer');
  const demo = await demoActing(operations, env.named ? env.author : undefined);
  if (demo !== undefined) return demo;
  if (refusal !== undefined) throw new CliError(`${file}: ${refusal}`);
  throw new CliError(
    `${file}: its changes are signed (its lead signed the team roster), so give --identity FILE: your identity file, whose signing key is on the roster (\`workbook keys show FILE\` prints the key).`,
  );
}

/**
 * The log to write: `original`, then what the run added to it, signed by
 * the acting person when the workbook is signed (as is, otherwise).
 */
export async function signedLog(
  original: readonly Operation[],
  all: readonly Operation[],
  acting: Acting,
): Promise<Operation[]> {
  if (acting.signer === undefined) return [...all];
  const known = new Set(original.map((op) => op.id));
  const fresh = all.filter((op) => !known.has(op.id));
  const signer = acting.signer;
  return [
    ...original,
    ...(await signOperations(original, fresh, acting.author, (message) => signer.sign(message))),
  ];
}
