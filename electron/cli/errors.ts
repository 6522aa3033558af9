/**
 * Why the command could not do its job. Findings (data problems, warnings,
 * conflicts, gaps) are never errors: they are output, and the exit code is 0.
 * Exit 2 is bad usage; exit 1 is a file refused or a job that failed.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** A usage mistake: unknown sub-command or flag, missing or malformed argument. */
export function usageError(message: string): CliError {
  return new CliError(`${message} (see --help)`, 2);
}
