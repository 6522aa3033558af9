import type { SyncCrypt } from '../../../shared/sync';
import { identities } from '../crypto/identities';
import { keyFlags, passphrase } from '../crypto/key-flags';
import { CliError } from '../errors';
import type { Sealing } from '../store';

/**
 * How a pass seals what it writes to the team folder and opens what it
 * reads: as the workbook itself is sealed (crypto/sealing.ts), so the
 * children's records in segments and source files are never in the clear
 * when the workbook is not. Colleagues' files are opened with this run's
 * identities or passphrase; a plain one passes through.
 */
export async function syncCrypt(file: string, sealing: Sealing): Promise<SyncCrypt> {
  if (sealing.kind === 'unlisted') {
    throw new CliError(
      `${file}: it is encrypted to recipients it does not list, so its segments could not be encrypted to them; nothing was written. Give --recipient KEY for each member, yourself included.`,
    );
  }
  const crypto = await import('../../../shared/crypto');
  const secret = passphrase(keyFlags());
  const keys = {
    identities: (await identities()).map((identity) => identity.secretKey),
    passphrase: sealing.kind === 'passphrase' ? sealing.passphrase : secret,
  };
  const open = async (bytes: Uint8Array): Promise<Uint8Array> => {
    if (!crypto.isSealed(bytes)) return bytes;
    try {
      return (await crypto.unseal(bytes, keys)).bytes;
    } catch (error: unknown) {
      if (error instanceof crypto.CryptoError) {
        const advice =
          error.code === 'no-key' || error.code === 'not-for-identity'
            ? ' (give --identity FILE with a key it is encrypted to)'
            : '';
        throw new Error(`${error.message}${advice}`, { cause: error });
      }
      throw error;
    }
  };
  if (sealing.kind === 'plain') return { seal: (bytes) => Promise.resolve(bytes), open };
  const how = sealing;
  return {
    ...(how.kind === 'recipients' ? { recipients: how.recipients } : {}),
    seal: (bytes) => crypto.seal(bytes, how),
    open,
  };
}
