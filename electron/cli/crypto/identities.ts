import { readFile } from 'node:fs/promises';
import type { Identity } from '../../../shared/crypto';
import { CliError } from '../errors';
import { keyFlags, passphrase } from './key-flags';

async function readOne(file: string, secret: string | undefined): Promise<readonly Identity[]> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error: unknown) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new CliError(
      code === 'ENOENT'
        ? `${file}: no such identity file. Make one with \`workbook keys new --out FILE\` or age-keygen.`
        : `${file}: cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  // Loaded only now: a run that opens no encrypted file never loads the crypto code.
  const { CryptoError, readIdentityFile } = await import('../../../shared/crypto');
  try {
    return (await readIdentityFile(bytes, secret)).identities;
  } catch (error: unknown) {
    if (error instanceof CryptoError) throw new CliError(`${file}: ${error.message}.`);
    throw error;
  }
}

/** The identities of this run's `--identity` files (read once per run, then kept). */
export function identities(): Promise<readonly Identity[]> {
  const flags = keyFlags();
  if (flags.identities === undefined) {
    const secret = passphrase(flags);
    flags.identities = Promise.all(flags.identityFiles.map((file) => readOne(file, secret))).then(
      (lists) => lists.flat(),
    );
  }
  return flags.identities;
}
