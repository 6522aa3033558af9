import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Severity } from '../../../../shared/records/problem';
import { useApp } from '../../app/app-context';
import { problemsOf } from '../../db/imports-repository';

/** The first rows shown; the full, virtualised table comes with the Records screen (issue #8). */
const SHOWN = 300;

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;
}

/** One import's problems: counts by severity and a table filtered by severity. */
export function ProblemsTable({
  importId,
  fileName,
}: {
  readonly importId: string;
  readonly fileName: string;
}) {
  const { db } = useApp();
  const problems = useLiveQuery(() => problemsOf(db, importId), [db, importId]);
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  if (problems === undefined) return <p className="govuk-body">Loading…</p>;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity] += 1;
  const shown = problems.filter((p) => severity === 'all' || p.severity === severity);
  return (
    <section aria-labelledby="problems-heading">
      <h2 className="govuk-heading-m" id="problems-heading">
        Problems in {fileName}
      </h2>
      <p className="govuk-body">
        {plural(counts.error, 'error')}, {plural(counts.warning, 'warning')},{' '}
        {plural(counts.info, 'note')}. Rows with problems are kept.
      </p>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="severity-filter">
          Show
        </label>
        <select
          className="govuk-select"
          id="severity-filter"
          value={severity}
          onChange={(event) =>
            setSeverity(
              event.target.value === 'all'
                ? 'all'
                : ((['error', 'warning', 'info'] as const).find((s) => s === event.target.value) ??
                    'all'),
            )
          }
        >
          <option value="all">All problems</option>
          <option value="error">Errors</option>
          <option value="warning">Warnings</option>
          <option value="info">Notes</option>
        </select>
      </div>
      {shown.length === 0 ? (
        <p className="govuk-body">No problems of this kind.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Problems in {fileName}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Where
              </th>
              <th scope="col" className="govuk-table__header">
                Value
              </th>
              <th scope="col" className="govuk-table__header">
                Problem
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shown.slice(0, SHOWN).map((p, index) => (
              <tr className="govuk-table__row" key={index}>
                <td className="govuk-table__cell">
                  {[p.sheet, p.row === undefined ? undefined : `row ${p.row}`, p.column]
                    .filter(Boolean)
                    .join(', ') || p.file}
                </td>
                <td className="govuk-table__cell">{p.value ?? ''}</td>
                <td className="govuk-table__cell">
                  {p.message} <strong className="govuk-tag govuk-tag--grey">{p.severity}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length > SHOWN ? (
        <p className="govuk-body">
          Showing the first {SHOWN} of {shown.length.toLocaleString('en-GB')}.
        </p>
      ) : null}
    </section>
  );
}
