import type { Protection } from './use-protection';
import { ProtectPage } from './ProtectPage';
import { RecoveryKeyPage } from './RecoveryKeyPage';
import { UnlockPage } from './UnlockPage';

/** What the app shows while its store is not open: set up, the recovery key, or unlock. */
export function ProtectionScreen({ protection }: { readonly protection: Protection }) {
  const { state } = protection;
  switch (state.kind) {
    case 'checking':
    case 'unlocked':
      return null;
    case 'unprotected':
      return <ProtectPage onProtect={protection.protect} />;
    case 'recovery-key':
      return (
        <RecoveryKeyPage recoveryKey={state.recoveryKey} onKept={protection.keptRecoveryKey} />
      );
    case 'locked':
      return (
        <UnlockPage
          onUnlock={protection.unlock}
          onRecover={protection.recover}
          onKeychain={protection.unlockWithKeychain}
        />
      );
  }
}
