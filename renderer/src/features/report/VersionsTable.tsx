import type { ReportVersion } from '../../../../shared/workbook';
import { Table } from '../../components/govuk/Table';

function when(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/**
 * The signed versions: each locked, with who signed and the file's SHA-256,
 * so anyone can check a PDF they were sent is the one signed (Verify, below).
 */
export function VersionsTable({ versions }: { readonly versions: readonly ReportVersion[] }) {
  if (versions.length === 0) {
    return <p className="govuk-body">No version has been signed yet.</p>;
  }
  return (
    <Table
      caption="Signed versions"
      captionClass="govuk-table__caption--s"
      rows={versions.toReversed()}
      rowKey={(version) => version.id}
      columns={[
        { header: 'Version', cell: (v) => String(v.number), numeric: true },
        { header: 'Signed by', cell: (v) => `${v.signedBy} (${v.signerName})` },
        { header: 'Role', cell: (v) => (v.role === 'lead' ? 'Lead inspector' : 'Council officer') },
        { header: 'Signed at (UTC)', cell: (v) => when(v.signedAt) },
        {
          header: 'PDF SHA-256',
          cell: (v) => v.pdfSha256,
          cellClass: 'app-hash',
        },
      ]}
    />
  );
}
