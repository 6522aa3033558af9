import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import type { MergeReport } from '../../db/bundle-repository';
import { ClashTable } from './ClashTable';

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
      {report.clashes.length === 0 ? null : <ClashTable clashes={report.clashes} />}
    </NotificationBanner>
  );
}
