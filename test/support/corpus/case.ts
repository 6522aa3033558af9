/**
 * One damaged or hostile input for the corpus test: the file (or files) it
 * writes into a scratch folder, the `workbook` command to run against a
 * copy of a good workbook, and what must happen. The corpus test runs each
 * case through the real, built command as a child process with a bounded
 * heap and a time limit, and checks the exit code, a one-line message
 * naming the file, the workbook byte-identical when the input is refused,
 * and no temporary file left behind.
 */
export type CorpusCase = {
  /** Unique, kebab-case: the test's name. */
  readonly name: string;
  /** The class of damage it stands for (e.g. `zip-bomb`, `csv-cr-only`, `hlc-far-future`). */
  readonly damage: string;
  /**
   * `dir` already holds the target workbook, a copy of a good one, as
   * `workbook.inspection` (cases may build their inputs from it).
   * Writes the input into `dir` (generated, never committed: keep each
   * file small enough to make in well under a second) and returns the
   * command's arguments given the path of the target workbook (a copy of
   * a good one the test made) and the name the message must mention.
   */
  readonly make: (dir: string) => Promise<{
    readonly args: (workbook: string) => readonly string[];
    readonly names: string;
  }>;
  /** The exit code the command must end with (0 when the damage is reported as problems, not refused). */
  readonly exit: number;
  /** Whether the workbook must be byte-identical afterwards (true for every refusal). */
  readonly unchanged: boolean;
  /** Optional: a pattern the one-line message (stderr) must match. */
  readonly message?: RegExp;
  /**
   * Optional: a check of the scratch folder after the command (a file's
   * mode, a link kept); returns what is wrong, or `undefined`.
   */
  readonly after?: (dir: string) => Promise<string | undefined>;
};
