import { history, type HistoryEntry, type Operation } from '../bundle';
import type { Result } from '../util/result';
import { checked, refuse, type CommandContext, type CommandOutcome } from './context';

/**
 * The audit trail: every change, oldest first — who, when, what, old → new —
 * for the whole workbook or one entity. The log is append-only, so nothing
 * that was ever recorded is missing from it.
 */
export function auditTrail(
  operations: readonly Operation[],
  filter: { readonly entity?: string; readonly id?: string } = {},
): HistoryEntry[] {
  const keys = new Map<string, { entity: string; id: string }>();
  for (const op of operations) {
    if (filter.entity !== undefined && op.entity !== filter.entity) continue;
    if (filter.id !== undefined && op.entityId !== filter.id) continue;
    keys.set(JSON.stringify([op.entity, op.entityId]), { entity: op.entity, id: op.entityId });
  }
  return [...keys.values()]
    .flatMap(({ entity, id }) => history(operations, entity, id))
    .sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}

/**
 * Puts back the value an earlier change set (for example the losing side of
 * a merge clash), as a new change by the current author.
 */
export function restoreChange(context: CommandContext, opId: string): Result<CommandOutcome> {
  const original = context.operations.find((op) => op.id === opId);
  if (original === undefined) {
    return refuse(
      'restore.unknown',
      `No change "${opId}" in this workbook; find it with \`workbook log\`.`,
    );
  }
  const op = context.recorder.restore(opId);
  if (op === null) {
    return refuse(
      'restore.unchanged',
      `The field already holds the value change ${opId} set; nothing to restore.`,
    );
  }
  return checked(context, `${original.entity}:${original.entityId}`, [op]);
}
