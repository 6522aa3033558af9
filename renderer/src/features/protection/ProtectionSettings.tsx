import { useState, type FormEvent } from 'react';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary, type ErrorItem } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { TextInput } from '../../components/govuk/TextInput';
import { changePassphrase } from '../../db/protection/workbook-protection';
import { MAX_LOCK_AFTER_MINUTES, parseLockAfter, useLockAfter } from './lock-after';
import { errorProps, newPassphraseErrors } from './new-passphrase';
import { KeychainSetting } from './KeychainSetting';
import { NewPassphraseFields } from './NewPassphraseFields';
import { PasswordInput } from './PasswordInput';

const IDS = {
  minutes: 'lock-after',
  current: 'current-passphrase',
  next: 'new-passphrase',
  confirm: 'confirm-passphrase',
} as const;

/** Settings: minutes before the workbook locks itself, and a new passphrase (re-wrapped, no data touched). */
export function ProtectionSettings() {
  const { db } = useApp();
  const [lockAfter, saveLockAfter] = useLockAfter();
  const [minutes, setMinutes] = useState(String(lockAfter));
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<readonly ErrorItem[]>([]);
  const [done, setDone] = useState<{ readonly text: string; readonly count: number }>();
  const [busy, setBusy] = useState(false);

  const succeed = (text: string) => {
    setErrors([]);
    setDone((last) => ({ text, count: (last?.count ?? 0) + 1 }));
  };

  function saveMinutes(event: FormEvent) {
    event.preventDefault();
    const parsed = parseLockAfter(minutes);
    if (parsed === undefined) {
      setErrors([
        {
          text: `Enter the minutes as a whole number from 1 to ${MAX_LOCK_AFTER_MINUTES}`,
          href: `#${IDS.minutes}`,
        },
      ]);
      return;
    }
    saveLockAfter(parsed);
    succeed(`The workbook now locks after ${parsed} minute${parsed === 1 ? '' : 's'} without use.`);
  }

  function savePassphrase(event: FormEvent) {
    event.preventDefault();
    const found = [
      ...(current === ''
        ? [{ text: 'Enter the current passphrase', href: `#${IDS.current}` }]
        : []),
      ...newPassphraseErrors(next, confirm, { passphrase: IDS.next, confirm: IDS.confirm }),
    ];
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    void changePassphrase(db, current, next)
      .then((outcome) => {
        if (outcome.ok) {
          setCurrent('');
          setNext('');
          setConfirm('');
          succeed('The passphrase is changed. Use the new one from now on.');
        } else setErrors([{ text: outcome.message, href: `#${IDS.current}` }]);
      })
      .finally(() => setBusy(false));
  }

  return (
    <>
      {errors.length === 0 ? null : <ErrorSummary errors={errors} />}
      {done === undefined ? null : (
        <NotificationBanner key={done.count} title="Success" success>
          <p className="govuk-notification-banner__heading">{done.text}</p>
        </NotificationBanner>
      )}
      <form onSubmit={saveMinutes} noValidate>
        <TextInput
          id={IDS.minutes}
          label="Lock after this many minutes without use"
          hint="The workbook asks for the passphrase again; your screen and any draft come back."
          inputMode="numeric"
          widthClass="govuk-input--width-3"
          value={minutes}
          onChange={setMinutes}
          {...errorProps(errors, IDS.minutes)}
        />
        <Button type="submit" variant="secondary">
          Save lock time
        </Button>
      </form>
      <form onSubmit={savePassphrase} noValidate>
        <h3 className="govuk-heading-s">Change passphrase</h3>
        <PasswordInput
          id={IDS.current}
          label="Current passphrase"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          {...errorProps(errors, IDS.current)}
        />
        <NewPassphraseFields
          ids={{ passphrase: IDS.next, confirm: IDS.confirm }}
          newLabel="New passphrase"
          passphrase={next}
          confirm={confirm}
          onPassphrase={setNext}
          onConfirm={setConfirm}
          errors={errors}
        />
        <Button type="submit" variant="secondary" disabled={busy} aria-disabled={busy}>
          Change passphrase
        </Button>
      </form>
      <KeychainSetting onDone={succeed} />
    </>
  );
}
