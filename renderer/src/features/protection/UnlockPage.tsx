import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary, type ErrorItem } from '../../components/govuk/ErrorSummary';
import { TextInput } from '../../components/govuk/TextInput';
import type { UnlockOutcome } from '../../db/protection/workbook-protection';
import { errorProps, newPassphraseErrors } from './new-passphrase';
import { NewPassphraseFields } from './NewPassphraseFields';
import { PasswordInput } from './PasswordInput';
import { usePageHeading } from './use-page-heading';

const IDS = {
  passphrase: 'unlock-passphrase',
  recoveryKey: 'recovery-key',
  newPassphrase: 'recovery-passphrase',
  confirm: 'recovery-confirm',
} as const;

/** "30 seconds", "2 minutes": how long a refused try must wait. */
export function waitText(waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

function refusal(outcome: UnlockOutcome, field: string): ErrorItem[] {
  if (outcome.ok) return [];
  const wait = outcome.waitMs > 0 ? ` Wait ${waitText(outcome.waitMs)} before trying again.` : '';
  return [{ text: `${outcome.message}${wait}`, href: `#${field}` }];
}

/** On start and after a lock: the passphrase, or the recovery key and a new passphrase. */
export function UnlockPage({
  onUnlock,
  onRecover,
  onKeychain,
}: {
  readonly onUnlock: (passphrase: string) => Promise<UnlockOutcome>;
  readonly onRecover: (recoveryKey: string, newPassphrase: string) => Promise<UnlockOutcome>;
  /** The desktop app's keychain, when the person chose it in Settings. */
  readonly onKeychain?: (() => Promise<UnlockOutcome>) | undefined;
}) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  // Marked for the benchmarks: when the page could first be used after a load.
  useEffect(() => {
    performance.mark('workbook:unlock-page');
  }, []);
  const heading = usePageHeading(
    mode === 'passphrase' ? 'Unlock the workbook' : 'Use your recovery key',
  );
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<readonly ErrorItem[]>([]);
  // Counted, so the same refusal twice mounts a fresh summary that takes focus again.
  const [tries, setTries] = useState(0);
  const [busy, setBusy] = useState(false);

  function attempt(run: () => Promise<UnlockOutcome>, field: string) {
    setBusy(true);
    run()
      .then((outcome) => {
        if (outcome.ok) return;
        setBusy(false);
        setTries((count) => count + 1);
        setErrors(refusal(outcome, field));
      })
      .catch((error: unknown) => {
        setBusy(false);
        setErrors([{ text: error instanceof Error ? error.message : String(error) }]);
      });
  }

  function submitPassphrase(event: FormEvent) {
    event.preventDefault();
    if (passphrase === '') {
      setErrors([{ text: 'Enter the passphrase', href: `#${IDS.passphrase}` }]);
      return;
    }
    attempt(() => onUnlock(passphrase), IDS.passphrase);
  }

  function submitRecovery(event: FormEvent) {
    event.preventDefault();
    const found = [
      ...(recoveryKey.trim() === ''
        ? [{ text: 'Enter the recovery key', href: `#${IDS.recoveryKey}` }]
        : []),
      ...newPassphraseErrors(newPassphrase, confirm, {
        passphrase: IDS.newPassphrase,
        confirm: IDS.confirm,
      }),
    ];
    setErrors(found);
    if (found.length > 0) return;
    attempt(() => onRecover(recoveryKey, newPassphrase), IDS.recoveryKey);
  }

  function switchTo(next: 'passphrase' | 'recovery') {
    setErrors([]);
    setMode(next);
  }

  return (
    <>
      {errors.length === 0 ? null : <ErrorSummary key={tries} errors={errors} />}
      <h1 className="govuk-heading-xl" ref={heading} tabIndex={-1}>
        {mode === 'passphrase' ? 'Unlock the workbook' : 'Use your recovery key'}
      </h1>
      {mode === 'passphrase' ? (
        <form onSubmit={submitPassphrase} noValidate>
          <p className="govuk-body">
            The workbook is locked. Its records are encrypted on this device.
          </p>
          <PasswordInput
            id={IDS.passphrase}
            label="Passphrase"
            autoComplete="current-password"
            value={passphrase}
            onChange={setPassphrase}
            {...errorProps(errors, IDS.passphrase)}
          />
          <div className="govuk-button-group">
            <Button type="submit" disabled={busy} aria-disabled={busy}>
              Unlock
            </Button>
            <button
              type="button"
              className="govuk-link app-link-button"
              onClick={() => switchTo('recovery')}
            >
              Use recovery key
            </button>
            {onKeychain === undefined ? null : (
              <button
                type="button"
                className="govuk-link app-link-button"
                onClick={() => attempt(onKeychain, IDS.passphrase)}
              >
                Use this computer’s keychain
              </button>
            )}
          </div>
        </form>
      ) : (
        <form onSubmit={submitRecovery} noValidate>
          <p className="govuk-body">
            Enter the recovery key shown when the workbook was protected, and choose a new
            passphrase. The recovery key keeps working.
          </p>
          <TextInput
            id={IDS.recoveryKey}
            label="Recovery key"
            hint="32 letters and digits, for example 7K3M-9QRT-…"
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="characters"
            value={recoveryKey}
            onChange={setRecoveryKey}
            {...errorProps(errors, IDS.recoveryKey)}
          />
          <NewPassphraseFields
            ids={{ passphrase: IDS.newPassphrase, confirm: IDS.confirm }}
            newLabel="New passphrase"
            passphrase={newPassphrase}
            confirm={confirm}
            onPassphrase={setNewPassphrase}
            onConfirm={setConfirm}
            errors={errors}
          />
          <div className="govuk-button-group">
            <Button type="submit" disabled={busy} aria-disabled={busy}>
              Unlock and set passphrase
            </Button>
            <button
              type="button"
              className="govuk-link app-link-button"
              onClick={() => switchTo('passphrase')}
            >
              Use the passphrase instead
            </button>
          </div>
        </form>
      )}
      {busy ? (
        <p className="govuk-body">
          <output>Unlocking…</output>
        </p>
      ) : null}
    </>
  );
}
