import { auditTrail, restoreChange } from '../../../shared/workbook';
import { fileArgument, optional, required, type Command } from '../command';
import { mutate } from '../mutate';
import { openWorkbook } from '../store';

/** `workbook log`: the audit trail. */
export const logCommand: Command = {
  name: 'log',
  summary: 'show the audit trail: who changed what, when, old → new',
  usage: 'log <file> [--entity TYPE] [--id ID] [--json]',
  details: [
    'TYPE: inspection, provider, evidence, judgement, finding, improvement, priority-action,',
    'acceptance, summary, import, company-link, conflict-review, report-version.',
  ],
  options: { entity: { type: 'string' }, id: { type: 'string' } },
  positionals: ['file'],
  async run(parsed) {
    const { bundle } = await openWorkbook(fileArgument(parsed));
    const entity = optional(parsed, 'entity');
    const id = optional(parsed, 'id');
    const entries = auditTrail(bundle.operations, {
      ...(entity === undefined ? {} : { entity }),
      ...(id === undefined ? {} : { id }),
    });
    const text = entries
      .map(
        (e) =>
          `${e.at}  ${e.author}  ${e.entity} ${e.id} ${e.field}: ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}  (${e.opId})`,
      )
      .join('\n');
    return { json: { entries }, text: text === '' ? 'No changes.' : text };
  },
};

/** `workbook restore`: re-applies an earlier change's value. */
export const restoreCommand: Command = {
  name: 'restore',
  summary: 'put back the value an earlier change set (e.g. the losing side of a merge clash)',
  usage: 'restore <file> --op OP_ID',
  details: ['Find the change with `workbook log` or in `merge --json` (kept.op / other.op).'],
  options: { op: { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const opId = required(parsed, 'op');
    return mutate(fileArgument(parsed), env, (context) => restoreChange(context, opId));
  },
};
