import { recordTeamKey } from '../../../shared/tasks/team-keys';
import { signTeamRoster } from '../../../shared/tasks/team-roster';
import { addRosterMember, removeRosterMember } from '../../../shared/workbook';
import { fileArgument, flag, optional, required, type Command } from '../command';
import { identities } from '../crypto/identities';
import { CliError, usageError } from '../errors';
import { withLock } from '../files/lock';
import { mutate } from '../mutate';
import { commandContext, openWorkbook, saveWorkbook } from '../store';

/** `workbook team key`: records (or removes) a team member's age public key. */
export const teamKeyCommand: Command = {
  name: 'team key',
  summary: 'record a team member’s public key, to which bundles of the inspection are encrypted',
  usage: 'team key <file> --member NAME (--key AGE_PUBLIC_KEY | --remove) [--json]',
  details: [
    'NAME is a member of the inspection’s team, as `workbook new` named them; the key is their',
    'age public key (age1…, as `workbook keys show`, age-keygen or the app’s Settings print it).',
    'The app encrypts every bundle it exports to the keys of the team. --remove removes the',
    'member’s key; every key set or removed stays in the log. Prints the member’s name.',
    'Once the lead has signed the team roster, the roster’s keys are the ones in force: then only',
    'its lead may run this, and it changes the member’s key on the roster (`team add` puts them on it).',
  ],
  options: {
    member: { type: 'string' },
    key: { type: 'string' },
    remove: { type: 'boolean' },
  },
  positionals: ['file'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const member = required(parsed, 'member');
    const key = optional(parsed, 'key');
    const remove = flag(parsed, 'remove');
    if ((key === undefined) === !remove) {
      throw usageError('give either --key AGE_PUBLIC_KEY or --remove');
    }
    return mutate(file, env, (context) =>
      recordTeamKey(context, { member, recipient: key ?? null }),
    );
  },
};

const CERTIFICATE_HELP =
  '--certificate-sha256 is the SHA-256 of the certificate they sign reports with (as `workbook verify` prints it).';

/** `workbook team sign`: the lead begins the team roster with their own keys. */
export const teamSignCommand: Command = {
  name: 'team sign',
  summary: 'as the lead, sign the team roster: from then on every change must be signed',
  usage: 'team sign <file> --identity FILE --as LEAD [--certificate-sha256 HEX] [--json]',
  details: [
    'Puts the lead on the workbook’s team roster with the keys of their --identity file, and seals',
    'the unsigned changes already in it (their number and hash per author): from then on every',
    'change must be signed by its author’s key on the roster, and a change that is not is refused.',
    'Until then the team is shown unverified. Only a lead on the inspection’s team may.',
    CERTIFICATE_HELP,
  ],
  options: { 'certificate-sha256': { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const [identity] = await identities();
    if (identity === undefined) {
      throw usageError(
        'team sign needs --identity FILE: the lead’s identity file (`workbook keys new` makes one)',
      );
    }
    const certificate = optional(parsed, 'certificate-sha256');
    return withLock(file, async () => {
      const opened = await openWorkbook(file);
      const log = opened.bundle.operations;
      const context = commandContext(env.author, log);
      // The same task the app runs (Overview > The team): signed with the lead's key.
      const outcome = await signTeamRoster(context, identity, certificate);
      if (!outcome.ok) throw new CliError(`${file}: ${outcome.error.message}`);
      await saveWorkbook(
        file,
        opened.sealing,
        opened.bundle.manifest.inspectionId,
        [...log, ...outcome.data.operations],
        env.author,
        opened.bundle.parts,
      );
      return {
        json: { id: outcome.data.id },
        text: `${outcome.data.id} signed the team roster of ${file}; every change from now on must be signed.`,
      };
    });
  },
};

/** `workbook team add`: the lead adds a member to the roster, or changes their keys. */
export const teamAddCommand: Command = {
  name: 'team add',
  summary: 'as the lead, add a team member to the signed roster (or change their keys)',
  usage:
    'team add <file> --member NAME --signing-key "ssh-ed25519 …" [--key AGE_PUBLIC_KEY] [--certificate-sha256 HEX] --identity FILE [--json]',
  details: [
    'NAME is on the inspection’s team; their role on the roster is their role on the team. The',
    'signing key is theirs as `workbook keys show` or the app’s Settings print it; --key is their age',
    'public key. Signed with the lead’s --identity; only the roster’s lead may.',
    CERTIFICATE_HELP,
  ],
  options: {
    member: { type: 'string' },
    'signing-key': { type: 'string' },
    key: { type: 'string' },
    'certificate-sha256': { type: 'string' },
  },
  positionals: ['file'],
  async run(parsed, env) {
    const member = required(parsed, 'member');
    const signingKey = required(parsed, 'signing-key');
    const recipient = optional(parsed, 'key');
    const certificate = optional(parsed, 'certificate-sha256');
    return mutate(fileArgument(parsed), env, (context) =>
      addRosterMember(context, {
        member,
        signingKey,
        ...(recipient === undefined ? {} : { recipient }),
        ...(certificate === undefined ? {} : { certificateSha256: certificate }),
      }),
    );
  },
};

/** `workbook team remove`: the lead removes a member from the roster. */
export const teamRemoveCommand: Command = {
  name: 'team remove',
  summary: 'as the lead, remove a member from the signed roster: their later changes are refused',
  usage: 'team remove <file> --member NAME --identity FILE [--json]',
  details: ['Their changes made before stay (signed by them then); any made after are refused.'],
  options: { member: { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const member = required(parsed, 'member');
    return mutate(fileArgument(parsed), env, (context) => removeRosterMember(context, member));
  },
};
