import { evidenceFindings, evidenceKinds } from '../../../../shared/domain';
import { Button } from '../../components/govuk/Button';
import { Select, type SelectOption } from '../../components/govuk/Select';
import { TextInput } from '../../components/govuk/TextInput';
import { isFiltered, type EvidenceFilter } from './evidence-search';
import { findingLabels, kindLabels } from './labels';

function withAny(options: readonly SelectOption[]): SelectOption[] {
  return [{ value: '', label: 'Any' }, ...options];
}

/**
 * Search and filters over the evidence list, applied as they change (no
 * submit button to find): one search box and five GOV.UK selects.
 */
export function EvidenceFilters({
  filter,
  onChange,
  onClear,
  sources,
  areas,
  authors,
}: {
  readonly filter: EvidenceFilter;
  readonly onChange: (change: Partial<EvidenceFilter>) => void;
  readonly onClear: () => void;
  readonly sources: readonly SelectOption[];
  readonly areas: readonly SelectOption[];
  readonly authors: readonly string[];
}) {
  return (
    <search aria-label="Search and filter evidence">
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <TextInput
          id="evidence-search"
          type="search"
          label="Search evidence"
          labelClass="govuk-label--s"
          hint="Words from the note, an evidence id, a child id or who recorded it. Every word must match; capitals and accents are ignored."
          spellCheck={false}
          autoComplete="off"
          value={filter.query}
          onChange={(query) => onChange({ query })}
        />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              id="evidence-filter-area"
              label="Judgement area"
              options={withAny(areas)}
              value={filter.area}
              onChange={(area) => onChange({ area })}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="evidence-filter-source"
              label="Who it is about"
              options={withAny(sources)}
              value={filter.source}
              onChange={(source) => onChange({ source })}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="evidence-filter-kind"
              label="How gathered"
              options={withAny(
                evidenceKinds.map((kind) => ({ value: kind, label: kindLabels[kind] })),
              )}
              value={filter.kind}
              onChange={(kind) => onChange({ kind })}
            />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              id="evidence-filter-finding"
              label="Finding"
              options={withAny(
                evidenceFindings.map((finding) => ({
                  value: finding,
                  label: findingLabels[finding],
                })),
              )}
              value={filter.finding}
              onChange={(finding) => onChange({ finding })}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="evidence-filter-author"
              label="Recorded by"
              options={withAny(authors.map((author) => ({ value: author, label: author })))}
              value={filter.author}
              onChange={(author) => onChange({ author })}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            {isFiltered(filter) ? (
              <Button variant="secondary" className="govuk-!-margin-top-6" onClick={onClear}>
                Clear search and filters
              </Button>
            ) : null}
          </div>
        </div>
      </form>
    </search>
  );
}
