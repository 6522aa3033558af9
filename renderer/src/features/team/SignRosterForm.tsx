import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { signingKeyFingerprint } from '../../../../shared/tasks';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { CertificateField } from './CertificateField';
import { currentIdentity, storedIdentities } from '../../db/identity-store';
import type { FieldProblem } from './field-problem';

/**
 * The lead signs the team roster: their own keys (Settings > Your keys) go
 * on it first, and from then on every change must be signed. The trust in
 * the roster starts from the lead's key, so the form shows its fingerprint
 * for the lead to give the team by another way (in person, by phone).
 */
export function SignRosterForm({
  keyedOthers,
  leads,
  problem,
  onSign,
  onProblem,
}: {
  /** The leads on the inspection's team, who alone may sign. */
  readonly leads: readonly string[];
  /** Others with an encryption key recorded before the roster: not used once it is signed. */
  readonly keyedOthers: readonly string[];
  readonly problem: FieldProblem | undefined;
  readonly onSign: (certificate: string) => void;
  readonly onProblem: (problem: FieldProblem) => void;
}) {
  const { db, userName } = useApp();
  const identities = useLiveQuery(() => storedIdentities(db), [db]);
  const [certificate, setCertificate] = useState('');
  // The identity is made on first use: signing the roster is a use.
  useEffect(() => {
    void currentIdentity(db);
  }, [db]);
  const mine = identities?.[0];
  function submit(event: FormEvent) {
    event.preventDefault();
    onSign(certificate);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="sign-roster-heading">
      <h2 className="govuk-heading-m" id="sign-roster-heading">
        Sign the team roster
      </h2>
      <p className="govuk-body">
        Only the lead inspector ({leads.join(', ') || 'none on the team'}) signs it. It puts you on
        the roster as {userName}, the name in Settings, with your signing key; from then on every
        change to this inspection must be signed by a member’s key on the roster.
      </p>
      <p className="govuk-body">
        Your signing key’s fingerprint:{' '}
        <code className="app-hash">
          {mine === undefined ? '…' : (signingKeyFingerprint(mine.signingKey) ?? '')}
        </code>
        . Read it out to your team, so they know the roster is yours.
      </p>
      {keyedOthers.length === 0 ? null : (
        <p className="govuk-body">
          Once you sign, bundles are encrypted only to the keys on the roster. The encryption keys
          recorded so far for {keyedOthers.join(', ')} are then no longer used: add each of them to
          the roster with their keys after signing.
        </p>
      )}
      <CertificateField
        id="roster-lead-certificate"
        whose="your"
        own
        value={certificate}
        onChange={setCertificate}
        error={problem?.field === 'certificate' ? problem.text : undefined}
        onProblem={onProblem}
      />
      <div className="govuk-button-group">
        <Button type="submit">Sign the team roster</Button>
      </div>
    </form>
  );
}
