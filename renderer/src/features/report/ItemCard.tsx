import { useState, type ReactNode } from 'react';
import { Button } from '../../components/govuk/Button';
import { useFocusOnMount } from '../judgements/use-focus-on-mount';

function Confirm({
  name,
  onYes,
  onNo,
}: {
  readonly name: string;
  readonly onYes: () => void;
  readonly onNo: () => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>(true);
  return (
    <div className="govuk-inset-text">
      <h3 className="govuk-heading-s" tabIndex={-1} ref={heading}>
        Remove {name.toLowerCase()}?
      </h3>
      <p className="govuk-body">The change history keeps what it said.</p>
      <div className="govuk-button-group">
        <Button variant="warning" onClick={onYes}>
          Yes, remove {name.toLowerCase()}
        </Button>
        <Button variant="secondary" onClick={onNo}>
          No, keep it
        </Button>
      </div>
    </div>
  );
}

/**
 * One written item (an improvement, an area for priority action) as a GOV.UK
 * summary card (https://design-system.service.gov.uk/components/summary-list/#summary-cards)
 * with Change and Remove; Remove asks first. Buttons name their item for
 * screen reader users.
 */
export function ItemCard({
  name,
  rows,
  onChange,
  onRemove,
}: {
  /** e.g. "Improvement 2". */
  readonly name: string;
  readonly rows: readonly { readonly key: string; readonly value: ReactNode }[];
  readonly onChange: () => void;
  readonly onRemove: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const hidden = <span className="govuk-visually-hidden"> {name.toLowerCase()}</span>;
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{name}</h2>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          {rows.map((row) => (
            <div className="govuk-summary-list__row" key={row.key}>
              <dt className="govuk-summary-list__key">{row.key}</dt>
              <dd className="govuk-summary-list__value">{row.value}</dd>
            </div>
          ))}
        </dl>
        <div className="govuk-button-group">
          <Button variant="secondary" onClick={onChange}>
            Change{hidden}
          </Button>
          <Button
            variant="warning"

            onClick={() => setConfirming(true)}
          >
            Remove{hidden}
          </Button>
        </div>
        {confirming ? (
          <Confirm
            name={name}
            onNo={() => setConfirming(false)}
            onYes={() => {
              setConfirming(false);
              onRemove();
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
