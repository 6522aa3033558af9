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

/** What a command made: the id of what it created or changed, and the new operations. */
export type CommandOutcome = { readonly id: string; readonly operations: readonly Operation[] };

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
  return ok({ id, operations });
}

/** The current workbook, or the reason there is none yet. */
export function currentWorkbook(context: CommandContext): Result<Workbook> {
  return workbookFromOperations(context.operations);
}

/** Drops the `null`s the recorder returns for unchanged fields. */
export function present(operations: readonly (Operation | null)[]): Operation[] {
  return operations.filter((op): op is Operation => op !== null);
}

/** Refuses with a code and message. */
export function refuse(code: string, message: string): Result<never> {
  return err(code, message);
}
