import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { usePageTitle } from '../../app/page-title';
import { hrefFor, navigate, replaceQuery, useRoute } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { removeImportCall } from '../../db/import-call';
import { recheckReturnIn } from '../../db/recheck-return';
import { listImports } from '../../db/imports-repository';
import type { ImportRecord } from '../../db/schema';
import { useWorkbook } from '../inspections/use-workbook';
import { ConfirmRemoval } from './ConfirmRemoval';
import { CrossChecksPanel } from './CrossChecksPanel';
import { DropZone } from './DropZone';
import { ImportPanel } from './ImportPanel';
import { ImportsTable } from './ImportsTable';
import { ownerNameIn } from './owner-name';
import { parseInWorker } from './parse-in-worker';
import { ProblemsTable } from './ProblemsTable';
import { queryFromView, viewFromQuery, type RecordsView } from './records-query';
import { ReturnYears } from './ReturnYears';
import { RowsTable } from './RowsTable';
import { useImport } from './use-import';

/**
 * Records: choose or drop files for the council or a provider, import them
 * (progress, cancel), then each import's validation report and its rows.
 * Which file and view show is in the address (`?file=…&view=rows&table=…&row=…`),
 * so Back returns to the previous one and a problem can link to its row.
 */
export function RecordsPage({ inspectionId }: { readonly inspectionId: string }) {
  const { db, userName } = useApp();
  const route = useRoute();
  const view = viewFromQuery(route.name === 'records' ? route.query : undefined);
  const workbook = useWorkbook(inspectionId);
  const imports = useLiveQuery(() => listImports(db, inspectionId), [db, inspectionId]);
  const [owner, setOwner] = useState('council');
  const [period, setPeriod] = useState<'current' | 'previous'>('current');
  const [removeError, setRemoveError] = useState<string | undefined>();
  const [removing, setRemoving] = useState<ImportRecord | undefined>();
  const { state, choose, drop, cancel } = useImport(inspectionId);
  // Set by "Show problems" / "Show rows": the shown section's heading takes focus once it shows.
  const focusSection = useRef(false);
  const shownRecord = imports?.find((record) => record.id === (view.file ?? imports[0]?.id));
  // A file chosen by address names itself in the title, so history and tabs tell views apart.
  usePageTitle(
    view.file === undefined || shownRecord === undefined
      ? 'Records'
      : `${view.view === 'rows' ? 'Rows' : 'Problems'} in ${shownRecord.fileName} – Records`,
  );

  useEffect(() => {
    if (!focusSection.current || shownRecord === undefined) return;
    focusSection.current = false;
    const heading = document.getElementById(
      view.view === 'rows' ? 'rows-heading' : 'problems-heading',
    );
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, [shownRecord, view.view]);

  if (workbook === undefined || imports === undefined)
    return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  const { providers, inspection } = workbook.data;
  const ownerName = ownerNameIn(workbook.data);

  function show(next: RecordsView) {
    focusSection.current = true;
    navigate({ name: 'records', inspectionId, query: queryFromView(next) });
  }

  async function remove(record: ImportRecord) {
    setRemoving(undefined);
    const removed = await removeImportCall(db, inspectionId, userName, record.id);
    setRemoveError(removed.ok ? undefined : removed.error.message);
  }

  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>
        {inspection.council.name}
      </BackLink>
      {removeError === undefined ? null : <ErrorSummary errors={[{ text: removeError }]} />}
      <h1 className="govuk-heading-xl">Records</h1>
      <p className="govuk-body">
        Import SSDA903 tables (CSV or XML), CIN census returns, Annex A workbooks and Ofsted
        provider lists. Every row is kept and every problem is listed by file, row and column.
      </p>
      {imports.length === 0 ? null : (
        <p className="govuk-body">
          <a
            className="govuk-link"
            href={hrefFor({ name: 'records', inspectionId, sub: 'problems' })}
          >
            See the problems in all files together
          </a>
        </p>
      )}
      <Radios
        name="owner"
        legend="Whose records are these?"
        value={owner}
        onChange={setOwner}
        options={[
          { value: 'council', label: inspection.council.name, hint: 'The council’s own records' },
          ...providers.map((p) => ({ value: p.id, label: p.name, hint: 'A delegated provider' })),
        ]}
      />
      <p className="govuk-hint">Ofsted provider lists always belong to the whole inspection.</p>
      <Radios
        name="period"
        legend="Which SSDA903 return is it?"
        value={period}
        onChange={(value) => setPeriod(value === 'previous' ? 'previous' : 'current')}
        options={[
          {
            value: 'current',
            label: 'This year’s return',
            hint: 'The return the inspection looks at',
          },
          {
            value: 'previous',
            label: 'The previous year’s return',
            hint: 'Checked against its own year; used only for the DfE’s checks across years, never counted',
          },
        ]}
      />
      <DropZone
        disabled={state.status === 'running'}
        onChoose={() => void choose(owner, { period })}
        onDrop={(files) => void drop(owner, files, { period })}
      />
      <ImportPanel state={state} onCancel={cancel} />
      <ReturnYears
        imports={imports}
        ownerName={ownerName}
        onRecheck={async (whose, which, year) => {
          const outcome = await recheckReturnIn(
            db,
            inspectionId,
            userName,
            whose,
            which,
            parseInWorker,
            year ?? null,
          );
          return outcome.ok ? undefined : outcome.error.message;
        }}
      />
      <ImportsTable
        imports={imports}
        ownerName={ownerName}
        onShow={(id) => show({ file: id, view: 'problems' })}
        onShowRows={(id) => show({ file: id, view: 'rows' })}
        onRemove={setRemoving}
      />
      {imports.some((record) => record.kind === 'cin-census') ? (
        <CrossChecksPanel inspectionId={inspectionId} ownerName={ownerName} />
      ) : null}
      {removing === undefined ? null : (
        <ConfirmRemoval
          record={removing}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(undefined)}
        />
      )}
      {shownRecord === undefined ? (
        view.file === undefined ? null : (
          <p className="govuk-body" data-testid="file-gone">
            The file this address names is no longer imported. Choose a file above to see its
            problems or rows.
          </p>
        )
      ) : view.view === 'rows' ? (
        <RowsTable
          inspectionId={inspectionId}
          record={shownRecord}
          table={view.table}
          row={view.row}
          key={shownRecord.id}
          onView={(table, row) =>
            route.name === 'records' &&
            replaceQuery(
              route,
              queryFromView({
                file: shownRecord.id,
                view: 'rows',
                table,
                ...(row === undefined ? {} : { row }),
              }),
            )
          }
        />
      ) : (
        <ProblemsTable inspectionId={inspectionId} record={shownRecord} key={shownRecord.id} />
      )}
    </>
  );
}
