import type { Severity } from '../../../../shared/records/problem';
import { Select } from '../../components/govuk/Select';
import { TextInput } from '../../components/govuk/TextInput';
import type { ProblemFilter } from './problem-filter';
import { severityNames } from './SeverityTag';

const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** The problems table's filters: severity, file or table, column and free text; each applies as it changes. */
export function ProblemFilters({
  filter,
  places,
  columns,
  onChange,
}: {
  readonly filter: ProblemFilter;
  readonly places: readonly string[];
  readonly columns: readonly string[];
  readonly onChange: (filter: ProblemFilter) => void;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-quarter">
        <Select
          id="problem-severity"
          label="Severity"
          labelClass="govuk-label--s"
          value={filter.severity}
          options={[
            { value: '', label: 'All' },
            ...severities.map((s) => ({ value: s, label: severityNames[s].many })),
          ]}
          onChange={(value) =>
            onChange({ ...filter, severity: severities.find((s) => s === value) ?? '' })
          }
        />
      </div>
      <div className="govuk-grid-column-one-quarter">
        <Select
          id="problem-place"
          label="File or table"
          labelClass="govuk-label--s"
          value={filter.place}
          options={[{ value: '', label: 'All' }, ...places.map((p) => ({ value: p, label: p }))]}
          onChange={(place) => onChange({ ...filter, place })}
        />
      </div>
      <div className="govuk-grid-column-one-quarter">
        <Select
          id="problem-column"
          label="Column"
          labelClass="govuk-label--s"
          value={filter.column}
          options={[{ value: '', label: 'All' }, ...columns.map((c) => ({ value: c, label: c }))]}
          onChange={(column) => onChange({ ...filter, column })}
        />
      </div>
      <div className="govuk-grid-column-one-quarter">
        <TextInput
          id="problem-text"
          label="Containing"
          labelClass="govuk-label--s"
          type="search"
          spellCheck={false}
          value={filter.text}
          onChange={(text) => onChange({ ...filter, text })}
        />
      </div>
    </div>
  );
}
