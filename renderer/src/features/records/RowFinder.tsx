import { useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { TextInput } from '../../components/govuk/TextInput';

/** How the last search went, for the announcement under the form. */
export type FindOutcome =
  | { readonly status: 'none' }
  | { readonly status: 'found'; readonly text: string }
  | { readonly status: 'missing'; readonly text: string };

/**
 * Finds a child or a row number in a virtualised table, which the browser's
 * own find cannot search (only a window of rows is in the page). Finding the
 * same thing again steps to the child's next row. The outcome is announced.
 */
export function RowFinder({
  table,
  outcome,
  onFind,
}: {
  readonly table: string;
  readonly outcome: FindOutcome;
  readonly onFind: (query: string) => void;
}) {
  const [query, setQuery] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onFind(query);
  }
  return (
    <search aria-label={`Find in ${table}`}>
      <form className="app-row-finder" noValidate onSubmit={submit}>
        <TextInput
          id="rows-find"
          label="Find a child ID or row number"
          labelClass="govuk-label--s"
          hint="For example NM-2001, or 245"
          widthClass="govuk-input--width-20"
          spellCheck={false}
          autoComplete="off"
          value={query}
          onChange={setQuery}
          {...(outcome.status === 'missing' ? { error: outcome.text } : {})}
        />
        <Button variant="secondary" type="submit">
          Find<span className="govuk-visually-hidden"> in {table}</span>
        </Button>
        {/* A polite live region: where the row was found, or that it was not. */}
        <output
          className={
            outcome.status === 'missing'
              ? 'govuk-visually-hidden'
              : 'govuk-body govuk-!-display-block'
          }
          data-testid="rows-find-outcome"
        >
          {outcome.status === 'none' ? '' : outcome.text}
        </output>
      </form>
    </search>
  );
}
