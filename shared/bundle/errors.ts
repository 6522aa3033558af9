/**
 * Errors raised by the bundle layer. Both carry a stable `code` and a message
 * that says what went wrong and what to do, so they fit `WorkbookErrorInfo`
 * (shared/util/result.ts) as they are. `name` is set explicitly, as GOV.UK
 * Frontend's coding standards ask, so it survives minification.
 */

/** Why a bundle could not be read, written or merged. */
export type BundleErrorCode =
  | 'not-a-zip'
  | 'corrupt-zip'
  | 'too-large'
  | 'unexpected-part'
  | 'duplicate-part'
  | 'missing-part'
  | 'not-a-bundle'
  | 'newer-version'
  | 'invalid-manifest'
  | 'invalid-operation'
  | 'duplicate-operation'
  | 'unknown-entity'
  | 'invalid-record'
  | 'invalid-part'
  | 'part-conflict'
  | 'different-inspections'
  | 'part-altered'
  | 'future-operation'
  | 'manifest-mismatch';

/** Where in a bundle a problem was found. */
export type BundleErrorLocation = {
  /** The part (zip entry) at fault, e.g. `operations.jsonl` or `parts/attachments/a.pdf`. */
  readonly part: string;
  /** The field at fault, when one is known (a manifest key, an op key, a record field). */
  readonly field?: string | undefined;
  /** The 1-based line of `operations.jsonl`, when the problem is on one line. */
  readonly line?: number | undefined;
};

/**
 * A bundle is unreadable or cannot be combined. The message names the part
 * (and field or line) and tells the user what to do next.
 */
export class BundleError extends Error {
  override readonly name = 'BundleError';
  /** Stable machine-readable reason. */
  readonly code: BundleErrorCode;
  /** The part (zip entry) at fault. */
  readonly part: string;
  /** The field at fault, if any. */
  readonly field: string | undefined;
  /** The 1-based line in `operations.jsonl`, if any. */
  readonly line: number | undefined;

  /** Builds the error; `message` must already say what to do. */
  constructor(code: BundleErrorCode, location: BundleErrorLocation, message: string) {
    super(message);
    this.code = code;
    this.part = location.part;
    this.field = location.field;
    this.line = location.line;
  }
}

/** Why an operation could not be recorded, restored or merged. */
export type OperationErrorCode =
  | 'not-json'
  | 'invalid-change'
  | 'reserved-field'
  | 'entity-deleted'
  | 'entity-exists'
  | 'unknown-operation'
  | 'duplicate-id';

/**
 * A change or a log is inconsistent: a value that is not JSON, an edit to a
 * deleted entity, or two different log entries sharing one id.
 */
export class OperationError extends Error {
  override readonly name = 'OperationError';
  /** Stable machine-readable reason. */
  readonly code: OperationErrorCode;

  /** Builds the error; `message` must already say what to do. */
  constructor(code: OperationErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
