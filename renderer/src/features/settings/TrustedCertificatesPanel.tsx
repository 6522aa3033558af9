import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { Table, type Column } from '../../components/govuk/Table';
import {
  addTrustedCertificates,
  listTrustedCertificates,
  removeTrustedCertificate,
  type StoredTrustedCertificate,
} from '../../db/trusted-certificates-store';
import { getPlatform } from '../../platform';

/** The table's columns: subject, fingerprint, and a button to stop trusting it. */
function trustedColumns(
  onRemove: (certificate: StoredTrustedCertificate) => void,
): Column<StoredTrustedCertificate>[] {
  return [
    { header: 'Subject', cell: (c) => c.subject },
    { header: 'SHA-256 fingerprint', cell: (c) => c.fingerprint, cellClass: 'app-hash' },
    {
      header: 'Action',
      cell: (c) => (
        <button type="button" className="govuk-link app-link-button" onClick={() => onRemove(c)}>
          Remove<span className="govuk-visually-hidden"> {c.subject}</span>
        </button>
      ),
    },
  ];
}

/**
 * Trusted certificates: the certificates (a signer's own, or an authority
 * that issues signers' certificates) that say who signed a report. Without
 * one, a signature only proves the file is unchanged since whoever holds the
 * certificate's key signed it. The same files `workbook verify --trust`
 * takes; kept in this browser profile, never in a workbook.
 */
export function TrustedCertificatesPanel() {
  const { db, userName } = useApp();
  const trusted = useLiveQuery(() => listTrustedCertificates(db), [db]) ?? [];
  const [problem, setProblem] = useState<string | undefined>();
  const [added, setAdded] = useState<string | undefined>();

  async function add() {
    setAdded(undefined);
    const chosen = await getPlatform().openFiles({
      title: 'Choose a certificate to trust',
      filters: [{ name: 'Certificates (PEM or DER)', extensions: ['pem', 'crt', 'cer', 'der'] }],
    });
    if (!chosen.ok) return setProblem(chosen.error.message);
    const file = chosen.data[0];
    if (file === undefined) return undefined;
    const result = await addTrustedCertificates(db, file, userName);
    if (!result.ok) return setProblem(result.error.message);
    setProblem(undefined);
    return setAdded(`Trusted ${result.data.map((c) => c.subject).join('; ')}.`);
  }

  return (
    <>
      {problem === undefined ? null : (
        <ErrorSummary errors={[{ text: problem, href: '#trusted-certificates-add' }]} />
      )}
      {added === undefined ? null : (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">{added}</p>
        </NotificationBanner>
      )}
      <p className="govuk-body">
        A valid signature proves a report is unchanged since it was signed, not who signed it:
        anyone can make a certificate with any name. Add the lead inspector’s certificate, or the
        certificate authority that issued it, and compare its SHA-256 fingerprint with the one they
        give you (for example by phone). Reports signed with it are then shown as “signer trusted”.
      </p>
      {trusted.length === 0 ? (
        <p className="govuk-body">No trusted certificates yet.</p>
      ) : (
        <Table
          caption="Trusted certificates"
          captionClass="govuk-table__caption--s"
          rows={trusted}
          rowKey={(c) => c.fingerprint}
          columns={trustedColumns((c) => void removeTrustedCertificate(db, c.fingerprint))}
        />
      )}
      <Button id="trusted-certificates-add" variant="secondary" onClick={() => void add()}>
        Add a trusted certificate
      </Button>
    </>
  );
}
