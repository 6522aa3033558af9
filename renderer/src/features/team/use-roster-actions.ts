import { keysFromText, recordTeamKey, signTeamRoster } from '../../../../shared/tasks';
import { addRosterMember, removeRosterMember } from '../../../../shared/workbook';
import { err, type Result } from '../../../../shared/util/result';
import { useApp } from '../../app/app-context';
import { currentIdentity } from '../../db/identity-store';
import { runCommand } from '../../db/workbook-repository';

/** What the lead asks of the roster, each answered with the command's own refusal or success. */
export type RosterActions = {
  /** Begins the roster with the person's identity, as its lead. */
  readonly sign: (certificateSha256: string) => Promise<Result<string>>;
  /** Adds a team member with the public keys pasted for them, or changes their keys. */
  readonly add: (member: string, keysText: string, certificate: string) => Promise<Result<string>>;
  readonly remove: (member: string) => Promise<Result<string>>;
  /** Records a member's encryption key (`null` removes it) where it is in force, as `workbook team key` does. */
  readonly key: (member: string, recipient: string | null) => Promise<Result<string>>;
  /** Records the person's own encryption key for their own row. */
  readonly takeMine: (member: string) => Promise<Result<string>>;
};

/** `undefined` for an empty field: the command then records no certificate. */
function given(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/**
 * The roster's changes as the app makes them: the shared commands
 * `workbook team sign|add|remove` run (shared/tasks/team-roster.ts,
 * shared/workbook/roster-commands.ts), through the store's runCommand,
 * which signs each change with the person's key once the roster exists.
 */
export function useRosterActions(inspectionId: string): RosterActions {
  const { db, userName } = useApp();
  return {
    async sign(certificate) {
      const identity = await currentIdentity(db);
      return runCommand(db, inspectionId, userName, (context) =>
        signTeamRoster(context, identity, given(certificate)),
      );
    },
    async add(member, keysText, certificate) {
      const keys = keysFromText(keysText);
      if (!keys.ok) return err(keys.error.code, `${keys.error.message}.`);
      const certificateSha256 = given(certificate);
      return runCommand(db, inspectionId, userName, (context) =>
        addRosterMember(context, {
          member,
          ...keys.data,
          ...(certificateSha256 === undefined ? {} : { certificateSha256 }),
        }),
      );
    },
    key(member, recipient) {
      return runCommand(db, inspectionId, userName, (context) =>
        recordTeamKey(context, { member, recipient }),
      );
    },
    async takeMine(member) {
      const { recipient } = await currentIdentity(db);
      return runCommand(db, inspectionId, userName, (context) =>
        recordTeamKey(context, { member, recipient }),
      );
    },
    remove(member) {
      return runCommand(db, inspectionId, userName, (context) =>
        removeRosterMember(context, member),
      );
    },
  };
}
