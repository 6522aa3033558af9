import { open, readFile, rm } from 'node:fs/promises';
import { fileArgument, required, type Command, type Output } from '../command';
import { keyFlags, passphrase } from '../crypto/key-flags';
import { CliError, usageError } from '../errors';

/*
 * `workbook keys`: a person's identity (shared/crypto/identity.ts) as a file
 * in age-keygen's format, so `age -d -i FILE` reads it as it is; with
 * --pass-env the secret key is wrapped with the passphrase instead
 * (Argon2id, shared/crypto/wrap.ts), which only this program reads.
 */

async function createPrivate(file: string, text: string): Promise<void> {
  let handle;
  try {
    // Created only if absent ('wx'), readable by its owner alone, as age-keygen does.
    handle = await open(file, 'wx', 0o600);
  } catch (error: unknown) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new CliError(
      code === 'EEXIST'
        ? `${file} already exists; a key file is never replaced: choose another name (or remove it, if its key is no longer needed).`
        : `${file}: cannot be written (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  try {
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
  } catch (error: unknown) {
    await handle.close().catch(() => undefined);
    await rm(file, { force: true });
    throw new CliError(
      `${file}: cannot be written (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** `workbook keys new`: writes a new identity file. */
export const keysNewCommand: Command = {
  name: 'keys new',
  summary: 'make a new identity: an age key pair for encrypted workbooks and a signing key',
  usage: 'keys new --out FILE [--pass-env VAR] [--json]',
  details: [
    'FILE is written in age-keygen’s format (readable by you only), so `age -d -i FILE` opens',
    'the workbooks encrypted to you. With --pass-env the secret key in it is wrapped with that',
    'passphrase (Argon2id, OWASP’s 19 MiB, 2 passes, 1 lane; at least 8 characters), and only',
    'this program reads it: give the same --pass-env with --identity FILE. An existing FILE is',
    'never replaced. Prints the public key (age1…) to give your team, and the signing key.',
  ],
  options: { out: { type: 'string' } },
  positionals: [],
  async run(parsed): Promise<Output> {
    const out = required(parsed, 'out');
    const secret = passphrase(keyFlags());
    const { CryptoError, identityFileText, newIdentity, wrapSecret } =
      await import('../../../shared/crypto');
    const identity = await newIdentity();
    let wrapped: string | undefined;
    try {
      wrapped = secret === undefined ? undefined : await wrapSecret(identity.secretKey, secret);
    } catch (error: unknown) {
      if (error instanceof CryptoError) throw usageError(`--pass-env: ${error.message}`);
      throw error;
    }
    await createPrivate(out, identityFileText(identity, new Date(), wrapped));
    return {
      json: {
        file: out,
        recipient: identity.recipient,
        signingKey: identity.signingKey,
        wrapped: wrapped !== undefined,
      },
      text: [
        `Wrote ${out}${wrapped === undefined ? ' (keep it private: it holds your secret key)' : ' (its secret key wrapped with your passphrase)'}.`,
        `Public key: ${identity.recipient}`,
        `Signing key: ${identity.signingKey}`,
      ].join('\n'),
    };
  },
};

/** `workbook keys show`: prints an identity file's public keys. */
export const keysShowCommand: Command = {
  name: 'keys show',
  summary: 'print the public keys of an identity file, to give to your team',
  usage: 'keys show <file> [--pass-env VAR] [--json]',
  details: [
    'For each identity in the file (one made by `workbook keys new` or age-keygen): its age',
    'public key (age1…, what others encrypt to) and its Ed25519 signing key (ssh-ed25519 …).',
    'A wrapped or passphrase-encrypted file needs --pass-env VAR.',
  ],
  options: {},
  positionals: ['file'],
  async run(parsed): Promise<Output> {
    const file = fileArgument(parsed);
    const secret = passphrase(keyFlags());
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error: unknown) {
      throw new CliError(
        `${file}: cannot be read (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    const { CryptoError, readIdentityFile } = await import('../../../shared/crypto');
    let read;
    try {
      read = await readIdentityFile(bytes, secret);
    } catch (error: unknown) {
      if (error instanceof CryptoError) throw new CliError(`${file}: ${error.message}.`);
      throw error;
    }
    const identities = read.identities.map(({ recipient, signingKey }) => ({
      recipient,
      signingKey,
    }));
    return {
      json: { identities, protected: read.protected },
      text: identities
        .map((identity) =>
          [`Public key: ${identity.recipient}`, `Signing key: ${identity.signingKey}`].join('\n'),
        )
        .join('\n\n'),
    };
  },
};
