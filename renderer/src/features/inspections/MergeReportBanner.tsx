import { parseHlc } from '../../../../shared/bundle';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { Table } from '../../components/govuk/Table';
import type { MergeReport } from '../../db/bundle-repository';
import { ScrollBox } from '../../components/layout/ScrollBox';
import { clashFieldName, clashValue } from './clash-labels';

function when(hlc: string): string {
  const wall = parseHlc(hlc)?.wallMs;
  return wall === undefined ? '' : new Date(wall).toISOString().slice(0, 16).replace('T', ' ');
}

/** What a record is, in words; the log's entity types are for machines. */
const recordNames: Readonly<Record<string, string>> = {
  inspection: 'Inspection',
  provider: 'Delegated provider',
  evidence: 'Evidence',
  judgement: 'Judgement',
  finding: 'Finding',
  improvement: 'What needs to improve',
  'priority-action': 'Area for priority action',
  acceptance: 'Accepted warning',
  summary: 'Summary',
  import: 'Imported file',
  'company-link': 'Name link',
  'conflict-review': 'Conflict review',
  'report-version': 'Report version',
  'member-key': 'Team member’s key',
};

/**
 * What a merge brought in, and every clash: two people changed the same
 * field from the same value; the later change is kept and the other shown,
 * so nobody's work disappears unseen (`workbook restore` puts it back).
 */
export function MergeReportBanner({
  from,
  report,
}: {
  readonly from: string;
  readonly report: MergeReport;
}) {
  return (
    <NotificationBanner title="Merged" success>
      <h3 className="govuk-notification-banner__heading">
        {report.added === 0
          ? `${from} held nothing new.`
          : `${report.added.toLocaleString('en-GB')} change${report.added === 1 ? '' : 's'} merged from ${from}.`}
      </h3>
      <p className="govuk-body">
        {report.clashes.length === 0
          ? 'No edits clashed.'
          : `${report.clashes.length} edit${report.clashes.length === 1 ? '' : 's'} clashed: the later change is kept.`}
        {report.editsOfDeleted === 0
          ? ''
          : ` ${report.editsOfDeleted} edit(s) were to records the other side had deleted.`}
      </p>
      {report.clashes.length === 0 ? null : (
        // Four columns of free text do not fit 320 px: the table scrolls in its box (WCAG 1.4.10).
        <ScrollBox label="Edits that clashed">
          <Table
            caption="Edits that clashed"
            captionClass="govuk-table__caption--s"
            rows={report.clashes}
            rowKey={(clash) => `${clash.entity}/${clash.id}/${clash.field}`}
            columns={[
              { header: 'Record', cell: (c) => `${recordNames[c.entity] ?? c.entity}: ${c.id}` },
              { header: 'Field', cell: (c) => clashFieldName(c.field) },
              {
                header: 'Kept',
                cell: (c) =>
                  `${clashValue(c.field, c.kept.value)} (${c.kept.author}, ${when(c.kept.hlc)})`,
              },
              {
                header: 'Not kept',
                cell: (c) =>
                  `${clashValue(c.field, c.other.value)} (${c.other.author}, ${when(c.other.hlc)})`,
              },
            ]}
          />
        </ScrollBox>
      )}
    </NotificationBanner>
  );
}
