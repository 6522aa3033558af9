import { access } from 'node:fs/promises';
import { frameworkIds, inspectionKindIds, type TeamMember } from '../../../shared/domain';
import { createInspection, setMemberKey } from '../../../shared/workbook';
import type { Operation } from '../../../shared/bundle';
import { date, fileArgument, list, oneOf, optional, required, type Command } from '../command';
import { CliError, usageError } from '../errors';
import { commandContext, saveWorkbook, sealingForNew } from '../store';

/** Adds each `--member-key NAME=KEY` to a new log, refusing the first that is not right. */
function withMemberKeys(
  file: string,
  author: string,
  created: readonly Operation[],
  given: readonly string[],
): Operation[] {
  const operations = [...created];
  for (const pair of given) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) {
      // Not repeated: it may be a secret key given by mistake.
      throw usageError('--member-key: write each as NAME=AGE_PUBLIC_KEY');
    }
    const outcome = setMemberKey(commandContext(author, operations), {
      member: pair.slice(0, at),
      recipient: pair.slice(at + 1),
    });
    if (!outcome.ok) throw new CliError(`${file}: ${outcome.error.message} Nothing was written.`);
    operations.push(...outcome.data.operations);
  }
  return operations;
}

/** `workbook new`: creates a workbook file for one inspection. */
export const newCommand: Command = {
  name: 'new',
  summary: 'create a workbook for one inspection, visit or self-assessment',
  usage:
    'new <file> --council NAME --la-code CODE --kind ilacs-standard|ilacs-short|focused-visit|monitoring-visit|self-assessment [--framework ilacs-2026|ilacs-2023|ilacs-2018] [--on-site DATE] [--until DATE] [--lead NAME] [--inspector NAME]… [--officer NAME]… [--moderator NAME]… [--theme ID] [--member-key NAME=AGE_PUBLIC_KEY]…',
  details: [
    'Without --framework the on-site date decides; without --on-site, today.',
    '--until is the last day on site (default: the on-site date).',
    '--officer adds a council officer to the team (for a self-assessment).',
    '--moderator adds someone who may moderate grades beside the lead inspector.',
    '--theme is required for a focused visit, e.g. front-door, care-leavers.',
    '--member-key records a team member’s age public key (also `workbook team key`); the app',
    'encrypts the bundles it exports to the keys of the team.',
    'Prints the new inspection id.',
  ],
  options: {
    council: { type: 'string' },
    'la-code': { type: 'string' },
    kind: { type: 'string' },
    framework: { type: 'string' },
    'on-site': { type: 'string' },
    until: { type: 'string' },
    lead: { type: 'string' },
    inspector: { type: 'string', multiple: true },
    officer: { type: 'string', multiple: true },
    moderator: { type: 'string', multiple: true },
    theme: { type: 'string' },
    'member-key': { type: 'string', multiple: true },
  },
  positionals: ['file'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const kind = oneOf(required(parsed, 'kind'), inspectionKindIds, 'Kind');
    const frameworkText = optional(parsed, 'framework');
    const framework =
      frameworkText === undefined ? undefined : oneOf(frameworkText, frameworkIds, 'Framework');
    const start = date(optional(parsed, 'on-site') ?? env.today(), '--on-site');
    const end = date(optional(parsed, 'until') ?? start, '--until');
    const lead = optional(parsed, 'lead');
    const team: TeamMember[] = [
      ...(lead === undefined ? [] : [{ name: lead, role: 'lead' as const }]),
      ...list(parsed, 'inspector').map((name) => ({ name, role: 'inspector' as const })),
      ...list(parsed, 'officer').map((name) => ({ name, role: 'council-officer' as const })),
      ...list(parsed, 'moderator').map((name) => ({ name, role: 'moderator' as const })),
    ];
    const exists = await access(file).then(
      () => true,
      () => false,
    );
    if (exists)
      throw new CliError(`${file} already exists; choose another name or remove it first.`);
    const sealing = await sealingForNew();
    const context = commandContext(env.author, []);
    const theme = optional(parsed, 'theme');
    const outcome = createInspection(context, {
      kind,
      ...(framework === undefined ? {} : { framework }),
      council: { name: required(parsed, 'council'), laCode: required(parsed, 'la-code') },
      onSite: { start, end },
      team,
      ...(theme === undefined ? {} : { theme }),
    });
    if (!outcome.ok) throw new CliError(`${file}: ${outcome.error.message}`);
    const operations = withMemberKeys(
      file,
      env.author,
      outcome.data.operations,
      list(parsed, 'member-key'),
    );
    await saveWorkbook(file, sealing, outcome.data.id, operations, env.author);
    return { json: { id: outcome.data.id }, text: outcome.data.id };
  },
};
