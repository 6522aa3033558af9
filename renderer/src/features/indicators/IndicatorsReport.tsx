import { useMemo } from 'react';
import type { IndicatorReport } from '../../../../shared/records/indicators';
import { groupCaption } from './group-caption';
import { IndicatorChart } from './IndicatorChart';
import { indicatorColumns, indicatorGroups, type ProviderName } from './indicator-table';
import { IndicatorTable } from './IndicatorTable';
import { DataQualityNotes } from '../comparators/DataQualityNotes';

/** The computed indicators: a chart of one, then a table per kind of record. */
export function IndicatorsReport({
  report,
  providers,
  inspectionId,
}: {
  readonly report: IndicatorReport;
  readonly providers: readonly ProviderName[];
  /** Where a data-quality note is recorded as evidence; without it, notes are not shown. */
  readonly inspectionId?: string;
}) {
  const columns = useMemo(() => indicatorColumns(report, providers), [report, providers]);
  const groups = useMemo(() => indicatorGroups(report, columns), [report, columns]);
  return (
    <>
      {report.notes.length === 0 ? null : (
        <div className="govuk-inset-text">
          <p className="govuk-body">Notes on these figures:</p>
          <ul className="govuk-list govuk-list--bullet">
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <h2 className="govuk-heading-l">Chart</h2>
      {/* The chart's axis is a percentage: counts are in the tables only. */}
      <IndicatorChart
        rows={groups.flatMap((group) => group.rows).filter((row) => row.unit === 'percent')}
        columns={columns}
      />
      <h2 className="govuk-heading-l">Tables</h2>
      {groups.map((group) => (
        <IndicatorTable
          key={group.data}
          caption={groupCaption(group.data, report)}
          columns={columns}
          rows={group.rows}
        />
      ))}
      {inspectionId === undefined ? null : (
        <DataQualityNotes inspectionId={inspectionId} report={report} />
      )}
    </>
  );
}
