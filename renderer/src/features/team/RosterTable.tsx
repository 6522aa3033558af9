import type { ReactNode } from 'react';
import type { RosterRow } from '../../../../shared/tasks';
import { Table, type Column } from '../../components/govuk/Table';
import { ScrollBox } from '../../components/layout/ScrollBox';
import { roleLabel } from '../inspections/labels';
import './team.scss';
import { certificateText, shortCertificate, shortFingerprint, shortRecipient } from './short-keys';

function certificateCell(row: RosterRow) {
  if (!row.signsReports) return 'Does not sign reports';
  if (row.certificateSha256 === null) return row.onRoster ? 'None recorded' : '';
  return <code>{shortCertificate(row.certificateSha256)}</code>;
}

/** The link that removes a member from the signed roster (not the lead, who cannot be removed). */
export function RemoveLink({
  row,
  lead,
  onRemove,
}: {
  readonly row: RosterRow;
  readonly lead: string | undefined;
  readonly onRemove: (name: string) => void;
}) {
  return row.onRoster && row.name !== lead ? (
    <button
      type="button"
      className="govuk-link app-link-button app-link-button--warning app-roster-remove"
      onClick={() => onRemove(row.name)}
    >
      Remove<span className="govuk-visually-hidden"> {row.name} from the roster</span>
    </button>
  ) : null;
}

function columns(change: (row: RosterRow) => ReactNode): Column<RosterRow>[] {
  return [
    { header: 'Name', cell: (row) => row.name },
    { header: 'Role', cell: (row) => roleLabel(row.role) },
    {
      header: 'Signing key',
      cell: (row) =>
        row.signingFingerprint === null ? (
          'Not on the roster'
        ) : (
          <code>{shortFingerprint(row.signingFingerprint)}</code>
        ),
    },
    {
      header: 'Encryption key',
      cell: (row) =>
        row.recipient === null ? (
          row.onRoster ? (
            'None given'
          ) : (
            'No key yet'
          )
        ) : (
          <code>{shortRecipient(row.recipient)}</code>
        ),
    },
    { header: 'Certificate (SHA-256)', cell: certificateCell },
    { header: 'Change', cell: change },
  ];
}

/** Each member's keys in full, to read out and compare with what they give you. */
function FullKeys({ rows }: { readonly rows: readonly RosterRow[] }) {
  const keyed = rows.filter((row) => row.signingKey !== null || row.recipient !== null);
  if (keyed.length === 0) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">The members’ keys in full</span>
      </summary>
      <div className="govuk-details__text">
        <dl className="govuk-summary-list">
          {keyed.map((row) => (
            <div className="govuk-summary-list__row" key={row.name}>
              <dt className="govuk-summary-list__key">{row.name}</dt>
              <dd className="govuk-summary-list__value app-hash">
                {row.signingKey === null ? null : (
                  <>
                    <span className="govuk-!-display-block">
                      Signing key fingerprint: <code>{row.signingFingerprint}</code>
                    </span>
                    <span className="govuk-!-display-block">
                      Signing key: <code>{row.signingKey}</code>
                    </span>
                  </>
                )}
                {row.recipient === null ? null : (
                  <span className="govuk-!-display-block">
                    Encryption key: <code>{row.recipient}</code>
                  </span>
                )}
                {row.certificateSha256 === null ? null : (
                  <span className="govuk-!-display-block">
                    Certificate SHA-256: <code>{certificateText(row.certificateSha256)}</code>
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}

/**
 * The team roster as a GOV.UK table (https://design-system.service.gov.uk/components/table/):
 * each member's role and keys, shortened, with their keys in full below it.
 * The encryption key shown is the one in force, to which bundles are encrypted.
 */
export function RosterTable({
  rows,
  change,
}: {
  readonly rows: readonly RosterRow[];
  /** What the Change column offers for a member. */
  readonly change: (row: RosterRow) => ReactNode;
}) {
  return (
    <>
      <ScrollBox label="Table of the team roster">
        <Table
          caption="Members of the team"
          captionClass="govuk-table__caption--m"
          rows={rows}
          rowKey={(row) => row.name}
          columns={columns(change)}
        />
      </ScrollBox>
      <FullKeys rows={rows} />
    </>
  );
}
