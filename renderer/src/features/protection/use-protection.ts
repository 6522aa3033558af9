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
import { forgetAllLogs } from '../../db/workbook-repository';
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
};

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

  useEffect(() => {
    if (state.kind !== 'checking') return;
    let live = true;
    void readKeyring(appDb).then((keyring) => {
      if (live) setState({ kind: keyring === undefined ? 'unprotected' : 'locked' });
    });
    return () => {
      live = false;
    };
  }, [state.kind]);

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

  return { state, protect, keptRecoveryKey, unlock, recover, lock };
}
