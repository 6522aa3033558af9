import {
  CryptoError,
  headerStanzaTypes,
  isSealed,
  MIN_PASSPHRASE_LENGTH,
  seal,
  unseal,
} from '../crypto';
import { err, ok, type Result } from '../util/result';

/*
 * Bundles encrypted to the inspection's team, for the app (and any caller
 * that holds its keys in memory): a bundle is the whole `.inspection` zip as
 * one age v1 file (https://age-encryption.org/v1), as the `workbook` command
 * writes it, so `age -d -i FILE` opens it too. The age format allows a
 * passphrase (scrypt) stanza only alone in a header ("scrypt recipient
 * stanza": "it MUST be the only stanza in the header"), so a copy for
 * someone outside the team is a second file sealed with a passphrase, never
 * the team's file with a passphrase added. Age headers name no one, so a
 * file that is not for the person can only be described by its stanzas: how
 * many, and of which types. Not exported from shared/tasks' index, so code
 * that never opens an encrypted file never loads the age implementation.
 */

/** What may open a bundle: the person's identities, and a passphrase once asked for. */
export type BundleKeys = {
  readonly identities: readonly { readonly secretKey: string; readonly recipient: string }[];
  readonly passphrase?: string | undefined;
};

/** A bundle file opened: its plain bytes, and how it had been sealed. */
export type OpenedBundleFile = {
  readonly bytes: Uint8Array;
  readonly sealedTo: 'plain' | 'recipients' | 'passphrase';
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "2 X25519 keys and 1 mlkem768x25519 key": the header's stanzas, by type. */
export function describeStanzas(types: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].map(([type, count]) => plural(count, `${type} key`)).join(' and ');
}

function yourKeys(keys: BundleKeys): string {
  const own = keys.identities.map((identity) => identity.recipient);
  if (own.length === 0) return 'you have no key yet';
  return own.length === 1
    ? `your key (${own[0] ?? ''}) is not one of them`
    : `none of your keys (${own.join(', ')}) is one of them`;
}

function stanzaTypes(bytes: Uint8Array): string[] | undefined {
  try {
    return headerStanzaTypes(bytes);
  } catch {
    // An armored file, or a damaged header: unseal says which.
    return undefined;
  }
}

/**
 * Opens a bundle file's bytes: a plain bundle passes through (`plain`, for
 * the caller's notice); an age file is decrypted with the person's
 * identities or the passphrase. Refusals name the file: one with a
 * passphrase not yet given (`bundle.passphrase-needed`, so the caller asks),
 * a wrong passphrase, a file encrypted to others (how many, their types,
 * and the person's own key), and a damaged one.
 */
export async function unsealBundleFile(
  fileName: string,
  bytes: Uint8Array,
  keys: BundleKeys,
): Promise<Result<OpenedBundleFile>> {
  if (!isSealed(bytes)) return ok({ bytes, sealedTo: 'plain' });
  const types = stanzaTypes(bytes);
  try {
    const opened = await unseal(bytes, {
      identities: keys.identities.map((identity) => identity.secretKey),
      passphrase: keys.passphrase,
    });
    return ok({ bytes: opened.bytes, sealedTo: opened.sealedTo });
  } catch (error: unknown) {
    if (!(error instanceof CryptoError)) throw error;
    switch (error.code) {
      case 'no-key':
        if (error.message.includes('passphrase')) {
          return err(
            'bundle.passphrase-needed',
            `${fileName} is encrypted with a passphrase: enter it to open the file.`,
          );
        }
        break;
      case 'wrong-passphrase':
        return err(
          'bundle.wrong-passphrase',
          `${fileName}: that passphrase does not open it. Check it with whoever sent the file.`,
        );
      case 'damaged':
        return err('bundle.damaged', `${fileName}: ${error.message}.`);
      default:
        break;
    }
    const to =
      types === undefined
        ? 'recipients it does not name'
        : `${plural(types.length, 'recipient')} (${describeStanzas(types)})`;
    return err(
      'bundle.not-for-you',
      `${fileName} is encrypted to ${to}, and ${yourKeys(keys)}: ask whoever sent it to add your public key to the inspection's team and export it again.`,
    );
  }
}

/** The public keys a team's bundle is encrypted to: every member's known key and the person's own, each once. */
export function exportRecipients(
  teamRecipients: readonly string[],
  own: readonly string[],
): string[] {
  return [...new Set([...teamRecipients, ...own])];
}

function failed(what: string, error: unknown): Result<never> {
  const reason = error instanceof Error ? error.message : String(error);
  return err(
    'bundle.not-encrypted',
    `The ${what} could not be encrypted (${reason}); nothing was saved.`,
  );
}

/** A bundle's bytes sealed to `recipients`; nothing plain comes back on failure. */
export async function sealBundleTo(
  bytes: Uint8Array,
  recipients: readonly string[],
): Promise<Result<Uint8Array>> {
  try {
    return ok(await seal(bytes, { kind: 'recipients', recipients }));
  } catch (error: unknown) {
    return failed('bundle', error);
  }
}

/** Why a passphrase for a bundle copy is refused, or `undefined` if it will do. */
export function copyPassphraseProblem(passphrase: string): string | undefined {
  return Array.from(passphrase).length < MIN_PASSPHRASE_LENGTH
    ? `Enter a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters (four or five random words are strong and easy to read out)`
    : undefined;
}

/** A bundle's bytes sealed with a passphrase (age's scrypt stanza, alone as the format requires). */
export async function sealBundleWithPassphrase(
  bytes: Uint8Array,
  passphrase: string,
): Promise<Result<Uint8Array>> {
  const problem = copyPassphraseProblem(passphrase);
  if (problem !== undefined) return err('bundle.passphrase-short', `${problem}.`);
  try {
    return ok(await seal(bytes, { kind: 'passphrase', passphrase }));
  } catch (error: unknown) {
    return failed('passphrase copy', error);
  }
}
