import type { Contribution } from '../../../../shared/domain';
import { Table } from '../../components/govuk/Table';
import { ScrollBox } from '../../components/layout/ScrollBox';

/**
 * How much of the area's evidence came from the council and from each
 * delegated provider, by finding, as `judge()` counts it: a combined LA
 * judgement rests on every entity's evidence (test/fixtures/docs/ilacs.md §2.4
 * "Multi-entity inspection").
 */
export function ContributionsTable({
  contributions,
}: {
  readonly contributions: readonly Contribution[];
}) {
  // Four columns do not fit 320 px: the table scrolls in its own box, never the page (WCAG 1.4.10).
  // The heading stays outside the box so a narrow window never cuts it off; the caption still
  // names the table for screen readers.
  return (
    <>
      <h2 className="govuk-heading-m">Contribution of each source</h2>
      <ScrollBox label="Contribution of each source">
        <Table
          caption={<span className="govuk-visually-hidden">Contribution of each source</span>}
          captionClass=""
          rows={contributions}
          rowKey={(row) => row.source}
          columns={[
            {
              header: 'Source',
              cell: (row) => (row.source === 'council' ? `${row.name} (council)` : row.name),
            },
            { header: 'Strengths', cell: (row) => row.strengths, numeric: true },
            { header: 'Areas for improvement', cell: (row) => row.improvements, numeric: true },
            { header: 'Serious concerns', cell: (row) => row.concerns, numeric: true },
          ]}
        />
      </ScrollBox>
    </>
  );
}
