import {
  decideLink,
  importedRecords,
  reviewFlag,
  reviewStatuses,
  runConflicts,
  undoLink,
} from '../../../shared/workbook';
import { fileArgument, flag, oneOf, optional, required, type Command } from '../command';
import { usageError } from '../errors';
import { mutate } from '../mutate';
import { openWorkbook } from '../store';

/** `workbook conflicts`: placements whose setting a delegated provider (or its group) owns. */
export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: 'find placements in settings owned by a delegated provider or its corporate group',
  usage: 'conflicts <file> [--json]',
  details: [
    'Follows every placement (903 episodes, Annex A List 8) by URN to its setting, owner, company and',
    'group (Ofsted provider lists and Companies House files imported for the whole inspection, and',
    'the links people confirmed), and flags same-entity and same-group ties with each delegated',
    'provider. Looser matches are leads, never flags.',
  ],
  options: {},
  positionals: ['file'],
  async run(parsed) {
    const { workbook, bundle } = await openWorkbook(fileArgument(parsed));
    const report = runConflicts(
      workbook,
      bundle.operations,
      importedRecords(bundle.operations, bundle.parts),
    );
    const lines = [
      `Placements in ${report.year.start} to ${report.year.end}: ${report.conflicts.length} flag(s), ${report.leads.length} lead(s).`,
      ...report.conflicts.map(
        (c) =>
          `  [${c.severity}] ${c.kind}: ${c.delegatedProvider.name} — ${c.setting.name ?? c.setting.urn} (${c.setting.urn}), owner ${c.owner.name}: ${c.children.length} children, ${c.days} days${c.review === null ? '' : ` (${c.review.status} by ${c.review.by}: ${c.review.reason})`}\n      id ${c.id}`,
      ),
      ...report.leads.map(
        (l) =>
          `  lead: ${l.delegatedProvider.name} — ${l.setting.name ?? l.setting.urn}: ${l.reason}`,
      ),
    ];
    return { json: report, text: lines.join('\n') };
  },
};

/** `workbook link`: confirm or reject a link between a name and a company, or undo that. */
export const linkCommand: Command = {
  name: 'link',
  summary: 'confirm (or --reject, or --undo) that an owner name is a Companies House company',
  usage: 'link <file> --owner NAME --company NUMBER [--reject | --undo]',
  details: [
    'Proposed links never count until confirmed; a rejected link also stops name matches and leads.',
    '--undo returns a confirmed or rejected link to undecided; the decision stays in the log.',
  ],
  options: {
    owner: { type: 'string' },
    company: { type: 'string' },
    reject: { type: 'boolean' },
    undo: { type: 'boolean' },
  },
  positionals: ['file'],
  async run(parsed, env) {
    const owner = required(parsed, 'owner');
    const company = required(parsed, 'company');
    if (flag(parsed, 'undo')) {
      if (flag(parsed, 'reject'))
        throw usageError('give --reject or --undo, not both: --undo forgets either decision');
      return mutate(fileArgument(parsed), env, (context) => undoLink(context, { owner, company }));
    }
    const decision = flag(parsed, 'reject') ? ('rejected' as const) : ('confirmed' as const);
    return mutate(fileArgument(parsed), env, (context) =>
      decideLink(context, { owner, company, decision }),
    );
  },
};

/** `workbook review`: mark a flag reviewed, with a reason. */
export const reviewCommand: Command = {
  name: 'review',
  summary: 'mark a conflict flag reviewed, with the reason (e.g. how the contract manages it)',
  usage: `review <file> --flag ID --reason TEXT [--status ${reviewStatuses.join('|')}]`,
  details: [
    'confirmed (the default): a conflict; mitigated: a conflict with mitigation in place;',
    'dismissed: not a conflict. Reviewing a flag again changes its review; the log keeps each one.',
  ],
  options: { flag: { type: 'string' }, reason: { type: 'string' }, status: { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const flagId = required(parsed, 'flag');
    const reason = required(parsed, 'reason');
    const status = oneOf(optional(parsed, 'status') ?? 'confirmed', reviewStatuses, '--status');
    return mutate(fileArgument(parsed), env, (context) =>
      reviewFlag(context, flagId, reason, status),
    );
  },
};
