import { useCallback, useEffect, useState } from 'react';
import { appDb, appDrafts } from '../../db/app-store';
import { pageKeys } from '../../db/protection/page-keys';
import {
  protectWorkbook,
  readKeyring,
  recoverWithKey,
  unlockWithPassphrase,
  type UnlockOutcome,
} from '../../db/protection/workbook-protection';
import { unlockWithKeychain } from '../../db/protection/keychain-unlock';
import { forgetAllLogs } from '../../db/workbook-repository';
import { getPlatform } from '../../platform';
import { moveLocalDrafts } from '../evidence/encrypted-drafts';

/** Where the app stands with its encrypted store. */
export type ProtectionState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'unprotected' }
  | { readonly kind: 'recovery-key'; readonly recoveryKey: string }
  | { readonly kind: 'locked' }
  | { readonly kind: 'unlocked' };

export type Protection = {
  readonly state: ProtectionState;
  readonly protect: (passphrase: string) => Promise<void>;
  /** After the recovery key was shown and the person says it is kept. */
  readonly keptRecoveryKey: () => void;
  readonly unlock: (passphrase: string) => Promise<UnlockOutcome>;
  readonly recover: (recoveryKey: string, newPassphrase: string) => Promise<UnlockOutcome>;
  readonly lock: () => void;
  /** Unlocks with the desktop app's keychain, when the person chose it (Settings); else undefined. */
  readonly unlockWithKeychain: (() => Promise<UnlockOutcome>) | undefined;
};

/** Whether this host has a keychain and the keyring a copy of the key sealed by it. */
async function keychainChosen(): Promise<boolean> {
  return getPlatform().host === 'electron' && (await readKeyring(appDb))?.keychain !== undefined;
}

/** Unlocks with the keychain's copy of the key, if chosen and it opens. */
async function tryKeychain(): Promise<boolean> {
  if (!(await keychainChosen())) return false;
  if (!(await unlockWithKeychain(appDb, pageKeys, getPlatform()))) return false;
  await afterUnlock();
  return true;
}

/** What the screens need once the key is in memory: drafts moved and read back. */
async function afterUnlock(): Promise<void> {
  await moveLocalDrafts(window.localStorage, appDb);
  await appDrafts.load();
}

/**
 * The app's protection: first use asks for a passphrase and shows the
 * recovery key once; each start asks to unlock; a lock drops the key in
 * the page and, through pageKeys' listeners, in every worker.
 */
export function useProtection(): Protection {
  const [state, setState] = useState<ProtectionState>(() =>
    pageKeys.current() === undefined ? { kind: 'checking' } : { kind: 'unlocked' },
  );

  const [keychain, setKeychain] = useState(false);
  useEffect(() => {
    if (state.kind !== 'checking') return;
    let live = true;
    void (async () => {
      const keyring = await readKeyring(appDb);
      // At start, the desktop app opens with the keychain without a prompt, if so chosen.
      const next =
        keyring === undefined ? 'unprotected' : (await tryKeychain()) ? 'unlocked' : 'locked';
      if (live) setState({ kind: next });
    })();
    return () => {
      live = false;
    };
  }, [state.kind]);
  useEffect(() => {
    if (state.kind !== 'locked') return;
    let live = true;
    void keychainChosen().then((chosen) => {
      if (live) setKeychain(chosen);
    });
    return () => {
      live = false;
    };
  }, [state.kind]);

  const keychainUnlock = useCallback(async (): Promise<UnlockOutcome> => {
    if (await tryKeychain()) {
      setState({ kind: 'unlocked' });
      return { ok: true };
    }
    return {
      ok: false,
      message: 'This computer’s keychain did not open the workbook: use the passphrase',
      waitMs: 0,
    };
  }, []);

  const protect = useCallback(async (passphrase: string) => {
    const { recoveryKey } = await protectWorkbook(appDb, pageKeys, passphrase);
    await afterUnlock();
    setState({ kind: 'recovery-key', recoveryKey });
  }, []);

  const unlock = useCallback(async (passphrase: string) => {
    // Marked for the benchmarks: unlocking's own time, and where the screens' time starts.
    performance.mark('workbook:unlock:start');
    const outcome = await unlockWithPassphrase(appDb, pageKeys, passphrase);
    if (outcome.ok) {
      await afterUnlock();
      performance.measure('workbook:unlock', 'workbook:unlock:start');
      performance.mark('workbook:unlocked');
      setState({ kind: 'unlocked' });
    }
    return outcome;
  }, []);

  const recover = useCallback(async (recoveryKey: string, newPassphrase: string) => {
    const outcome = await recoverWithKey(appDb, pageKeys, recoveryKey, newPassphrase);
    if (outcome.ok) {
      await afterUnlock();
      setState({ kind: 'unlocked' });
    }
    return outcome;
  }, []);

  // A lock takes the screens away first; the key goes once they are gone
  // (the effect below runs after React has unmounted them), so no screen
  // reads the store as it locks, and the drafts' last writes are kept first.
  const lock = useCallback(() => setState({ kind: 'locked' }), []);
  useEffect(() => {
    if (state.kind !== 'locked' || pageKeys.current() === undefined) return;
    void appDrafts.flush().finally(() => {
      appDrafts.forget();
      forgetAllLogs(appDb);
      pageKeys.lock();
    });
  }, [state.kind]);

  const keptRecoveryKey = useCallback(() => setState({ kind: 'unlocked' }), []);

  return {
    state,
    protect,
    keptRecoveryKey,
    unlock,
    recover,
    lock,
    unlockWithKeychain: keychain ? keychainUnlock : undefined,
  };
}
