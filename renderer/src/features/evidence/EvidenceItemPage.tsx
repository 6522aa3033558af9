import { useEffect, useState, type ReactNode } from 'react';
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
import { evidenceAreas } from '../../../../shared/tasks';

type Mode = 'view' | 'change' | 'withdraw';

/** GOV.UK's two-thirds column, the width forms are laid out in. */
function TwoThirds({ children }: { readonly children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}

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
  const [cancelled, setCancelled] = useState(0);
  // Cancelling a form puts focus back on the page's heading, not lost on the page body.
  useEffect(() => {
    if (cancelled > 0) document.querySelector<HTMLElement>('#main-content h1')?.focus();
  }, [cancelled]);
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
  // The areas this inspection judges (a self-assessment adds overall effectiveness).
  const offered = evidenceAreas(workbook.data);
  const sources = [
    { value: 'council', label: `${inspection.council.name} (the council)` },
    ...providers.map((provider) => ({ value: provider.id, label: provider.name })),
  ];
  const sourceName = (id: string) => sources.find((s) => s.value === id)?.label ?? id;
  const areaLabel = (id: string) => offered.find((a) => a.id === id)?.label ?? id;
  const cancel = () => {
    setMode('view');
    setCancelled((n) => n + 1);
  };
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
      <h1 className="govuk-heading-xl" tabIndex={-1}>
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
        <TwoThirds>
          <EvidenceEditForm
            item={item}
            sources={sources}
            areas={offered}
            onSite={inspection.onSite}
            onCancel={cancel}
            onSave={async (input) => {
              const outcome = await runCommand(db, inspectionId, userName, (context) =>
                editEvidence(context, input),
              );
              if (!outcome.ok) return outcome.error.message;
              done(`Evidence ${item.id} changed`);
              return undefined;
            }}
          />
        </TwoThirds>
      ) : mode === 'withdraw' ? (
        <TwoThirds>
          <WithdrawForm
            evidenceId={item.id}
            onCancel={cancel}
            onWithdraw={async (reason) => {
              const outcome = await runCommand(db, inspectionId, userName, (context) =>
                withdrawEvidence(context, { id: item.id, reason }),
              );
              if (!outcome.ok) return outcome.error.message;
              done(`Evidence ${item.id} withdrawn`);
              return undefined;
            }}
          />
        </TwoThirds>
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
          {lines === undefined || operations === undefined ? null : (
            <EvidenceHistory lines={lines} operations={operations} />
          )}
        </>
      )}
    </>
  );
}
