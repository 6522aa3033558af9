import { describe, expect, it, vi } from 'vitest';
import { noTeamFolder } from '../../../support/no-team-folder';

// The handlers take safeStorage as a dependency; Electron itself is not loaded in unit tests.
vi.mock('electron', () => ({}));

const { createKeychainHandlers } = await import('../../../../electron/main/ipc/handlers/keychain');
const { createIpcRouter } = await import('../../../../electron/main/ipc/router');

const flip = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ 0xff));

/** A stand-in for safeStorage: "encrypts" by flipping every bit behind a tag, as the OS would opaquely. */
function fakeSafeStorage(
  available = true,
  backend: 'gnome_libsecret' | 'basic_text' = 'gnome_libsecret',
) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.concat([Buffer.from('os:'), flip(Buffer.from(text))]),
    decryptString: (sealed: Buffer) => {
      if (sealed.subarray(0, 3).toString() !== 'os:') {
        throw new Error('Error while decrypting the ciphertext provided');
      }
      return flip(sealed.subarray(3)).toString();
    },
  };
}

const unused = async () => {
  throw new Error('not in this test');
};

const appFrame = { senderFrame: { url: 'app://workbook/index.html', parent: null } };

function routerWith(handlers: ReturnType<typeof createKeychainHandlers>) {
  return createIpcRouter({
    appInfo: unused,
    openFiles: unused,
    saveFile: unused,
    chooseCertificate: unused,
    signPdf: unused,
    ...noTeamFolder,
    ...handlers,
  });
}

describe('the keychain channels', () => {
  it('seal the data key with safeStorage and open it again, through the router', async () => {
    const router = routerWith(
      createKeychainHandlers({ safeStorage: fakeSafeStorage(), platform: 'darwin' }),
    );
    const secret = new Uint8Array(32).map((_, index) => index);
    const sealed = await router.dispatch('workbook:keychain.seal', appFrame, { secret });
    expect(sealed).toMatchObject({ ok: true, data: { sealed: true } });
    const bytes: unknown = sealed.ok ? Reflect.get(Object(sealed.data), 'bytes') : undefined;
    if (!(bytes instanceof Uint8Array)) throw new Error('nothing sealed');
    expect(Buffer.from(bytes).includes(Buffer.from(secret))).toBe(false);
    const opened = await router.dispatch('workbook:keychain.open', appFrame, { sealed: bytes });
    expect(opened).toEqual({ ok: true, data: { secret } });
  });

  it('refuse a Linux desktop with no secret store, whose fallback password protects nothing', async () => {
    const handlers = createKeychainHandlers({
      safeStorage: fakeSafeStorage(true, 'basic_text'),
      platform: 'linux',
    });
    expect(await handlers.keychainSeal({ secret: new Uint8Array(32) })).toEqual({
      sealed: false,
      reason: expect.stringMatching(/no secret store/),
    });
    const none = createKeychainHandlers({ safeStorage: fakeSafeStorage(false), platform: 'win32' });
    expect(await none.keychainSeal({ secret: new Uint8Array(32) })).toMatchObject({
      sealed: false,
    });
  });

  it('refuse, with a message, what this keychain did not seal', async () => {
    const router = routerWith(
      createKeychainHandlers({ safeStorage: fakeSafeStorage(), platform: 'win32' }),
    );
    const opened = await router.dispatch('workbook:keychain.open', appFrame, {
      sealed: new Uint8Array([1, 2, 3]),
    });
    expect(opened).toMatchObject({ ok: false, error: { code: 'keychain.refused' } });
  });
});
