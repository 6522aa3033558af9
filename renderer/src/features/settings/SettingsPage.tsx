import { useState, type FormEvent } from 'react';
import { hrefFor } from '../../app/router';
import { useUser, type User } from '../../app/user';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { Radios } from '../../components/govuk/Radios';
import { AboutThisCopy } from '../../app/AboutThisCopy';
import { CertificatePanel } from './CertificatePanel';
import { ComparatorsPanel } from './ComparatorsPanel';
import { KeysPanel } from './KeysPanel';
import { TrustedCertificatesPanel } from './TrustedCertificatesPanel';
import { ProtectionSettings } from '../protection/ProtectionSettings';

const roles: readonly { value: User['role']; label: string }[] = [
  { value: 'lead', label: 'Lead inspector' },
  { value: 'inspector', label: 'Inspector' },
  { value: 'council-officer', label: 'Council officer (self-assessment)' },
];

/** Settings: who I am, my certificate, whose certificates I trust, and where the data is kept (shown, not moved). */
export function SettingsPage() {
  const [user, saveUser] = useUser();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<User['role']>(user.role);
  const [error, setError] = useState<string | undefined>();
  // A count, not a flag: each save mounts a fresh banner, which takes focus again.
  const [saved, setSaved] = useState(0);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Enter your name');
      setSaved(0);
      return;
    }
    setError(undefined);
    saveUser({ name: name.trim(), role });
    setSaved((count) => count + 1);
  }

  return (
    <>
      {error === undefined ? null : <ErrorSummary errors={[{ text: error, href: '#user-name' }]} />}
      <BackLink href={hrefFor({ name: 'inspections' })}>Your inspections</BackLink>
      {saved > 0 ? (
        <NotificationBanner key={saved} title="Success" success>
          <p className="govuk-notification-banner__heading">
            Saved. Your changes are recorded as {name.trim()}.
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-xl">Settings</h1>
      <form onSubmit={submit} noValidate>
        <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
          <h2 className="govuk-label-wrapper">
            <label className="govuk-label govuk-label--m" htmlFor="user-name">
              Your name
            </label>
          </h2>
          <div id="user-name-hint" className="govuk-hint">
            Recorded as the author of every change you make.
          </div>
          {error === undefined ? null : (
            <p id="user-name-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <input
            className={`govuk-input govuk-!-width-two-thirds${error === undefined ? '' : ' govuk-input--error'}`}
            id="user-name"
            name="user-name"
            type="text"
            autoComplete="name"
            value={name}
            aria-describedby={
              error === undefined ? 'user-name-hint' : 'user-name-hint user-name-error'
            }
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <Radios
          name="user-role"
          legend="Your role"
          value={role}
          onChange={(value) => setRole(roles.find((r) => r.value === value)?.value ?? 'inspector')}
          options={roles}
        />
        <Button type="submit">Save settings</Button>
      </form>
      <h2 className="govuk-heading-m">Your keys</h2>
      <KeysPanel />
      <h2 className="govuk-heading-m">Protection</h2>
      <ProtectionSettings />
      <h2 className="govuk-heading-m">My certificate</h2>
      <CertificatePanel />
      <h2 className="govuk-heading-m">Trusted certificates</h2>
      <TrustedCertificatesPanel />
      <h2 className="govuk-heading-m">Published comparators (DfE)</h2>
      <ComparatorsPanel />
      <h2 className="govuk-heading-m">About this copy</h2>
      <AboutThisCopy />
    </>
  );
}
