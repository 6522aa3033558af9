import type { ImprovementTag } from '../domain';
import type { Result } from '../util/result';
import {
  checked,
  currentWorkbook,
  present,
  refuse,
  type CommandContext,
  type CommandOutcome,
} from './context';
import { entityTypes, SUMMARY_ID } from './entities';
import { knownEvidence } from './finding-commands';

/** Sets the report's one headline summary. */
export function setSummary(context: CommandContext, text: string): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const exists = context.operations.some((op) => op.entity === entityTypes.summary);
  const operations = exists
    ? present([
        context.recorder.change({
          entity: entityTypes.summary,
          id: SUMMARY_ID,
          field: 'text',
          value: text,
        }),
      ])
    : context.recorder.create(entityTypes.summary, SUMMARY_ID, { text });
  return checked(context, SUMMARY_ID, operations);
}

/** What `workbook finding add` asks for. */
export type AddFindingInput = {
  readonly area: string;
  readonly text: string;
  readonly evidenceIds?: readonly string[];
  readonly actionTaken?: string;
};

/** Adds a finding at the end of its area's section: one numbered paragraph of the report. */
export function addFinding(
  context: CommandContext,
  input: AddFindingInput,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  if (input.text.trim() === '') {
    return refuse('finding.blank', 'A finding needs its text: write the paragraph.');
  }
  const evidence = knownEvidence(workbook.data, input.evidenceIds ?? []);
  if (!evidence.ok) return evidence;
  const orders = workbook.data.findings.filter((f) => f.area === input.area).map((f) => f.order);
  const id = context.newId('fin');
  const operations = context.recorder.create(entityTypes.finding, id, {
    area: input.area,
    order: orders.length === 0 ? 1 : Math.max(...orders) + 1,
    text: input.text.trim(),
    evidenceIds: evidence.data,
    ...(input.actionTaken === undefined ? {} : { actionTaken: input.actionTaken }),
  });
  return checked(context, id, operations);
}

/** Adds a "What needs to improve?" item, optionally tagged to the national framework. */
export function addImprovement(
  context: CommandContext,
  text: string,
  tag?: ImprovementTag,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const id = context.newId('imp');
  const operations = context.recorder.create(entityTypes.improvement, id, {
    text,
    ...(tag === undefined ? {} : { tag }),
  });
  return checked(context, id, operations);
}

/** Adds an area for priority action (monitoring and focused visits). */
export function addPriorityAction(context: CommandContext, text: string): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const id = context.newId('pa');
  const operations = context.recorder.create(entityTypes.priorityAction, id, { text });
  return checked(context, id, operations);
}
