import type { Operation } from '../../../shared/bundle';
import { ed25519Signer } from '../../../shared/crypto/ed25519';
import { demoIdentity } from '../../../shared/demo';
import { actingMember, readRoster, rosterLead } from '../../../shared/workbook';
import type { Acting } from './signer';

/**
 * For a demo workbook only: when `author`'s key on its roster is the demo
 * team's published key for them (derived from the demo's public seed, so
 * never a real key), sign with it, as `npm run demo` does without an
 * identity file; without `--as` (`named` false), as the demo's lead. Any
 * other workbook gets `undefined`.
 */
export async function demoActing(
  operations: readonly Operation[],
  named: string | undefined,
): Promise<Acting | undefined> {
  const author = named ?? rosterLead(readRoster(operations))?.member;
  if (author === undefined) return undefined;
  const identity = await demoIdentity(author);
  const member = actingMember(operations, identity.signingKey);
  if (!member.ok || member.data.member !== author) return undefined;
  const signer = await ed25519Signer(identity.secretKey);
  return {
    author,
    signer: { signingKey: identity.signingKey, sign: (message) => signer.sign(message) },
  };
}
