import { setMemberKey } from '../../../shared/workbook';
import { fileArgument, flag, optional, required, type Command } from '../command';
import { usageError } from '../errors';
import { mutate } from '../mutate';

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
      setMemberKey(context, { member, recipient: key ?? null }),
    );
  },
};
