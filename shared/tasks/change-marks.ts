import type { Operation } from '../bundle';
import { verifyLog } from '../workbook/signed-log';

/*
 * The verified mark a history shows beside each change, as `workbook log`
 * marks it: verified when its signature, by its author's key on the team
 * roster, checks out; not verified otherwise (a change made before the lead
 * signed the roster, which the lead's seal covers but no one signed).
 */

/** Which changes of a log carry the verified mark. */
export type ChangeMarks = {
  /** Whether the lead has signed the roster (otherwise no change is verified). */
  readonly signed: boolean;
  /** The ids of the changes whose signature checked out against the roster. */
  readonly verified: ReadonlySet<string>;
};

// A log is append-only and every write makes a new array, so a checked array never changes.
const checked = new WeakMap<readonly Operation[], ChangeMarks>();

/** The marks of `operations` if they were already checked, without checking them. */
export function knownChangeMarks(operations: readonly Operation[]): ChangeMarks | undefined {
  return checked.get(operations);
}

/** The marks of `operations`, checked as opening a bundle checks them (once per log). */
export function changeMarks(operations: readonly Operation[]): ChangeMarks {
  const known = checked.get(operations);
  if (known !== undefined) return known;
  const verification = verifyLog(operations);
  const marks: ChangeMarks = {
    signed: verification.signed,
    verified: new Set([...verification.verified].map((op) => op.id)),
  };
  checked.set(operations, marks);
  return marks;
}
