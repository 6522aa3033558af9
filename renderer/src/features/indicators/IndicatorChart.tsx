import { useState } from 'react';
import { Select } from '../../components/govuk/Select';
import { BarChart } from './BarChart';
import { chartBars, chartMarks } from './chart-bars';
import { ScrollBox } from '../../components/layout/ScrollBox';
import type { IndicatorColumn, IndicatorRow } from './indicator-table';

/** A chosen indicator as a bar chart: the council beside each delegated provider. */
export function IndicatorChart({
  rows,
  columns,
}: {
  readonly rows: readonly IndicatorRow[];
  readonly columns: readonly IndicatorColumn[];
}) {
  const [chosen, setChosen] = useState(rows[0]?.id ?? '');
  const row = rows.find((r) => r.id === chosen) ?? rows[0];
  if (row === undefined) return null;
  return (
    <>
      <Select
        id="indicator-chart"
        label="Indicator to chart"
        labelClass="govuk-label--s"
        options={rows.map((r) => ({ value: r.id, label: r.label }))}
        value={row.id}
        onChange={setChosen}
      />
      <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
        <figcaption className="govuk-heading-s">{row.label}</figcaption>
        {/* GOV.UK sets its font on classes, not the body: the chart's text takes it from here. */}
        <ScrollBox label={`Chart: ${row.label}`} className="govuk-body govuk-!-margin-bottom-2">
          <BarChart title={row.label} bars={chartBars(row, columns)} marks={chartMarks(row)} />
        </ScrollBox>
        <p className="govuk-body-s">{row.definition}</p>
      </figure>
    </>
  );
}
