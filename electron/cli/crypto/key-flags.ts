import { AsyncLocalStorage } from 'node:async_hooks';
import type { Identity } from '../../../shared/crypto';
import { usageError } from '../errors';

/**
 * The key flags of one run of the command (`--identity`, `--pass-env`,
 * `--recipient`), parsed once in run.ts and read where workbooks are opened
 * and saved (store.ts, sealing.ts), so no command passes them along. Kept in
 * an AsyncLocalStorage (https://nodejs.org/api/async_context.html) rather
 * than a module variable, so two runs in one process (the tests) never see
 * each other's keys.
 */
export type KeyFlags = {
  /** Age identity files (`--identity`, repeatable). */
  readonly identityFiles: readonly string[];
  /** The name of the environment variable holding the passphrase (`--pass-env`). */
  readonly passEnv: string | undefined;
  /** Age public keys to encrypt written workbooks to (`--recipient`, repeatable). */
  readonly recipients: readonly string[];
  /** Prints a notice on stderr. */
  readonly notice: (text: string) => void;
};

type Context = KeyFlags & { identities?: Promise<readonly Identity[]> };

const storage = new AsyncLocalStorage<Context>();
const noFlags: Context = {
  identityFiles: [],
  passEnv: undefined,
  recipients: [],
  notice: () => undefined,
};

/** Runs `run` with `flags` as the run's key flags. */
export function withKeyFlags<T>(flags: KeyFlags, run: () => Promise<T>): Promise<T> {
  return storage.run({ ...flags }, run);
}

/** This run's key flags (none outside a run). */
export function keyFlags(): Context {
  return storage.getStore() ?? noFlags;
}

/** Whether an identity or recipient was given: the person expects encrypted workbooks. */
export function expectsEncryption(flags: KeyFlags): boolean {
  // Not `--pass-env` alone: `report --sign` has always used it for the certificate's passphrase.
  return flags.identityFiles.length > 0 || flags.recipients.length > 0;
}

/**
 * The passphrase named by `--pass-env`: read from the environment, never
 * from the command line, where other users could see it (`ps`).
 */
export function passphrase(flags: KeyFlags): string | undefined {
  if (flags.passEnv === undefined) return undefined;
  const value = process.env[flags.passEnv];
  if (value === undefined || value === '') {
    throw usageError(`--pass-env ${flags.passEnv}: that environment variable is not set or empty`);
  }
  return value;
}
