import { CryptoError, isSealed, seal, unseal } from '../../../../shared/crypto';
import type { SyncCrypt } from '../../../../shared/sync';
import { exportRecipients } from '../../../../shared/tasks/sealed-bundles';
import { teamRecipients } from '../../../../shared/workbook';
import { loadTeamKeys } from '../../db/bundle-crypto';
import type { WorkbookDb } from '../../db/db';
import { currentIdentity, openingIdentities } from '../../db/identity-store';

/*
 * How the app seals what it writes to the team folder and opens what it
 * reads: as an exported bundle is (db/bundle-crypto.ts), an age file
 * (https://age-encryption.org/v1) encrypted to every team member's key and
 * the person's own, so the children's records in segments and source files
 * are never in the clear in a folder a sync engine copies about. A
 * colleague's plain segment (written by the command from a plain workbook)
 * passes through; one not encrypted to this person is refused by the pass,
 * named, with the reason given here.
 */

/** The inspection's team crypt: sealed to the team's keys and the person's own. */
export async function teamCrypt(db: WorkbookDb, inspectionId: string): Promise<SyncCrypt> {
  const team = await loadTeamKeys(db, inspectionId);
  if (!team.ok) throw new Error(team.error.message);
  const own = await currentIdentity(db);
  const recipients = exportRecipients(teamRecipients(team.data), [own.recipient]);
  const identities = (await openingIdentities(db)).map((identity) => identity.secretKey);
  return {
    recipients,
    seal: (bytes) => seal(bytes, { kind: 'recipients', recipients }),
    async open(bytes) {
      if (!isSealed(bytes)) return bytes;
      try {
        return (await unseal(bytes, { identities })).bytes;
      } catch (error: unknown) {
        if (error instanceof CryptoError && error.code !== 'damaged') {
          throw new Error(
            `it is not encrypted to your key (ask its author to add your public key to the team): ${error.message}`,
            { cause: error },
          );
        }
        throw error;
      }
    },
  };
}
