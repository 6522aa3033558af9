/**
 * Data problems found while reading and checking imported records. Rows with
 * problems are kept and marked, never dropped: inspectors need to see the
 * whole return, warts included.
 */

/** How bad a problem is. `error` breaks a DfE/Ofsted rule; `warning` is doubtful; `info` is a note. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem in one cell (or row, or file), in terms a user can act on. */
export type RecordProblem = {
  /** Stable id of the rule that found it, e.g. `903.episodes.DECOM.date`. */
  readonly rule: string;
  readonly severity: Severity;
  /** The source file's name as the user chose it. */
  readonly file: string;
  /** The table (903 CSV/XML table name) or worksheet (xlsx) the problem is in, if any. */
  readonly sheet?: string;
  /** 1-based row number as the user sees it in the file (the header row is row 1), if any. */
  readonly row?: number;
  /** The column's header text, if any. */
  readonly column?: string;
  /** The offending value as read, if any. */
  readonly value?: string;
  /** Plain English: what is wrong and what to do. */
  readonly message: string;
  /** The DfE validation rule's code (e.g. `103`), when the problem is one the DfE's own checks raise. */
  readonly dfeCode?: string;
  /**
   * How many problems this one stands for, when it is a summary of those of
   * one rule not listed one by one (problem-cap.ts); absent for one problem.
   */
  readonly count?: number;
};

/**
 * Thrown when a whole file cannot be read as what it claims to be (content
 * that contradicts its extension, a corrupt zip, truncated XML, a truncated
 * CSV). Nothing from that file — or from the same import call — is stored.
 */
export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
  constructor(
    readonly file: string,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/** Counts problems by severity, as the `import --json` output reports them. */
export function countBySeverity(problems: readonly RecordProblem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity] += problem.count ?? 1;
  return counts;
}
