import {
  editFinding,
  editImprovement,
  editPriorityAction,
  moveFinding,
  removeFinding,
  removeImprovement,
  removePriorityAction,
} from '../../../shared/workbook';
import {
  fileArgument,
  flag,
  list,
  optional,
  required,
  type Command,
  type Parsed,
} from '../command';
import { usageError } from '../errors';
import { mutate } from '../mutate';
import { parseTag } from './report-text';

/** The second positional: the id of the item to change. */
function idArgument(parsed: Parsed, what: string): string {
  const id = parsed.positionals[1];
  if (id === undefined || id.trim() === '') throw usageError(`the ${what} id is missing`);
  return id;
}

/** `workbook finding edit`: changes a finding; only the fields given are changed. */
export const findingEditCommand: Command = {
  name: 'finding edit',
  summary: 'change a finding’s text, evidence or action taken',
  usage: 'finding edit <file> <id> [--text TEXT] [--evidence ID]… [--no-evidence] [--action TEXT]',
  details: [
    'Only the fields given change; --evidence replaces the whole list, --no-evidence empties it.',
    '--action "" removes the note of action taken during the inspection.',
  ],
  options: {
    text: { type: 'string' },
    evidence: { type: 'string', multiple: true },
    'no-evidence': { type: 'boolean' },
    action: { type: 'string' },
  },
  positionals: ['file', 'id'],
  async run(parsed, env) {
    const id = idArgument(parsed, 'finding');
    const text = optional(parsed, 'text');
    const action = optional(parsed, 'action');
    const evidence = list(parsed, 'evidence');
    if (flag(parsed, 'no-evidence') && evidence.length > 0) {
      throw usageError('give either --evidence or --no-evidence, not both');
    }
    const evidenceIds = flag(parsed, 'no-evidence')
      ? []
      : evidence.length > 0
        ? evidence
        : undefined;
    if (text === undefined && action === undefined && evidenceIds === undefined) {
      throw usageError('nothing to change: give --text, --evidence, --no-evidence or --action');
    }
    const input = {
      id,
      ...(text === undefined ? {} : { text }),
      ...(evidenceIds === undefined ? {} : { evidenceIds }),
      ...(action === undefined ? {} : { actionTaken: action }),
    };
    return mutate(fileArgument(parsed), env, (context) => editFinding(context, input));
  },
};

/** `workbook finding remove`: removes a finding (kept in the log). */
export const findingRemoveCommand: Command = {
  name: 'finding remove',
  summary: 'remove a finding; the area’s paragraphs are renumbered',
  usage: 'finding remove <file> <id>',
  details: ['The removal is recorded in the log, so `log` still shows the finding.'],
  options: {},
  positionals: ['file', 'id'],
  async run(parsed, env) {
    const id = idArgument(parsed, 'finding');
    return mutate(fileArgument(parsed), env, (context) => removeFinding(context, id));
  },
};

/** `workbook finding move`: moves a finding up or down within its area. */
export const findingMoveCommand: Command = {
  name: 'finding move',
  summary: 'move a finding one place up or down within its area',
  usage: 'finding move <file> <id> --up|--down',
  options: { up: { type: 'boolean' }, down: { type: 'boolean' } },
  positionals: ['file', 'id'],
  async run(parsed, env) {
    const id = idArgument(parsed, 'finding');
    const up = flag(parsed, 'up');
    if (up === flag(parsed, 'down')) throw usageError('give exactly one of --up or --down');
    return mutate(fileArgument(parsed), env, (context) =>
      moveFinding(context, id, up ? 'up' : 'down'),
    );
  },
};

/** `workbook improve edit`: changes a "What needs to improve?" item. */
export const improveEditCommand: Command = {
  name: 'improve edit',
  summary: 'change a “What needs to improve?” item’s text or tag',
  usage: 'improve edit <file> <id> [--text TEXT] [--tag outcome-N|enabler-N] [--no-tag]',
  options: { text: { type: 'string' }, tag: { type: 'string' }, 'no-tag': { type: 'boolean' } },
  positionals: ['file', 'id'],
  async run(parsed, env) {
    const id = idArgument(parsed, 'improvement');
    const text = optional(parsed, 'text');
    const tagText = optional(parsed, 'tag');
    if (tagText !== undefined && flag(parsed, 'no-tag')) {
      throw usageError('give either --tag or --no-tag, not both');
    }
    const tag = flag(parsed, 'no-tag')
      ? null
      : tagText === undefined
        ? undefined
        : parseTag(tagText);
    if (text === undefined && tag === undefined) {
      throw usageError('nothing to change: give --text, --tag or --no-tag');
    }
    const input = {
      id,
      ...(text === undefined ? {} : { text }),
      ...(tag === undefined ? {} : { tag }),
    };
    return mutate(fileArgument(parsed), env, (context) => editImprovement(context, input));
  },
};

/** `workbook improve remove`: removes a "What needs to improve?" item. */
export const improveRemoveCommand: Command = {
  name: 'improve remove',
  summary: 'remove a “What needs to improve?” item',
  usage: 'improve remove <file> <id>',
  options: {},
  positionals: ['file', 'id'],
  async run(parsed, env) {
    const id = idArgument(parsed, 'improvement');
    return mutate(fileArgument(parsed), env, (context) => removeImprovement(context, id));
  },
};

/** `workbook priority edit`: changes an area for priority action. */
export const priorityEditCommand: Command = {
  name: 'priority edit',
  summary: 'change an area for priority action',
  usage: 'priority edit <file> <id> --text TEXT',
  options: { text: { type: 'string' } },
  positionals: ['file', 'id'],
  async run(parsed, env) {
    const id = idArgument(parsed, 'area for priority action');
    const text = required(parsed, 'text');
    return mutate(fileArgument(parsed), env, (context) => editPriorityAction(context, id, text));
  },
};

/** `workbook priority remove`: removes an area for priority action. */
export const priorityRemoveCommand: Command = {
  name: 'priority remove',
  summary: 'remove an area for priority action',
  usage: 'priority remove <file> <id>',
  options: {},
  positionals: ['file', 'id'],
  async run(parsed, env) {
    const id = idArgument(parsed, 'area for priority action');
    return mutate(fileArgument(parsed), env, (context) => removePriorityAction(context, id));
  },
};
