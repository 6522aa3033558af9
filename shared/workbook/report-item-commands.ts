import { inspectionKind, type ImprovementTag, type InspectionKindId } from '../domain';
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

/**
 * What `workbook improve edit` asks for. A field left out keeps its value;
 * `tag: null` removes the national-framework tag.
 */
export type EditImprovementInput = {
  readonly id: string;
  readonly text?: string;
  readonly tag?: ImprovementTag | null;
};

function unknownItem(code: string, what: string, id: string): Result<never> {
  return refuse(code, `There is no ${what} "${id}" in this workbook; check the id in the list.`);
}

/** Changes a "What needs to improve?" item's text or tag; only changed fields are recorded. */
export function editImprovement(
  context: CommandContext,
  input: EditImprovementInput,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const item = workbook.data.improvements.find((entry) => entry.id === input.id);
  if (item === undefined) return unknownItem('improvement.unknown', 'improvement', input.id);
  if (input.text !== undefined && input.text.trim() === '') {
    return refuse('improvement.blank', 'An improvement needs its text: say what must improve.');
  }
  const fields: Record<string, unknown> = {
    ...(input.text === undefined ? {} : { text: input.text.trim() }),
    ...(input.tag === undefined || (input.tag === null && item.tag === undefined)
      ? {}
      : { tag: input.tag }),
  };
  const operations = present(
    Object.entries(fields).map(([field, value]) =>
      context.recorder.change({ entity: entityTypes.improvement, id: item.id, field, value }),
    ),
  );
  return checked(context, item.id, operations);
}

/** Removes a "What needs to improve?" item; the deletion stays in the log. */
export function removeImprovement(context: CommandContext, id: string): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  if (!workbook.data.improvements.some((entry) => entry.id === id)) {
    return unknownItem('improvement.unknown', 'improvement', id);
  }
  return checked(context, id, present([context.recorder.remove(entityTypes.improvement, id)]));
}

/** Changes an area for priority action's text. */
export function editPriorityAction(
  context: CommandContext,
  id: string,
  text: string,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  if (!workbook.data.priorityActions.some((entry) => entry.id === id)) {
    return unknownItem('priority.unknown', 'area for priority action', id);
  }
  if (text.trim() === '') {
    return refuse('priority.blank', 'An area for priority action needs its text.');
  }
  const op = context.recorder.change({
    entity: entityTypes.priorityAction,
    id,
    field: 'text',
    value: text.trim(),
  });
  return checked(context, id, present([op]));
}

/** Removes an area for priority action; the deletion stays in the log. */
export function removePriorityAction(context: CommandContext, id: string): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  if (!workbook.data.priorityActions.some((entry) => entry.id === id)) {
    return unknownItem('priority.unknown', 'area for priority action', id);
  }
  return checked(context, id, present([context.recorder.remove(entityTypes.priorityAction, id)]));
}

/**
 * Whether this kind of inspection sets areas for priority action: monitoring
 * and focused visit letters do (Ofsted ILACS framework,
 * https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services); a full inspection report
 * does not.
 */
export function setsPriorityActions(kind: InspectionKindId): boolean {
  return inspectionKind(kind).hasPriorityActions;
}
