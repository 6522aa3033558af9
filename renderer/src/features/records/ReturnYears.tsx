import { useState } from 'react';
import {
  collectionYearLabel,
  parseCollectionYear,
  SPEC_YEARS,
} from '../../../../shared/records/ssda903';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Select } from '../../components/govuk/Select';
import type { ImportRecord } from '../../db/schema';
import { returnsOf, type StoredReturn } from './return-years';

const AUTO = 'auto';

/** Where a return's year came from, in words. */
function sourceWords(stored: StoredReturn): string {
  return stored.source === 'given' ? 'chosen by a person' : 'worked out from the episodes';
}

/**
 * One owner's SSDA903 return: the collection year its files were checked
 * under, where that year came from, and a choice to check them again under
 * another (GOV.UK select, https://design-system.service.gov.uk/components/select/).
 */
function ReturnYear({
  stored,
  ownerName,
  onRecheck,
  busy,
}: {
  readonly stored: StoredReturn;
  readonly ownerName: string;
  readonly onRecheck: (stored: StoredReturn, year: string) => void;
  readonly busy: boolean;
}) {
  const current = stored.year === undefined ? undefined : collectionYearLabel(stored.year);
  const [choice, setChoice] = useState(
    stored.source === 'given' && current !== undefined ? current : AUTO,
  );
  const id = `year-${stored.period}-${stored.owner}`;
  const whose = `${ownerName}’s ${stored.period === 'previous' ? 'previous year’s return' : 'return'}`;
  return (
    <form
      className="app-return-year"
      onSubmit={(event) => {
        event.preventDefault();
        onRecheck(stored, choice);
      }}
    >
      <h3 className="govuk-heading-s">{whose}</h3>
      <p className="govuk-body" data-testid={`${id}-checked`}>
        {current === undefined
          ? 'No collection year: the episodes have no dates.'
          : `Checked as ${current} (${sourceWords(stored)}).`}
      </p>
      <Select
        id={id}
        label="Collection year to check it under"
        hint="The year runs from 1 April to 31 March. Checking again uses that year’s codes and DfE rules."
        value={choice}
        onChange={setChoice}
        options={[
          { value: AUTO, label: 'Work it out from the episodes' },
          ...SPEC_YEARS.map((year) => ({ value: year, label: year })),
        ]}
      />
      <Button type="submit" variant="secondary" disabled={busy}>
        Check again<span className="govuk-visually-hidden"> the {whose}</span>
      </Button>
    </form>
  );
}

/** The collection year of each owner's SSDA903 return, with a choice to check it again under another. */
export function ReturnYears({
  imports,
  ownerName,
  onRecheck,
}: {
  readonly imports: readonly ImportRecord[];
  readonly ownerName: (owner: string) => string;
  readonly onRecheck: (
    owner: string,
    period: StoredReturn['period'],
    year: ReturnType<typeof parseCollectionYear> | null,
  ) => Promise<string | undefined>;
}) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ error?: string; done?: string } | undefined>();
  const returns = returnsOf(imports);
  if (returns.length === 0) return null;
  async function recheck(stored: StoredReturn, choice: string) {
    setBusy(true);
    const year = choice === AUTO ? null : (parseCollectionYear(choice) ?? null);
    const error = await onRecheck(stored.owner, stored.period, year);
    setBusy(false);
    setOutcome(
      error === undefined
        ? {
            done: `Checked again ${choice === AUTO ? 'under the year the episodes imply' : `as ${choice}`}.`,
          }
        : { error },
    );
  }
  return (
    <section aria-labelledby="return-years-heading">
      <h2 className="govuk-heading-m" id="return-years-heading">
        Collection year
      </h2>
      {outcome?.error === undefined ? null : <ErrorSummary errors={[{ text: outcome.error }]} />}
      {outcome?.done === undefined ? null : (
        <p className="govuk-body">
          <output>{outcome.done}</output>
        </p>
      )}
      {returns.map((stored) => (
        <ReturnYear
          key={`${stored.period}:${stored.owner}:${stored.source}:${stored.year?.start ?? ''}`}
          stored={stored}
          ownerName={ownerName(stored.owner)}
          onRecheck={(s, year) => void recheck(s, year)}
          busy={busy}
        />
      ))}
    </section>
  );
}
