import { acceptRule, moderate, setGrade } from '../../../shared/workbook';
import { fileArgument, list, required, type Command } from '../command';
import { mutate } from '../mutate';

/** `workbook grade`: grades one judgement area. */
export const gradeCommand: Command = {
  name: 'grade',
  summary: 'grade one judgement area, with a rationale',
  usage:
    'grade <file> --area AREA --grade outstanding|good|requires-improvement|inadequate --rationale TEXT [--evidence ID]…',
  details: [
    'An area the framework does not grade (such as overall under ilacs-2026) is refused,',
    'as is any grade on a focused or monitoring visit.',
    'Regrading an area someone else prepared records you as its moderator; only the lead',
    'inspector or a moderator on the team (workbook new --moderator) may.',
  ],
  options: {
    area: { type: 'string' },
    grade: { type: 'string' },
    rationale: { type: 'string' },
    evidence: { type: 'string', multiple: true },
  },
  positionals: ['file'],
  async run(parsed, env) {
    const evidenceIds = list(parsed, 'evidence');
    const input = {
      area: required(parsed, 'area'),
      grade: required(parsed, 'grade'),
      rationale: required(parsed, 'rationale'),
      ...(evidenceIds.length === 0 ? {} : { evidenceIds }),
    };
    return mutate(fileArgument(parsed), env, (context) => setGrade(context, input));
  },
};

/** `workbook moderate`: records a moderation of an area's grade. */
export const moderateCommand: Command = {
  name: 'moderate',
  summary: 'record that you moderated an area’s grade',
  usage: 'moderate <file> --area AREA',
  details: [
    'Only the lead inspector or a moderator on the team may moderate.',
    'The same person preparing and moderating a grade is noted by `judge`.',
  ],
  options: { area: { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const area = required(parsed, 'area');
    return mutate(fileArgument(parsed), env, (context) => moderate(context, area));
  },
};

/** `workbook accept`: accepts a limiting-rule warning with a rationale. */
export const acceptCommand: Command = {
  name: 'accept',
  summary: 'accept a limiting-rule warning, with a rationale',
  usage: 'accept <file> --rule ID --rationale TEXT',
  details: [
    'Rules: overall-below-worst, overall-above-worst-plus-one, experiences-inadequate, leaders-inadequate.',
    'The warning stays visible in `judge`, marked as accepted by you.',
  ],
  options: { rule: { type: 'string' }, rationale: { type: 'string' } },
  positionals: ['file'],
  async run(parsed, env) {
    const rule = required(parsed, 'rule');
    const rationale = required(parsed, 'rationale');
    return mutate(fileArgument(parsed), env, (context) => acceptRule(context, rule, rationale));
  },
};
