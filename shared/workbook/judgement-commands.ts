import {
  acceptWarning,
  frameworkById,
  judge,
  validateGrade,
  warningRuleIds,
  type WarningRuleId,
} from '../domain';
import type { Result } from '../util/result';
import {
  checked,
  currentWorkbook,
  present,
  refuse,
  type CommandContext,
  type CommandOutcome,
} from './context';
import { entityTypes } from './entities';
import { areaName, mayModerate, moderatorsSentence } from './moderation';

/** What `workbook grade` asks for. */
export type SetGradeInput = {
  readonly area: string;
  readonly grade: string;
  readonly rationale: string;
  readonly evidenceIds?: readonly string[];
};

/**
 * Grades one area. The framework and kind of inspection decide which areas
 * may be graded (e.g. no overall effectiveness under ilacs-2026; no grades on
 * a focused or monitoring visit). The first person to grade an area prepared
 * it; its preparer may change it freely, and anyone else regrading it
 * moderates it, which only the lead inspector or a moderator on the team may
 * do (see {@link mayModerate}).
 */
export function setGrade(context: CommandContext, input: SetGradeInput): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const { inspection, judgements } = workbook.data;
  const valid = validateGrade(
    frameworkById(inspection.framework),
    inspection.kind,
    input.area,
    input.grade,
  );
  if (!valid.ok) return valid;
  const { area, grade } = valid.data;
  const existing = judgements.find((j) => j.area === area);
  const evidenceIds = [...new Set(input.evidenceIds ?? existing?.evidenceIds ?? [])];
  if (existing === undefined) {
    const operations = context.recorder.create(entityTypes.judgement, area, {
      area,
      grade,
      rationale: input.rationale,
      evidenceIds,
      preparedBy: context.author,
    });
    return checked(context, area, operations);
  }
  if (existing.preparedBy !== context.author && !mayModerate(inspection, context.author)) {
    return refuse(
      'grade.not-moderator',
      `${context.author} cannot change the grade ${existing.preparedBy} prepared for “${areaName(inspection, area)}”: ${moderatorsSentence(inspection)}`,
    );
  }
  const edit = (field: string, value: unknown) =>
    context.recorder.change({ entity: entityTypes.judgement, id: area, field, value });
  const operations = present([
    edit('grade', grade),
    edit('rationale', input.rationale),
    edit('evidenceIds', evidenceIds),
    existing.preparedBy === context.author ? null : edit('moderatedBy', context.author),
  ]);
  return checked(context, area, operations);
}

/**
 * Records that the author moderated an area's grade without changing it; only
 * the lead inspector or a moderator on the team may (see {@link mayModerate}).
 */
export function moderate(context: CommandContext, area: string): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  if (!workbook.data.judgements.some((j) => j.area === area)) {
    return refuse('moderate.no-grade', `"${area}" has no grade yet to moderate; grade it first.`);
  }
  const { inspection } = workbook.data;
  if (!mayModerate(inspection, context.author)) {
    return refuse(
      'moderate.not-moderator',
      `${context.author} cannot moderate the grade for “${areaName(inspection, area)}”: ${moderatorsSentence(inspection)}`,
    );
  }
  const op = context.recorder.change({
    entity: entityTypes.judgement,
    id: area,
    field: 'moderatedBy',
    value: context.author,
  });
  return checked(context, area, present([op]));
}

function isWarningRule(rule: string): rule is WarningRuleId {
  return warningRuleIds.some((id) => id === rule);
}

/**
 * Accepts a limiting-rule warning with a recorded rationale. Only a warning
 * that currently fires can be accepted; it then stays visible as accepted.
 */
export function acceptRule(
  context: CommandContext,
  rule: string,
  rationale: string,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  if (!isWarningRule(rule)) {
    return refuse(
      'accept.unknown-rule',
      `"${rule}" is not a warning. Warnings: ${warningRuleIds.join(', ')}.`,
    );
  }
  if (!judge(workbook.data).warnings.some((w) => w.rule === rule)) {
    return refuse(
      'accept.not-firing',
      `The warning "${rule}" does not fire on the current grades, so there is nothing to accept.`,
    );
  }
  const acceptance = { rule, rationale, by: context.author, at: context.now() };
  const allowed = acceptWarning(workbook.data.acceptances, acceptance);
  if (!allowed.ok) return allowed;
  const exists = workbook.data.acceptances.some((a) => a.rule === rule);
  const operations = exists
    ? present(
        Object.entries(acceptance).map(([field, value]) =>
          context.recorder.change({ entity: entityTypes.acceptance, id: rule, field, value }),
        ),
      )
    : context.recorder.create(entityTypes.acceptance, rule, acceptance);
  return checked(context, rule, operations);
}
