import type { ImprovementTag } from '../../../shared/domain';
import {
  addFinding,
  addImprovement,
  addPriorityAction,
  setSummary,
} from '../../../shared/workbook';
import { fileArgument, list, optional, required, type Command } from '../command';
import { usageError } from '../errors';
import { mutate } from '../mutate';

/** `workbook summary set`: the report's headline summary. */
export const summarySetCommand: Command = {
  name: 'summary set',
  summary: 'set the report’s headline summary',
  usage: 'summary set <file> --text TEXT',
  options: { text: { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const text = required(parsed, 'text');
    return mutate(fileArgument(parsed), env, (context) => setSummary(context, text));
  },
};

/** `workbook finding add`: one numbered paragraph of an area's section. */
export const findingAddCommand: Command = {
  name: 'finding add',
  summary: 'add a finding (a numbered report paragraph) to an area',
  usage: 'finding add <file> --area AREA --text TEXT [--evidence ID]… [--action TEXT]',
  details: [
    '--action records action taken by leaders during the inspection.',
    'Prints the new finding id.',
  ],
  options: {
    area: { type: 'string' },
    text: { type: 'string' },
    evidence: { type: 'string', multiple: true },
    action: { type: 'string' },
  },
  positionals: ['file'],
  async run(parsed, env) {
    const action = optional(parsed, 'action');
    const input = {
      area: required(parsed, 'area'),
      text: required(parsed, 'text'),
      evidenceIds: list(parsed, 'evidence'),
      ...(action === undefined ? {} : { actionTaken: action }),
    };
    return mutate(fileArgument(parsed), env, (context) => addFinding(context, input));
  },
};

/** Parses `outcome-3` or `enabler-2` into a national-framework tag. */
export function parseTag(text: string): ImprovementTag {
  const match = /^(outcome-[1-4]|enabler-[1-3])$/.exec(text);
  if (match === null) {
    throw usageError(
      `--tag "${text}" is not a national-framework tag: use outcome-1…outcome-4 or enabler-1…enabler-3`,
    );
  }
  const [kind, number] = text.split('-');
  return { kind: kind === 'outcome' ? 'outcome' : 'enabler', number: Number(number) };
}

/** `workbook improve add`: a "What needs to improve?" item. */
export const improveAddCommand: Command = {
  name: 'improve add',
  summary: 'add a “What needs to improve?” item',
  usage: 'improve add <file> --text TEXT [--tag outcome-N|enabler-N]',
  details: ['--tag links the item to a national-framework outcome (1–4) or enabler (1–3).'],
  options: { text: { type: 'string' }, tag: { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const text = required(parsed, 'text');
    const tagText = optional(parsed, 'tag');
    const tag = tagText === undefined ? undefined : parseTag(tagText);
    return mutate(fileArgument(parsed), env, (context) => addImprovement(context, text, tag));
  },
};

/** `workbook priority add`: an area for priority action (visits). */
export const priorityAddCommand: Command = {
  name: 'priority add',
  summary: 'add an area for priority action (monitoring and focused visits)',
  usage: 'priority add <file> --text TEXT',
  options: { text: { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const text = required(parsed, 'text');
    return mutate(fileArgument(parsed), env, (context) => addPriorityAction(context, text));
  },
};
