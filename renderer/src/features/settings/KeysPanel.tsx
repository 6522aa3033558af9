import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { strToU8 } from 'fflate';
import { identityFileText } from '../../../../shared/crypto';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { TextInput } from '../../components/govuk/TextInput';
import { WarningText } from '../../components/govuk/WarningText';
import {
  currentIdentity,
  importIdentity,
  storedIdentities,
  type StoredIdentity,
} from '../../db/identity-store';
import { getPlatform } from '../../platform';

function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** The two public keys as a text file to send to the team. */
function publicKeysText(identity: StoredIdentity): string {
  return [
    '# Inspection Workbook public keys: give these to your team; they are not secret.',
    '# Encryption (age), to add to an inspection’s team:',
    identity.recipient,
    '# Signing (Ed25519):',
    identity.signingKey,
    '',
  ].join('\n');
}

/**
 * Your keys: the identity the app made on first use (or one imported), its
 * public keys to copy or download for the team, the identity file to keep
 * safe (age-keygen's format, so `age -d -i FILE` opens your bundles too), and
 * importing an existing identity file.
 */
export function KeysPanel() {
  const { db } = useApp();
  const identities = useLiveQuery(() => storedIdentities(db), [db]);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [imported, setImported] = useState<{ key: number; recipient: string } | undefined>();

  // The identity is made on first use: seeing your keys is a use.
  useEffect(() => {
    void currentIdentity(db);
  }, [db]);

  const current = identities?.[0];
  const earlier = identities?.slice(1) ?? [];

  async function download(name: string, text: string) {
    const saved = await getPlatform().saveFile(name, strToU8(text), {
      title: 'Save the file',
      filters: [{ name: 'Text', extensions: ['txt'] }],
      mimeType: 'text/plain',
    });
    setProblem(saved.ok ? undefined : saved.error.message);
  }

  async function importFile(event: FormEvent) {
    event.preventDefault();
    const chosen = await getPlatform().openFiles({ title: 'Choose your identity file' });
    if (!chosen.ok) return setProblem(chosen.error.message);
    const file = chosen.data[0];
    if (file === undefined) return undefined;
    const result = await importIdentity(db, file.bytes, passphrase === '' ? undefined : passphrase);
    setPassphrase('');
    if (!result.ok) return setProblem(`${file.name}: ${result.error.message}`);
    setProblem(undefined);
    return setImported({ key: Date.now(), recipient: result.data.recipient });
  }

  if (current === undefined) return <p className="govuk-body">Making your keys…</p>;
  return (
    <>
      {problem === undefined ? null : (
        <ErrorSummary errors={[{ text: problem, href: '#identity-passphrase' }]} key={problem} />
      )}
      {imported === undefined ? null : (
        <NotificationBanner key={imported.key} title="Success" success>
          <p className="govuk-notification-banner__heading">
            Key imported: bundles are now opened and encrypted with it.
          </p>
        </NotificationBanner>
      )}
      <p className="govuk-body">
        Give your public keys to the team: bundles encrypted to your encryption key open only here
        (or with your identity file). They are not secret.
      </p>
      <dl className="govuk-summary-list">
        {[
          { key: 'Encryption key (age)', value: current.recipient, code: true },
          { key: 'Signing key (Ed25519)', value: current.signingKey, code: true },
          {
            key: current.origin === 'made' ? 'Made' : 'Imported',
            value: day(current.addedAt),
            code: false,
          },
        ].map((row) => (
          <div className="govuk-summary-list__row" key={row.key}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value govuk-!-text-break-word">
              {row.code ? <code>{row.value}</code> : row.value}
            </dd>
          </div>
        ))}
      </dl>
      <div className="govuk-button-group">
        <Button
          variant="secondary"
          onClick={() =>
            void download('inspection-workbook-public-keys.txt', publicKeysText(current))
          }
        >
          Download your public keys (.txt)
        </Button>
      </div>
      <h3 className="govuk-heading-s">Your identity file</h3>
      <WarningText>
        It holds your secret key. Keep a copy somewhere safe (you need it if this device is lost)
        and never send it to anyone.
      </WarningText>
      <p className="govuk-body">
        It is in age-keygen’s format, so the <code>age</code> command and{' '}
        <code>workbook --identity FILE</code> open your bundles with it.
      </p>
      <Button
        variant="secondary"
        onClick={() =>
          void download(
            'inspection-workbook-identity.txt',
            identityFileText(current, new Date(current.addedAt)),
          )
        }
      >
        Download your identity file
      </Button>
      {earlier.length === 0 ? null : (
        <>
          <h3 className="govuk-heading-s">Earlier keys</h3>
          <p className="govuk-body">Bundles encrypted to these still open here.</p>
          <ul className="govuk-list">
            {earlier.map((identity) => (
              <li key={identity.recipient}>
                <code className="govuk-!-text-break-word">{identity.recipient}</code> (
                {identity.origin}, {day(identity.addedAt)})
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="govuk-heading-s">Import a key</h3>
      <form onSubmit={(event) => void importFile(event)} noValidate>
        <TextInput
          id="identity-passphrase"
          label="Passphrase of the identity file, if it has one"
          hint="Then choose the file: one age-keygen or “workbook keys new” wrote (AGE-SECRET-KEY-1…). Its key is used from then on; this one is kept for the bundles already encrypted to it."
          type="password"
          autoComplete="off"
          widthClass="govuk-!-width-one-half"
          value={passphrase}
          onChange={setPassphrase}
        />
        <Button type="submit" variant="secondary">
          Import a key
        </Button>
      </form>
    </>
  );
}
