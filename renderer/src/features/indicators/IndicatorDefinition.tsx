import type { IndicatorColumn, IndicatorRow } from './indicator-table';

/** The caveats and reasons the engine gave, each with the sources it applies to. */
function notesOf(row: IndicatorRow, columns: readonly IndicatorColumn[]) {
  const notes = new Map<string, string[]>();
  row.cells.forEach((cell, index) => {
    const name = columns[index]?.name ?? '';
    for (const text of [cell?.reason, cell?.caveat]) {
      if (text === undefined) continue;
      notes.set(text, [...(notes.get(text) ?? []), name]);
    }
  });
  return [...notes.entries()].map(([text, names]) => ({ text, names }));
}

/**
 * An indicator's definition, where it comes from (DfE's SSDA903 methodology
 * or guidance, Ofsted's Annex A list) and any limits on its figures, behind a
 * GOV.UK details component (https://design-system.service.gov.uk/components/details/)
 * so the table stays readable.
 */
export function IndicatorDefinition({
  row,
  columns,
}: {
  readonly row: IndicatorRow;
  readonly columns: readonly IndicatorColumn[];
}) {
  const notes = notesOf(row, columns);
  return (
    <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Definition<span className="govuk-visually-hidden"> of {row.label}</span>
        </span>
      </summary>
      <div className="govuk-details__text govuk-body-s">
        <p className="govuk-body-s">{row.definition}</p>
        <p className="govuk-body-s">
          <strong>Source:</strong> {row.source}.
        </p>
        {notes.map((note) => (
          <p className="govuk-body-s" key={note.text}>
            <strong>{note.names.join(', ')}:</strong> {note.text}
          </p>
        ))}
      </div>
    </details>
  );
}
