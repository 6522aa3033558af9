import type { Evidence } from '../../../../shared/domain';
import type { SelectOption } from '../../components/govuk/Select';
import { authorsOf, isFiltered } from './evidence-search';
import { EvidenceFilters } from './EvidenceFilters';
import { EvidenceResults } from './EvidenceResults';
import { matchCount } from './match-count';
import { useEvidenceSearch } from './use-evidence-search';

function labeller(options: readonly SelectOption[]): (value: string) => string {
  const labels = new Map(options.map((option) => [option.value, option.label]));
  return (value) => labels.get(value) ?? value;
}

/** The evidence recorded so far: search, filters, the live count and the paged list. */
export function EvidenceBrowser({
  inspectionId,
  evidence,
  sources,
  areas,
}: {
  readonly inspectionId: string;
  readonly evidence: readonly Evidence[];
  readonly sources: readonly SelectOption[];
  readonly areas: readonly SelectOption[];
}) {
  const search = useEvidenceSearch(evidence);
  return (
    <section aria-labelledby="evidence-list-heading">
      <h2 className="govuk-heading-l" id="evidence-list-heading">
        Evidence recorded
      </h2>
      {evidence.length === 0 ? null : (
        <EvidenceFilters
          filter={search.filter}
          onChange={search.setFilter}
          onClear={search.clear}
          sources={sources}
          areas={areas}
          authors={authorsOf(evidence)}
        />
      )}
      <output
        className="govuk-body govuk-!-font-weight-bold govuk-!-display-block"
        aria-live="polite"
        aria-atomic="true"
      >
        {matchCount(search.matches.length, evidence.length, isFiltered(search.applied))}
      </output>
      <EvidenceResults
        key={JSON.stringify(search.applied)}
        inspectionId={inspectionId}
        matches={search.matches}
        sourceName={labeller(sources)}
        areaLabel={labeller(areas)}
      />
    </section>
  );
}
