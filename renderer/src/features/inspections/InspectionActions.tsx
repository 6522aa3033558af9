import { useState } from 'react';
import { navigate } from '../../app/router';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { ConfirmDestructive } from '../../components/govuk/ConfirmDestructive';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { WarningText } from '../../components/govuk/WarningText';
import { deleteInspection } from '../../db/bundle-repository';
import { BundlePassphraseForm } from './BundlePassphraseForm';
import { ExportBundleForm } from './ExportBundleForm';
import { bundleFileName } from './file-name';
import { MergeReportBanner } from './MergeReportBanner';
import { useBundleActions } from './use-bundle-actions';
import { useTeamKeys } from './use-team-keys';
import { appDrafts } from '../../db/app-store';

/**
 * Share, combine and remove an inspection: export its bundle for a colleague
 * or the `workbook` command, merge a colleague's bundle back in, and delete
 * it from this device after a confirmation (a destructive action).
 */
export function InspectionActions({
  inspectionId,
  council,
  onSiteStart,
}: {
  readonly inspectionId: string;
  readonly council: string;
  readonly onSiteStart: string;
}) {
  const { db } = useApp();
  const bundles = useBundleActions();
  const [confirming, setConfirming] = useState(false);
  const { status } = bundles;
  const team = useTeamKeys(inspectionId);
  const fileName = bundleFileName(council, onSiteStart);
  return (
    <section aria-labelledby="share-heading">
      <h2 className="govuk-heading-m" id="share-heading">
        Share, merge or delete
      </h2>
      {status.kind === 'failed' ? <ErrorSummary errors={[{ text: status.message }]} /> : null}
      {status.kind === 'exported' ? (
        <NotificationBanner title="Exported" success>
          <p className="govuk-body">
            {status.recipients === 0
              ? 'The bundle was saved, not encrypted'
              : `The bundle was saved, encrypted to ${status.recipients} ${status.recipients === 1 ? 'key' : 'keys'}`}
            : {status.where}
          </p>
          {status.copyWhere === undefined ? null : (
            <p className="govuk-body">
              The copy sealed with a passphrase was saved: {status.copyWhere}
            </p>
          )}
        </NotificationBanner>
      ) : null}
      {status.kind === 'merged' ? (
        <>
          <MergeReportBanner from={status.from} report={status.report} />
          {status.notice === undefined ? null : <WarningText>{status.notice}</WarningText>}
        </>
      ) : null}
      {status.kind === 'needs-passphrase' ? (
        <BundlePassphraseForm
          fileName={status.file.name}
          problem={status.problem}
          onCancel={bundles.cancel}
          onSubmit={(passphrase) => void bundles.withPassphrase(passphrase)}
        />
      ) : null}
      {status.kind === 'busy' ? (
        <output className="govuk-body govuk-!-display-block">{status.what}</output>
      ) : null}
      <p className="govuk-body">
        A bundle (<code>.inspection</code>) holds everything in this inspection, including the
        imported files, so a colleague can merge it into their copy.
      </p>
      {team === undefined ? (
        <p className="govuk-body">Loading the team’s keys…</p>
      ) : !team.ok ? (
        <ErrorSummary errors={[{ text: team.error.message }]} />
      ) : (
        <ExportBundleForm
          team={team.data}
          fileName={fileName}
          busy={status.kind === 'busy'}
          onExport={(choice) => void bundles.exportBundle(inspectionId, fileName, choice)}
        />
      )}
      <div className="govuk-button-group">
        <Button
          variant="secondary"
          disabled={status.kind === 'busy'}
          onClick={() => void bundles.mergeBundleFile(inspectionId)}
        >
          Merge a colleague’s bundle
        </Button>
        {confirming ? null : (
          <Button variant="warning" onClick={() => setConfirming(true)}>
            Delete inspection
          </Button>
        )}
      </div>
      {confirming ? (
        <ConfirmDestructive
          id="delete-heading"
          level={3}
          question={`Delete ${council} from this device?`}
          confirm="Yes, delete this inspection"
          onConfirm={() =>
            void deleteInspection(db, inspectionId, appDrafts).then(() =>
              navigate({ name: 'inspections' }),
            )
          }
          onCancel={() => setConfirming(false)}
        >
          This removes the inspection, its evidence, grades and imported records from this device.
          Export a bundle first if you may need it again.
        </ConfirmDestructive>
      ) : null}
    </section>
  );
}
