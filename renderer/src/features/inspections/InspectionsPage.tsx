import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { inspectionKind, inspectionKindIdSchema } from '../../../../shared/domain';
import { buildDemo } from '../../../../shared/demo';
import { useApp } from '../../app/app-context';
import { hrefFor, navigate } from '../../app/router';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { ScrollBox } from '../../components/layout/ScrollBox';
import { listInspections, loadWorkbook, newId, storeLog } from '../../db/workbook-repository';
import { CreateInspectionForm } from './CreateInspectionForm';
import { importDemoRecords } from './demo-records';
import { BundlePassphraseForm } from './BundlePassphraseForm';
import { useBundleActions } from './use-bundle-actions';
import { formatDateSpan } from '../../components/format-date';

/** The inspections on this device, and a way in for a newcomer. */
export function InspectionsPage() {
  const { db, userName } = useApp();
  const inspections = useLiveQuery(() => listInspections(db), [db]);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const bundles = useBundleActions();
  const bundleProblem = bundles.status.kind === 'failed' ? bundles.status.message : undefined;

  async function openDemo() {
    setBusy(true);
    const stored = await storeLog(
      db,
      buildDemo('ilacs-2026', { newId, now: () => new Date().toISOString() }),
    );
    if (!stored.ok) {
      setBusy(false);
      return setProblem(stored.error.message);
    }
    const workbook = await loadWorkbook(db, stored.data);
    const imported = workbook.ok ? await importDemoRecords(db, workbook.data, userName) : workbook;
    setBusy(false);
    if (!imported.ok) return setProblem(imported.error.message);
    return navigate({ name: 'overview', inspectionId: stored.data });
  }

  return (
    <>
      {problem === undefined && bundleProblem === undefined ? null : (
        <ErrorSummary
          errors={[problem, bundleProblem]
            .filter((text) => text !== undefined)
            .map((text) => ({ text }))}
        />
      )}
      <h1 className="govuk-heading-xl">Inspections</h1>
      {inspections === undefined ? (
        <p className="govuk-body">Loading…</p>
      ) : inspections.length === 0 ? (
        <p className="govuk-body">There are no inspections on this device yet.</p>
      ) : (
        // Three columns with long dates do not fit 320 px: the table scrolls in its own
        // box, never the page (WCAG 1.4.10, https://www.w3.org/WAI/WCAG22/Understanding/reflow).
        <ScrollBox label="Inspections on this device">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              On this device
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Council
                </th>
                <th scope="col" className="govuk-table__header">
                  Kind
                </th>
                <th scope="col" className="govuk-table__header">
                  On site
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {inspections.map((inspection) => (
                <tr className="govuk-table__row" key={inspection.id}>
                  <th scope="row" className="govuk-table__header">
                    <a
                      className="govuk-link"
                      href={hrefFor({ name: 'overview', inspectionId: inspection.id })}
                    >
                      {inspection.council}
                    </a>
                  </th>
                  <td className="govuk-table__cell">{kindLabel(inspection.kind)}</td>
                  <td className="govuk-table__cell">
                    {formatDateSpan(inspection.onSiteStart, inspection.onSiteEnd)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <h2 className="govuk-heading-m">Open a colleague’s inspection</h2>
      <p className="govuk-body">
        Open a bundle (an <code>.inspection</code> file) that a colleague exported from Inspection
        Workbook. To combine a colleague’s work with an inspection already here, open that
        inspection and merge their bundle.
      </p>
      <Button
        variant="secondary"
        disabled={bundles.status.kind === 'busy'}
        onClick={() =>
          void bundles.openBundleFile().then((id) => {
            if (id !== undefined) navigate({ name: 'overview', inspectionId: id });
          })
        }
      >
        Open a bundle
      </Button>
      {bundles.status.kind === 'busy' ? (
        <output className="govuk-body govuk-!-display-block">{bundles.status.what}</output>
      ) : null}
      {bundles.status.kind === 'needs-passphrase' ? (
        <BundlePassphraseForm
          fileName={bundles.status.file.name}
          problem={bundles.status.problem}
          onCancel={bundles.cancel}
          onSubmit={(passphrase) =>
            void bundles.withPassphrase(passphrase).then((id) => {
              if (id !== undefined) navigate({ name: 'overview', inspectionId: id });
            })
          }
        />
      ) : null}
      <CreateInspectionForm />
      <h2 className="govuk-heading-m">New to Inspection Workbook?</h2>
      <p className="govuk-body">
        The demo inspection of Northmoor, a fictional council, has three delegated providers,
        evidence in every area and graded judgements.
      </p>
      <Button variant="secondary" onClick={() => void openDemo()} disabled={busy}>
        Open the demo inspection
      </Button>
      {busy ? (
        <output className="govuk-body govuk-!-display-block">
          Building the demo and importing its records…
        </output>
      ) : null}
    </>
  );
}

function kindLabel(kind: string): string {
  const parsed = inspectionKindIdSchema.safeParse(kind);
  return parsed.success ? inspectionKind(parsed.data).label : kind;
}
