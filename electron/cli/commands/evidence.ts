import { evidenceFindings, evidenceKinds } from '../../../shared/domain';
import { addEvidence, editEvidence, withdrawEvidence } from '../../../shared/workbook';
import {
  date,
  fileArgument,
  flag,
  list,
  oneOf,
  optional,
  required,
  type Command,
  type Parsed,
} from '../command';
import { usageError } from '../errors';
import { mutate } from '../mutate';
import { openWorkbook } from '../store';

/** `workbook evidence add`: records one evidence item. */
export const evidenceAddCommand: Command = {
  name: 'evidence add',
  summary: 'record an evidence item from the council or a delegated provider',
  usage: `evidence add <file> --source council|PROVIDER_ID --area AREA… --finding strength|improvement|concern --text TEXT [--kind ${evidenceKinds.join('|')}] [--child ID]… [--criterion ITEM_ID]… [--date DATE]`,
  details: [
    'AREA: overall, leaders, help-and-protection, children-in-care, care-leavers,',
    '      children-in-care-and-care-leavers (ilacs-2018).',
    '      Only the areas this inspection judges are accepted (no overall under ilacs-2026,',
    '      except in a self-assessment).',
    '--date is the date the evidence relates to (default: today; never after today);',
    '--kind defaults to document.',
    '--criterion ticks a checklist item of the framework against this evidence.',
    'Prints the new evidence id.',
  ],
  options: {
    source: { type: 'string' },
    area: { type: 'string', multiple: true },
    finding: { type: 'string' },
    text: { type: 'string' },
    kind: { type: 'string' },
    child: { type: 'string', multiple: true },
    criterion: { type: 'string', multiple: true },
    date: { type: 'string' },
  },
  positionals: ['file'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const areas = list(parsed, 'area');
    if (areas.length === 0) throw usageError('--area is required (one or more)');
    const relatesTo = optional(parsed, 'date');
    const input = {
      source: required(parsed, 'source'),
      areas,
      finding: oneOf(required(parsed, 'finding'), evidenceFindings, 'Finding'),
      text: required(parsed, 'text'),
      kind: oneOf(optional(parsed, 'kind') ?? 'document', evidenceKinds, 'Kind'),
      childIds: list(parsed, 'child'),
      checklistItems: list(parsed, 'criterion'),
      ...(relatesTo === undefined ? {} : { relatesTo: date(relatesTo, '--date') }),
    };
    return mutate(file, env, (context) => addEvidence(context, input));
  },
};

/** `workbook evidence list`: every evidence item, in the order recorded. */
export const evidenceListCommand: Command = {
  name: 'evidence list',
  summary: 'list the evidence recorded, with its source, areas, finding and author',
  usage: 'evidence list <file> [--json]',
  details: [
    'Items are listed in the order they were recorded; source is "council" or a provider id.',
    'A withdrawn item is listed, marked withdrawn with who, when and why.',
  ],
  options: {},
  positionals: ['file'],
  async run(parsed) {
    const { workbook } = await openWorkbook(fileArgument(parsed));
    const names = new Map<string, string>([['council', workbook.inspection.council.name]]);
    for (const provider of workbook.providers) names.set(provider.id, provider.name);
    const evidence = workbook.evidence.map((item) => ({
      id: item.id,
      source: item.source,
      kind: item.kind,
      areas: item.areas,
      finding: item.finding,
      text: item.text,
      relatesTo: item.relatesTo,
      recordedAt: item.recordedAt,
      author: item.author,
      childIds: item.childIds,
      checklistItems: item.checklistItems,
      withdrawn: item.withdrawn ?? null,
    }));
    const text =
      evidence.length === 0
        ? 'No evidence yet.'
        : evidence
            .map(
              (e) =>
                `${e.id}${e.withdrawn === null ? '' : `  WITHDRAWN by ${e.withdrawn.by} on ${e.withdrawn.at.slice(0, 10)}: ${e.withdrawn.reason}`}  ${e.relatesTo}  ${names.get(e.source) ?? e.source}  ${e.kind}  ${e.finding}  [${e.areas.join(', ')}]  by ${e.author}${e.childIds.length === 0 ? '' : `  children: ${e.childIds.join(', ')}`}\n    ${e.text}`,
            )
            .join('\n');
    return { json: { evidence }, text };
  },
};

/** The item id, the second positional. */
function evidenceId(parsed: Parsed): string {
  const id = parsed.positionals[1];
  if (id === undefined) throw usageError('the evidence id is missing');
  return id;
}

/** `workbook evidence edit`: changes an evidence item's fields. */
export const evidenceEditCommand: Command = {
  name: 'evidence edit',
  summary: 'change an evidence item; only the fields given change',
  usage: `evidence edit <file> <evidence-id> [--source council|PROVIDER_ID] [--area AREA]… [--finding strength|improvement|concern] [--text TEXT] [--kind ${evidenceKinds.join('|')}] [--child ID]… [--no-children] [--criterion ITEM_ID]… [--no-criteria] [--date DATE] [--json]`,
  details: [
    'Only the flags given change; a field given its current value records nothing.',
    '--area, --child and --criterion (repeatable) replace the item’s list; --no-children and --no-criteria empty it.',
    'A withdrawn item cannot be changed. Prints the evidence id.',
  ],
  options: {
    source: { type: 'string' },
    area: { type: 'string', multiple: true },
    finding: { type: 'string' },
    text: { type: 'string' },
    kind: { type: 'string' },
    child: { type: 'string', multiple: true },
    'no-children': { type: 'boolean' },
    criterion: { type: 'string', multiple: true },
    'no-criteria': { type: 'boolean' },
    date: { type: 'string' },
  },
  positionals: ['file', 'evidence-id'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const id = evidenceId(parsed);
    const areas = list(parsed, 'area');
    const children = list(parsed, 'child');
    const criteria = list(parsed, 'criterion');
    if (children.length > 0 && flag(parsed, 'no-children'))
      throw usageError('give --child or --no-children, not both');
    if (criteria.length > 0 && flag(parsed, 'no-criteria'))
      throw usageError('give --criterion or --no-criteria, not both');
    const text = optional(parsed, 'text');
    if (text?.trim() === '') throw usageError('--text cannot be blank');
    const source = optional(parsed, 'source');
    const finding = optional(parsed, 'finding');
    const kind = optional(parsed, 'kind');
    const relatesTo = optional(parsed, 'date');
    const input = {
      id,
      ...(source === undefined ? {} : { source }),
      ...(areas.length === 0 ? {} : { areas }),
      ...(finding === undefined ? {} : { finding: oneOf(finding, evidenceFindings, 'Finding') }),
      ...(text === undefined ? {} : { text }),
      ...(kind === undefined ? {} : { kind: oneOf(kind, evidenceKinds, 'Kind') }),
      ...(children.length > 0 ? { childIds: children } : {}),
      ...(flag(parsed, 'no-children') ? { childIds: [] } : {}),
      ...(criteria.length > 0 ? { checklistItems: criteria } : {}),
      ...(flag(parsed, 'no-criteria') ? { checklistItems: [] } : {}),
      ...(relatesTo === undefined ? {} : { relatesTo: date(relatesTo, '--date') }),
    };
    return mutate(file, env, (context) => editEvidence(context, input));
  },
};

/** `workbook evidence withdraw`: marks an item withdrawn, keeping it in the log. */
export const evidenceWithdrawCommand: Command = {
  name: 'evidence withdraw',
  summary: 'withdraw an evidence item: kept and listed, but no longer counted',
  usage: 'evidence withdraw <file> <evidence-id> --reason TEXT [--json]',
  details: [
    'The item stays in the workbook and its log, marked withdrawn with who, when and why;',
    'it no longer counts towards criteria, contributions or the evidence a report rests on.',
    'Prints the evidence id.',
  ],
  options: { reason: { type: 'string' } },
  positionals: ['file', 'evidence-id'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const id = evidenceId(parsed);
    const reason = required(parsed, 'reason');
    if (reason.trim() === '') throw usageError('--reason cannot be blank');
    return mutate(file, env, (context) => withdrawEvidence(context, { id, reason }));
  },
};
