import {
  compareOperations,
  DELETED_FIELD,
  fieldKey,
  sideOf,
  type ClashSide,
  type Operation,
} from './operation';
import { latestByField } from './state';

/**
 * Edits that a deletion hides. Last-writer-wins per field cannot see that
 * inspector B kept editing an item inspector A deleted: B's edits land in the
 * log but the entity stays hidden. An edit by another author whose HLC is
 * later than the deletion was certainly made without seeing it (the recorder
 * refuses edits to deleted entities, and observing the deletion moves the
 * clock past it), so it is listed for review rather than hidden silently.
 * An edit with an earlier HLC may also have been unseen by the deleter; with
 * only HLCs that cannot be told apart from one the deleter saw, so it is not listed.
 */
export type EditOfDeleted = {
  readonly entity: string;
  readonly id: string;
  /** The deletion currently in force. */
  readonly deletion: ClashSide;
  /** An edit made without seeing the deletion. */
  readonly edit: ClashSide & { readonly field: string };
  /** The op to `restore` to bring the entity back (the one the deletion replaced), if in the log. */
  readonly reviveOpId: string | null;
};

/** Lists edits hidden by a deletion their author had not seen, in a deterministic order. */
export function findEditsOfDeleted(operations: Iterable<Operation>): EditOfDeleted[] {
  const ops = [...operations];
  const latest = latestByField(ops);
  const byHlc = new Map<string, Operation>();
  for (const op of ops) {
    if (op.field === DELETED_FIELD)
      byHlc.set(`${fieldKey(op.entity, op.entityId, op.field)}${op.hlc}`, op);
  }
  const found: EditOfDeleted[] = [];
  for (const op of [...ops].sort(compareOperations)) {
    if (op.field === DELETED_FIELD) continue;
    const deletion = latest.get(fieldKey(op.entity, op.entityId, DELETED_FIELD));
    if (deletion?.value !== true || deletion.author === op.author) continue;
    if (compareOperations(op, deletion) < 0) continue;
    const revived =
      deletion.prev === null
        ? undefined
        : byHlc.get(`${fieldKey(op.entity, op.entityId, DELETED_FIELD)}${deletion.prev}`);
    found.push({
      entity: op.entity,
      id: op.entityId,
      deletion: sideOf(deletion),
      edit: { ...sideOf(op), field: op.field },
      reviveOpId: revived?.id ?? null,
    });
  }
  return found;
}
