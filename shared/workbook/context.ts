import type { Operation, Recorder } from '../bundle';
import type { Workbook } from '../domain';
import { err, ok, type Result } from '../util/result';
import { workbookFromOperations } from './materialise';

/**
 * What a command needs: the log so far, a recorder for the author's replica,
 * the author's name, the time, and a source of fresh ids (random, so two
 * inspectors working offline never mint the same id).
 */
export type CommandContext = {
  readonly operations: readonly Operation[];
  readonly recorder: Recorder;
  readonly author: string;
  /** The current time as an ISO 8601 timestamp. */
  readonly now: () => string;
  readonly newId: (prefix: string) => string;
};

/**
 * What a command made: the id of what it created or changed, the new
 * operations and, when the command checked it, the workbook they lead to
 * (so a caller need not fold the whole log again).
 */
export type CommandOutcome = {
  readonly id: string;
  readonly operations: readonly Operation[];
  readonly workbook?: Workbook;
};

/**
 * Accepts a command's operations only if the workbook they lead to is whole
 * and valid; otherwise the command is refused and nothing is written.
 */
export function checked(
  context: CommandContext,
  id: string,
  operations: readonly Operation[],
): Result<CommandOutcome> {
  const after = workbookFromOperations([...context.operations, ...operations]);
  if (!after.ok) return after;
  return ok({ id, operations, workbook: after.data });
}

// Folding a long log is the slow part of a command (about 0.5 s for 120,000
// operations), so the fold of a log is kept with the log's length: a log is
// only ever appended to (some callers push onto one array), so an equal
// length means the same log.
const folded = new WeakMap<readonly Operation[], { length: number; result: Result<Workbook> }>();

/** The current workbook, or the reason there is none yet. */
export function currentWorkbook(context: CommandContext): Result<Workbook> {
  const known = folded.get(context.operations);
  if (known !== undefined && known.length === context.operations.length) return known.result;
  const result = workbookFromOperations(context.operations);
  folded.set(context.operations, { length: context.operations.length, result });
  return result;
}

/** Tells {@link currentWorkbook} the fold of a log a caller has already checked. */
export function rememberFold(operations: readonly Operation[], workbook: Workbook): void {
  folded.set(operations, { length: operations.length, result: ok(workbook) });
}

/** Drops the `null`s the recorder returns for unchanged fields. */
export function present(operations: readonly (Operation | null)[]): Operation[] {
  return operations.filter((op): op is Operation => op !== null);
}

/** Refuses with a code and message. */
export function refuse(code: string, message: string): Result<never> {
  return err(code, message);
}
