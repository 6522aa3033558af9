import { evidenceFindings, evidenceKinds } from '../../../shared/domain';
import { addEvidence } from '../../../shared/workbook';
import { date, fileArgument, list, oneOf, optional, required, type Command } from '../command';
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
    '--date is the date the evidence relates to (default: today); --kind defaults to document.',
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
    }));
    const text =
      evidence.length === 0
        ? 'No evidence yet.'
        : evidence
            .map(
              (e) =>
                `${e.id}  ${e.relatesTo}  ${names.get(e.source) ?? e.source}  ${e.kind}  ${e.finding}  [${e.areas.join(', ')}]  by ${e.author}${e.childIds.length === 0 ? '' : `  children: ${e.childIds.join(', ')}`}\n    ${e.text}`,
            )
            .join('\n');
    return { json: { evidence }, text };
  },
};
