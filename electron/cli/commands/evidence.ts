import { evidenceFindings, evidenceKinds } from '../../../shared/domain';
import { addEvidence } from '../../../shared/workbook';
import { date, fileArgument, list, oneOf, optional, required, type Command } from '../command';
import { usageError } from '../errors';
import { mutate } from '../mutate';

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
