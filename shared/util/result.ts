/**
 * A value or an error, never a throw. Used across the IPC boundary so that the
 * renderer never sees a rejected promise from the main process (the pattern of
 * Actual Budget's `sendCatch`).
 */
export type Result<T, E = WorkbookErrorInfo> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: E };

/** A plain, serialisable error description a developer (or user) can act on. */
export type WorkbookErrorInfo = {
  /** Stable machine-readable code, e.g. `ipc.unknown-channel`. */
  readonly code: string;
  /** Plain-English message that says what went wrong and what to do. */
  readonly message: string;
};

/** Wraps a value as a success. */
export function ok<T>(data: T): Result<T, never> {
  return { ok: true, data };
}

/** Wraps an error code and message as a failure. */
export function err(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
