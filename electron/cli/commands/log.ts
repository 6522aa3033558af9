import { auditTrail, refusalOf, restoreChange, verifyLogFully } from '../../../shared/workbook';
import { CliError } from '../errors';
import { fileArgument, optional, required, type Command } from '../command';
import { mutate } from '../mutate';
import { openWorkbook } from '../store';

/** `workbook log`: the audit trail. */
export const logCommand: Command = {
  name: 'log',
  summary: 'show the audit trail: who changed what, when, old → new',
  usage: 'log <file> [--entity TYPE] [--id ID] [--json]',
  details: [
    'Each change is marked ✓ (verified: signed by its author’s key on the team roster) or ? (not).',
    'Every signature is checked; a forged, altered or unsigned change refuses the file.',
    'TYPE: inspection, provider, evidence, judgement, finding, improvement, priority-action,',
    'acceptance, summary, import, company-link, conflict-review, report-version, member-key,',
    'roster-member, roster-seal.',
  ],
  options: { entity: { type: 'string' }, id: { type: 'string' } },
  positionals: ['file'],
  async run(parsed) {
    const file = fileArgument(parsed);
    const { bundle } = await openWorkbook(file);
    // Opening checked each chain; `log` checks every signature itself as well.
    const verification = await verifyLogFully(bundle.operations);
    const refusal = refusalOf(verification);
    if (refusal !== undefined) throw new CliError(`${file}: ${refusal}`);
    const verified = new Set([...verification.verified].map((op) => op.id));
    const entity = optional(parsed, 'entity');
    const id = optional(parsed, 'id');
    const entries = auditTrail(bundle.operations, {
      ...(entity === undefined ? {} : { entity }),
      ...(id === undefined ? {} : { id }),
    }).map((entry) => ({ ...entry, verified: verified.has(entry.opId) }));
    const text = entries
      .map(
        (e) =>
          `${e.at}  ${e.verified ? '✓' : '?'} ${e.author}  ${e.entity} ${e.id} ${e.field}: ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}  (${e.opId})`,
      )
      .join('\n');
    const legend = verification.signed
      ? '✓ signed by its author’s key on the team roster; ? made before the lead signed the roster (sealed by the lead, not signed).'
      : '? not verified: this workbook’s lead has not signed its team roster (`workbook team sign`), so who made each change is only what was typed.';
    return {
      json: { signed: verification.signed, entries },
      text: text === '' ? 'No changes.' : `${text}\n${legend}`,
    };
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
