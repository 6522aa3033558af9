import { writeBundle, type WriteBundleInput } from '../../../shared/bundle';
import type { CryptoError as CryptoErrorType } from '../../../shared/crypto';
import { CliError, usageError } from '../errors';
import { identities } from './identities';
import { expectsEncryption, keyFlags, passphrase } from './key-flags';

/*
 * The one place where workbook files are decrypted after reading and
 * encrypted before writing. An encrypted workbook is the whole bundle (the
 * zip) as one age v1 file (https://age-encryption.org/v1), so the age
 * command opens it too. Age headers do not say who a file is encrypted to,
 * so the bundle's manifest lists the recipients' public keys
 * (shared/bundle/manifest.ts, `recipients`): a command that changes the file
 * encrypts it to the same people again. A file sealed with a passphrase is
 * sealed again with the passphrase that opened it. The crypto code is loaded
 * only when a file is encrypted, so plain workbooks cost nothing more.
 */

/** How a workbook is to be written. */
export type Sealing =
  | { readonly kind: 'plain' }
  | { readonly kind: 'recipients'; readonly recipients: readonly string[] }
  | { readonly kind: 'passphrase'; readonly passphrase: string }
  /** Encrypted to recipients it does not list (by another age program): cannot be resealed. */
  | { readonly kind: 'unlisted'; readonly stanzas: number };

/** A file as read: plain bundle bytes, and how it was encrypted (if it was). */
export type ReadFile = {
  readonly bytes: Uint8Array;
  readonly sealed?:
    | { readonly to: 'recipients'; readonly stanzas: number }
    | { readonly to: 'passphrase'; readonly passphrase: string };
};

const PLAIN: Sealing = { kind: 'plain' };

function isAge(bytes: Uint8Array): boolean {
  // age-header.ts says the same; repeated here (24 bytes) so plain files never load crypto code.
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  return (
    head.startsWith('age-encryption.org/v1\n') ||
    head.startsWith('-----BEGIN AGE ENCRYPTED FILE-----')
  );
}

function openingAdvice(error: CryptoErrorType): string {
  switch (error.code) {
    case 'no-key':
      return error.message.includes('passphrase')
        ? ': give it with --pass-env VAR (an environment variable holding the passphrase)'
        : ': give --identity FILE (an age identity file, as age-keygen or `workbook keys new` writes it)';
    case 'not-for-identity':
      return '; ask the sender to encrypt it to your public key (`workbook keys show FILE` prints it)';
    default:
      return '';
  }
}

/**
 * Decrypts `bytes` read from `file` when they are an age file, with this
 * run's identities or passphrase; plain bytes pass through (with a notice
 * when the person gave key flags and so expects encryption). Refusals name
 * the file and say what to do.
 */
export async function unsealFile(file: string, bytes: Uint8Array): Promise<ReadFile> {
  const flags = keyFlags();
  if (!isAge(bytes)) {
    if (expectsEncryption(flags)) {
      flags.notice(`notice: ${file} is not encrypted: anyone with the file can read it.`);
    }
    return { bytes };
  }
  const { CryptoError, unseal } = await import('../../../shared/crypto');
  const secret = passphrase(flags);
  const keys = { identities: (await identities()).map((identity) => identity.secretKey) };
  try {
    const opened = await unseal(bytes, { ...keys, passphrase: secret });
    return {
      bytes: opened.bytes,
      sealed:
        opened.sealedTo === 'passphrase'
          ? { to: 'passphrase', passphrase: secret ?? '' }
          : { to: 'recipients', stanzas: opened.stanzas },
    };
  } catch (error: unknown) {
    if (error instanceof CryptoError) {
      throw new CliError(`${file}: ${error.message}${openingAdvice(error)}.`);
    }
    throw error;
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * How a workbook opened from `read` is written back: to `--recipient` when
 * given, else as it was (the recipients its manifest lists, or the
 * passphrase that opened it), else plain.
 */
export function sealingOf(read: ReadFile, listed: readonly string[] | undefined): Sealing {
  const { recipients } = keyFlags();
  if (recipients.length > 0) return { kind: 'recipients', recipients: unique(recipients) };
  if (read.sealed === undefined) return PLAIN;
  if (read.sealed.to === 'passphrase') {
    return { kind: 'passphrase', passphrase: read.sealed.passphrase };
  }
  return listed === undefined
    ? { kind: 'unlisted', stanzas: read.sealed.stanzas }
    : { kind: 'recipients', recipients: listed };
}

/** Refuses, as bad usage, a `--recipient` that is not an age public key. */
async function checkRecipients(recipients: readonly string[]): Promise<void> {
  const { CryptoError, checkRecipient } = await import('../../../shared/crypto');
  try {
    recipients.forEach((recipient) => checkRecipient(recipient));
  } catch (error: unknown) {
    if (error instanceof CryptoError) {
      throw usageError(`--recipient: ${error.message}; nothing was written`);
    }
    throw error;
  }
}

/**
 * How a new workbook is written: to `--recipient`; else to the `--identity`
 * files' own public keys; else with the `--pass-env` passphrase; else plain.
 */
export async function sealingForNew(): Promise<Sealing> {
  const flags = keyFlags();
  if (flags.recipients.length > 0) {
    const recipients = unique(flags.recipients);
    await checkRecipients(recipients);
    return { kind: 'recipients', recipients };
  }
  if (flags.identityFiles.length > 0) {
    return {
      kind: 'recipients',
      recipients: unique((await identities()).map((identity) => identity.recipient)),
    };
  }
  const secret = passphrase(flags);
  return secret === undefined ? PLAIN : { kind: 'passphrase', passphrase: secret };
}

/**
 * How a merge of two workbooks is written: encrypted if either was (never
 * plain what came encrypted), to both lists of recipients. Age cannot seal
 * one file to recipients and a passphrase at once, so that mix is refused
 * unless `--recipient` decides.
 */
export function mergedSealing(a: Sealing, b: Sealing, names: readonly [string, string]): Sealing {
  if (a.kind === 'plain') return b;
  if (b.kind === 'plain' || a.kind === 'unlisted') return a;
  if (b.kind === 'unlisted') return b;
  if (a.kind === 'recipients' && b.kind === 'recipients') {
    return { kind: 'recipients', recipients: unique([...a.recipients, ...b.recipients]) };
  }
  if (a.kind === 'passphrase' && b.kind === 'passphrase') return a;
  throw usageError(
    `${names[0]} and ${names[1]}: one is encrypted with a passphrase and the other to recipients, and an age file cannot be both; give --recipient KEY for each person who should read the merged file`,
  );
}

/**
 * The bytes to write for a bundle going to `file`: the bundle, encrypted as
 * `sealing` says. Anything that stops the encryption throws before a byte
 * is written, so nothing is ever written in the clear by mistake.
 */
export async function sealedBundle(
  file: string,
  sealing: Sealing,
  input: Omit<WriteBundleInput, 'recipients'>,
): Promise<Uint8Array> {
  if (sealing.kind === 'plain') return writeBundle(input);
  if (sealing.kind === 'unlisted') {
    throw new CliError(
      `${file}: it is encrypted to ${sealing.stanzas} recipient(s) that it does not list (another age program encrypted it), so it cannot be encrypted to them again; nothing was written. Give --recipient KEY for each person who should read it, yourself included.`,
    );
  }
  if (sealing.kind === 'recipients') await checkRecipients(sealing.recipients);
  const bytes = writeBundle(
    sealing.kind === 'recipients' ? { ...input, recipients: sealing.recipients } : input,
  );
  const { seal } = await import('../../../shared/crypto');
  try {
    return await seal(bytes, sealing);
  } catch (error: unknown) {
    throw new CliError(
      `${file}: cannot be encrypted (${error instanceof Error ? error.message : String(error)}); nothing was written.`,
    );
  }
}
