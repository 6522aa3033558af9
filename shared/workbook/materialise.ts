import { materialise, type Operation } from '../bundle';
import { parseWorkbook, type Workbook } from '../domain';
import { err, type Result } from '../util/result';
import { entityTypes, SUMMARY_ID } from './entities';

type Records = { readonly [id: string]: { readonly [field: string]: unknown } };

/** When each entity was first created (its first op), so lists keep the order people made them in. */
function creationOrder(operations: readonly Operation[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const op of operations) {
    const key = `${op.entity}\u0000${op.entityId}`;
    const seen = first.get(key);
    if (seen === undefined || op.hlc < seen) first.set(key, op.hlc);
  }
  return first;
}

function withIds(
  records: Records | undefined,
  entity: string,
  created: Map<string, string>,
): unknown[] {
  const at = (id: string) => created.get(`${entity}\u0000${id}`) ?? '';
  return Object.entries(records ?? {})
    .sort(([a], [b]) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([id, record]) => ({ ...record, id }));
}

function values(records: Records | undefined): unknown[] {
  return Object.entries(records ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, record]) => record);
}

/**
 * Folds the operation log into the domain's `Workbook` and checks it whole
 * (schemas and cross-references). A log holding no inspection, or more than
 * one, is refused: a bundle is the workbook of exactly one inspection.
 */
export function workbookFromOperations(operations: readonly Operation[]): Result<Workbook> {
  const state = materialise(operations);
  const created = creationOrder(operations);
  const list = (entity: string) => withIds(state[entity], entity, created);
  const inspections = list(entityTypes.inspection);
  if (inspections.length !== 1) {
    return err(
      'workbook.inspection-count',
      inspections.length === 0
        ? 'The workbook holds no inspection; create one with `workbook new`.'
        : `The workbook holds ${inspections.length} inspections; a workbook is for exactly one.`,
    );
  }
  const summary = state[entityTypes.summary]?.[SUMMARY_ID]?.['text'];
  return parseWorkbook({
    inspection: inspections[0],
    providers: list(entityTypes.provider),
    evidence: list(entityTypes.evidence),
    judgements: values(state[entityTypes.judgement]),
    summary: typeof summary === 'string' ? summary : '',
    findings: list(entityTypes.finding),
    improvements: list(entityTypes.improvement),
    priorityActions: list(entityTypes.priorityAction),
    acceptances: values(state[entityTypes.acceptance]),
  });
}
