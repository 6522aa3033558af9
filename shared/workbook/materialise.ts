import { materialise, type Operation } from '../bundle';
import { parseWorkbook, type Workbook } from '../domain';
import { err, type Result } from '../util/result';
import { entityTypes, SUMMARY_ID } from './entities';

type Records = { readonly [id: string]: { readonly [field: string]: unknown } };

function withIds(records: Records | undefined): unknown[] {
  return Object.entries(records ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
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
  const inspections = withIds(state[entityTypes.inspection]);
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
    providers: withIds(state[entityTypes.provider]),
    evidence: withIds(state[entityTypes.evidence]),
    judgements: values(state[entityTypes.judgement]),
    summary: typeof summary === 'string' ? summary : '',
    findings: withIds(state[entityTypes.finding]),
    improvements: withIds(state[entityTypes.improvement]),
    priorityActions: withIds(state[entityTypes.priorityAction]),
    acceptances: values(state[entityTypes.acceptance]),
  });
}
