import { useMemo, useState } from 'react';
import type { Evidence } from '../../../../shared/domain';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { Pagination } from '../../components/govuk/Pagination';
import { TextInput } from '../../components/govuk/TextInput';
import { formatDate, kindLabels } from '../evidence/labels';
import { filterEvidence, pageOf } from './evidence-choices';

/** Evidence items per page: a long list is paged so the form stays quick (a few dozen options keep each render quick). */
const evidencePageSize = 25;

const findingNames = {
  strength: 'Strength',
  improvement: 'Area for improvement',
  concern: 'Serious concern',
} as const;

/**
 * Checkboxes to link the inspection's evidence for the area to the grade.
 * Long lists get a filter and GOV.UK pagination; the selection spans pages.
 */
export function EvidencePicker({
  id = 'evidence',
  legend = 'Linked evidence',
  choices,
  values,
  onChange,
  sourceName,
  href,
  evidenceHref,
}: {
  /** The checkboxes' id (the filter's is `<id>-filter`); two pickers on a page need different ones. */
  readonly id?: string;
  readonly legend?: string;
  readonly choices: readonly Evidence[];
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly sourceName: (source: string) => string;
  /** The current screen, for the pagination links. */
  readonly href: string;
  /** The Evidence screen, where evidence is recorded. */
  readonly evidenceHref: string;
}) {
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  // Filtering scans every item: only redo it when the list or the query changes, not on each keystroke elsewhere in the form.
  const filtered = useMemo(
    () => filterEvidence(choices, query, sourceName),
    [choices, query, sourceName],
  );
  if (choices.length === 0) {
    return (
      <div className="govuk-form-group">
        <h2 className="govuk-heading-m">{legend}</h2>
        <p className="govuk-body">
          No evidence bears on this area yet.{' '}
          <a className="govuk-link" href={evidenceHref}>
            Record evidence
          </a>{' '}
          to link it to the grade.
        </p>
      </div>
    );
  }
  const long = choices.length > evidencePageSize;
  const shown = pageOf(filtered, page, evidencePageSize);
  const selected = values.length;
  return (
    <>
      {long ? (
        <TextInput
          id={`${id}-filter`}
          label="Filter evidence"
          hint="Words from the text, the source, the kind, the finding or the date"
          widthClass="govuk-!-width-two-thirds"
          value={query}
          onChange={(value) => {
            setQuery(value);
            setPage(1);
          }}
        />
      ) : null}
      <Checkboxes
        id={id}
        legend={legend}
        legendClass="govuk-fieldset__legend--m"
        hint={
          <>
            {selected} of {choices.length} selected.
            {long
              ? ` Showing ${shown.from} to ${shown.to} of ${filtered.length}${query.trim() === '' ? '' : ' matching'}.`
              : ''}
          </>
        }
        small
        options={shown.items.map((item) => ({
          value: item.id,
          label: item.text,
          hint: `${item.id} · ${sourceName(item.source)} · ${kindLabels[item.kind]} · ${findingNames[item.finding]} · relates to ${formatDate(item.relatesTo)}`,
        }))}
        values={values}
        onChange={onChange}
      />
      <Pagination
        page={shown.page}
        pages={shown.pages}
        href={href}
        label="Evidence pages"
        onPage={setPage}
      />
    </>
  );
}
