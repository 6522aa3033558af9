import type { SafeStorage } from 'electron';
import type { IpcParsedRequest, IpcResponse } from '../../../../shared/ipc/contract';
import { IpcHandlerError } from '../router';

type KeychainDeps = {
  readonly safeStorage: Pick<
    SafeStorage,
    'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
  >;
  readonly platform: NodeJS.Platform;
};

/**
 * The keychain channels: the renderer's data key sealed and opened by
 * Electron's safeStorage (https://www.electronjs.org/docs/latest/api/safe-storage),
 * which uses the macOS Keychain, Windows DPAPI, or the Linux desktop's
 * secret store. On Linux with no secret store safeStorage falls back to a
 * fixed, public password ("basic_text"): that protects nothing, so sealing
 * is refused there and the passphrase stays the only way in.
 */
export function createKeychainHandlers(deps: KeychainDeps) {
  function unavailable(): string | undefined {
    if (!deps.safeStorage.isEncryptionAvailable()) {
      return 'This computer offers no keychain to the app.';
    }
    if (
      deps.platform === 'linux' &&
      deps.safeStorage.getSelectedStorageBackend() === 'basic_text'
    ) {
      return 'This computer has no secret store (such as GNOME Keyring or KWallet) for the app to use.';
    }
    return undefined;
  }

  async function keychainSeal(
    request: IpcParsedRequest<'keychainSeal'>,
  ): Promise<IpcResponse<'keychainSeal'>> {
    const reason = unavailable();
    if (reason !== undefined) return { sealed: false, reason };
    const sealed = deps.safeStorage.encryptString(Buffer.from(request.secret).toString('base64'));
    return { sealed: true, bytes: new Uint8Array(sealed) };
  }

  async function keychainOpen(
    request: IpcParsedRequest<'keychainOpen'>,
  ): Promise<IpcResponse<'keychainOpen'>> {
    const reason = unavailable();
    if (reason !== undefined) throw new IpcHandlerError('keychain.unavailable', reason);
    try {
      const text = deps.safeStorage.decryptString(Buffer.from(request.sealed));
      return { secret: new Uint8Array(Buffer.from(text, 'base64')) };
    } catch {
      throw new IpcHandlerError(
        'keychain.refused',
        'The keychain did not open the workbook’s key (it was sealed on another computer or account).',
      );
    }
  }

  return { keychainSeal, keychainOpen };
}
