import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { useApp } from '../../app/app-context';
import { usePageTitle } from '../../app/page-title';
import { hrefFor, replaceQuery, type InspectionRoute } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { listImports } from '../../db/imports-repository';
import { listInspectionProblems } from '../../db/problems-repository';
import { useWorkbook } from '../inspections/use-workbook';
import { AllProblemsFilters } from './AllProblemsFilters';
import { AllProblemsTable } from './AllProblemsTable';
import { filterEntries, filterFromQuery, queryFromFilter, type EntryFilter } from './entry-filter';
import { ownerNameIn } from './owner-name';
import { ProblemsDownload } from './ProblemsDownload';

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Every imported file's problems in one list, filtered by owner, severity,
 * rule, DfE code and child, each leading to the row it names. The filters
 * live in the address, so a filtered list can be returned to, reloaded and
 * linked to (the Overview links here filtered to errors). The problems shown
 * can be saved as a CSV or an Excel workbook for the council to correct.
 */
export function ProblemsPage({ route }: { readonly route: InspectionRoute }) {
  const { inspectionId } = route;
  const { db } = useApp();
  usePageTitle('Problems in the records');
  const workbook = useWorkbook(inspectionId);
  const entries = useLiveQuery(() => listInspectionProblems(db, inspectionId), [db, inspectionId]);
  const imports = useLiveQuery(() => listImports(db, inspectionId), [db, inspectionId]);
  const filter = filterFromQuery(
    route.name === 'overview' || route.name === 'child' ? undefined : route.query,
  );
  // Typing a child's id stays responsive on 10,000+ problems: the table catches up between keys.
  const deferred = useDeferredValue(filter);
  const shown = useMemo(
    () => filterEntries(entries ?? [], deferred),
    // The filter's parts, not its object (made afresh each render from the address).
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [entries, deferred.owner, deferred.severity, deferred.rule, deferred.dfe, deferred.child],
  );

  const back = <BackLink href={hrefFor({ name: 'records', inspectionId })}>Records</BackLink>;
  if (workbook === undefined || entries === undefined || imports === undefined)
    return (
      <>
        {back}
        <h1 className="govuk-heading-xl">Problems in the records</h1>
        <p className="govuk-body">Loading…</p>
      </>
    );
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  const ownerName = ownerNameIn(workbook.data);
  const change = (next: EntryFilter) => replaceQuery(route, queryFromFilter(next));
  const files = new Set(entries.map((e) => e.importId)).size;
  // The report lists this owner's files, or (when narrowed further) only those with a problem shown.
  const reportFiles = {
    owner: deferred.owner,
    onlyWithProblems:
      deferred.severity !== '' ||
      deferred.rule !== '' ||
      deferred.dfe !== '' ||
      deferred.child !== '',
  };

  return (
    <>
      {back}
      <h1 className="govuk-heading-xl">Problems in the records</h1>
      <p className="govuk-body">
        {entries.length === 0
          ? 'No problems were found in the imported files.'
          : `Every problem found in the imported files: ${entries.length.toLocaleString('en-GB')} in ${files.toLocaleString('en-GB')} ${files === 1 ? 'file' : 'files'}. Rows with problems are kept; each problem links to its row.`}
      </p>
      {entries.length === 0 ? null : (
        <>
          <AllProblemsFilters
            entries={entries}
            filter={filter}
            ownerName={ownerName}
            onChange={change}
          />
          {/* <output> is a polite live region: the count is read out as the filters change. */}
          <output className="govuk-body govuk-!-display-block" data-testid="problems-count">
            Showing {shown.length.toLocaleString('en-GB')} of{' '}
            {entries.length.toLocaleString('en-GB')} problems
          </output>
          {shown.length === 0 ? (
            <p className="govuk-body">No problems match these filters.</p>
          ) : (
            <>
              <ProblemsDownload
                imports={imports}
                entries={shown}
                files={reportFiles}
                fileBase={`problems-${slug(workbook.data.inspection.council.name)}`}
              />
              <AllProblemsTable inspectionId={inspectionId} entries={shown} ownerName={ownerName} />
            </>
          )}
        </>
      )}
    </>
  );
}
