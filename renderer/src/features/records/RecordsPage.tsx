import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { removeImportCall } from '../../db/import-call';
import { listImports } from '../../db/imports-repository';
import type { ImportRecord } from '../../db/schema';
import { useWorkbook } from '../inspections/use-workbook';
import { DropZone } from './DropZone';
import { ImportPanel } from './ImportPanel';
import { ConfirmRemoval } from './ConfirmRemoval';
import { ImportsTable } from './ImportsTable';
import { ProblemsTable } from './ProblemsTable';
import { RowsTable } from './RowsTable';
import { useImport } from './use-import';

/**
 * Records: choose or drop files for the council or a provider, import them
 * (progress, cancel), then each import's validation report and its rows.
 */
export function RecordsPage({ inspectionId }: { readonly inspectionId: string }) {
  const { db, userName } = useApp();
  const workbook = useWorkbook(inspectionId);
  const imports = useLiveQuery(() => listImports(db, inspectionId), [db, inspectionId]);
  const [owner, setOwner] = useState('council');
  const [shown, setShown] = useState<{ id: string; view: 'problems' | 'rows' } | undefined>();
  const [removeError, setRemoveError] = useState<string | undefined>();
  const [removing, setRemoving] = useState<ImportRecord | undefined>();
  const { state, choose, drop, cancel } = useImport(inspectionId);

  if (workbook === undefined || imports === undefined)
    return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  const { providers, inspection } = workbook.data;
  const ownerName = (id: string) =>
    id === 'council'
      ? inspection.council.name
      : id === 'inspection'
        ? 'Whole inspection'
        : (providers.find((p) => p.id === id)?.name ?? id);
  // Until one is chosen, the newest import's problems show.
  const shownRecord = imports.find((record) => record.id === (shown?.id ?? imports[0]?.id));

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
        Import SSDA903 tables (CSV or XML), Annex A workbooks and Ofsted provider lists. Every row
        is kept and every problem is listed by file, row and column.
      </p>
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
      <DropZone
        disabled={state.status === 'running'}
        onChoose={() => void choose(owner)}
        onDrop={(files) => void drop(owner, files)}
      />
      <ImportPanel state={state} onCancel={cancel} />
      <ImportsTable
        imports={imports}
        ownerName={ownerName}
        onShow={(id) => setShown({ id, view: 'problems' })}
        onShowRows={(id) => setShown({ id, view: 'rows' })}
        onRemove={setRemoving}
      />
      {removing === undefined ? null : (
        <ConfirmRemoval
          record={removing}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(undefined)}
        />
      )}
      {shownRecord === undefined ? null : shown?.view === 'rows' ? (
        <RowsTable record={shownRecord} key={shownRecord.id} />
      ) : (
        <ProblemsTable
          importId={shownRecord.id}
          fileName={shownRecord.fileName}
          key={shownRecord.id}
        />
      )}
    </>
  );
}
