import { useEffect, useState } from 'react';
import type { Evidence } from '../../../../shared/domain';
import { Button } from '../../components/govuk/Button';
import { EvidenceItem } from './EvidenceItem';

/** How many items the list adds at a time: enough to scan, few enough to render at once. */
const pageSize = 50;

/**
 * The matching items, `pageSize` at a time with "Show more", so 10,000 items
 * cost no more to show than 50. After "Show more", focus moves to the first
 * item added, so keyboard users carry on reading where the list grew.
 * Remount (by `key`) to start again from the first page when the filter changes.
 */
export function EvidenceResults({
  inspectionId,
  matches,
  sourceName,
  areaLabel,
}: {
  readonly inspectionId: string;
  readonly matches: readonly Evidence[];
  readonly sourceName: (source: string) => string;
  readonly areaLabel: (area: string) => string;
}) {
  const [shown, setShown] = useState(pageSize);
  const [focusFrom, setFocusFrom] = useState<string | undefined>();
  useEffect(() => {
    if (focusFrom !== undefined) document.getElementById(`evidence-item-${focusFrom}`)?.focus();
  }, [focusFrom]);
  const visible = matches.slice(0, shown);
  const more = Math.min(pageSize, matches.length - visible.length);
  return (
    <>
      {matches.length > visible.length ? (
        <p className="govuk-body">
          Showing the newest {visible.length.toLocaleString('en-GB')} of{' '}
          {matches.length.toLocaleString('en-GB')}.
        </p>
      ) : null}
      <ol className="govuk-list" aria-label="Evidence">
        {visible.map((evidence) => (
          <EvidenceItem
            key={evidence.id}
            inspectionId={inspectionId}
            evidence={evidence}
            sourceName={sourceName(evidence.source)}
            areaLabel={areaLabel}
          />
        ))}
      </ol>
      {more > 0 ? (
        <Button
          variant="secondary"
          onClick={() => {
            setFocusFrom(matches[shown]?.id);
            setShown(shown + pageSize);
          }}
        >
          Show {more} more
        </Button>
      ) : null}
    </>
  );
}
