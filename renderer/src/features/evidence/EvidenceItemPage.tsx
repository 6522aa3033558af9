import { useState } from 'react';
import { frameworkById } from '../../../../shared/domain';
import { auditTrail, editEvidence, withdrawEvidence } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { usePageTitle } from '../../app/page-title';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { runCommand } from '../../db/workbook-repository';
import { useWorkbook } from '../inspections/use-workbook';
import { EvidenceDetails } from './EvidenceDetails';
import { EvidenceEditForm } from './EvidenceEditForm';
import { EvidenceHistory } from './EvidenceHistory';
import { historyLines, formatWhen } from './history-lines';
import { useOperations } from './use-operations';
import { WithdrawForm } from './WithdrawForm';

type Mode = 'view' | 'change' | 'withdraw';

/**
 * One evidence item at its own address: the item in full, Change (the
 * capture form's fields, checked the same way), Withdraw (kept, marked
 * withdrawn, never deleted) and its change history from the log.
 */
export function EvidenceItemPage({
  inspectionId,
  evidenceId,
}: {
  readonly inspectionId: string;
  readonly evidenceId: string;
}) {
  usePageTitle(`Evidence ${evidenceId}`);
  const { db, userName } = useApp();
  const workbook = useWorkbook(inspectionId);
  const operations = useOperations(inspectionId);
  const [mode, setMode] = useState<Mode>('view');
  const [saved, setSaved] = useState<{ readonly count: number; readonly text: string }>();
  if (workbook === undefined) return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  const { inspection, providers, evidence } = workbook.data;
  const back = <BackLink href={hrefFor({ name: 'evidence', inspectionId })}>All evidence</BackLink>;
  const item = evidence.find((each) => each.id === evidenceId);
  if (item === undefined) {
    return (
      <>
        {back}
        <h1 className="govuk-heading-xl">Evidence {evidenceId}</h1>
        <p className="govuk-body">This inspection has no evidence item with the id {evidenceId}.</p>
      </>
    );
  }
  const framework = frameworkById(inspection.framework);
  const sources = [
    { value: 'council', label: `${inspection.council.name} (the council)` },
    ...providers.map((provider) => ({ value: provider.id, label: provider.name })),
  ];
  const sourceName = (id: string) => sources.find((s) => s.value === id)?.label ?? id;
  const areaLabel = (id: string) => framework.areas.find((a) => a.id === id)?.label ?? id;
  const done = (text: string) => {
    setSaved((last) => ({ count: (last?.count ?? 0) + 1, text }));
    setMode('view');
  };
  const lines =
    operations === undefined
      ? undefined
      : historyLines(auditTrail(operations, { entity: 'evidence', id: item.id }), {
          source: sourceName,
          area: areaLabel,
        });

  return (
    <>
      {back}
      {saved === undefined ? null : (
        <NotificationBanner key={saved.count} title="Success" success>
          <p className="govuk-notification-banner__heading">{saved.text}</p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">{inspection.council.name}</span>
      <h1 className="govuk-heading-xl">
        Evidence {item.id}
        {item.withdrawn === undefined ? null : (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--grey">Withdrawn</strong>
          </>
        )}
      </h1>
      {item.withdrawn === undefined ? null : (
        <div className="govuk-inset-text">
          Withdrawn by {item.withdrawn.by} on {formatWhen(item.withdrawn.at)}:{' '}
          {item.withdrawn.reason}. It is kept here but no longer counts towards criteria,
          contributions or the report.
        </div>
      )}
      {mode === 'change' ? (
        <EvidenceEditForm
          item={item}
          sources={sources}
          areas={framework.areas}
          onSite={inspection.onSite}
          onCancel={() => setMode('view')}
          onSave={async (input) => {
            const outcome = await runCommand(db, inspectionId, userName, (context) =>
              editEvidence(context, input),
            );
            if (!outcome.ok) return outcome.error.message;
            done(`Evidence ${item.id} changed`);
            return undefined;
          }}
        />
      ) : mode === 'withdraw' ? (
        <WithdrawForm
          evidenceId={item.id}
          onCancel={() => setMode('view')}
          onWithdraw={async (reason) => {
            const outcome = await runCommand(db, inspectionId, userName, (context) =>
              withdrawEvidence(context, { id: item.id, reason }),
            );
            if (!outcome.ok) return outcome.error.message;
            done(`Evidence ${item.id} withdrawn`);
            return undefined;
          }}
        />
      ) : (
        <>
          <EvidenceDetails
            inspectionId={inspectionId}
            item={item}
            sourceName={sourceName(item.source)}
            areaLabel={areaLabel}
          />
          {item.withdrawn === undefined ? (
            <div className="govuk-button-group">
              <Button variant="secondary" onClick={() => setMode('change')}>
                Change<span className="govuk-visually-hidden"> evidence {item.id}</span>
              </Button>
              <Button variant="warning" onClick={() => setMode('withdraw')}>
                Withdraw<span className="govuk-visually-hidden"> evidence {item.id}</span>
              </Button>
            </div>
          ) : null}
          {lines === undefined ? null : <EvidenceHistory lines={lines} />}
        </>
      )}
    </>
  );
}
