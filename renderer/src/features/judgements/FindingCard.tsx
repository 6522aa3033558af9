import type { ReportParagraph } from '../../../../shared/domain';
import { hrefFor } from '../../app/router';
import { Button } from '../../components/govuk/Button';

/**
 * One finding as a GOV.UK summary card
 * (https://design-system.service.gov.uk/components/summary-list/#summary-cards):
 * its paragraph number as the report prints it, text, evidence (each id a
 * link to the evidence item) and action taken, with Change, Remove and Move.
 * Every button names its paragraph for screen reader users.
 */
export function FindingCard({
  inspectionId,
  paragraph,
  isFirst,
  isLast,
  onChange,
  onRemove,
  onMove,
}: {
  readonly inspectionId: string;
  readonly paragraph: ReportParagraph;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  readonly onChange: () => void;
  readonly onRemove: () => void;
  readonly onMove: (direction: 'up' | 'down') => void;
}) {
  const name = `paragraph ${paragraph.number}`;
  const hidden = <span className="govuk-visually-hidden"> {name}</span>;
  return (
    <div className="govuk-summary-card" id={`finding-${paragraph.findingId}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">Paragraph {paragraph.number}</h3>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Finding</dt>
            <dd className="govuk-summary-list__value">{paragraph.text}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Evidence</dt>
            <dd className="govuk-summary-list__value">
              {paragraph.evidenceIds.length === 0 ? (
                'None linked'
              ) : (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {paragraph.evidenceIds.map((id) => (
                    <li key={id}>
                      <a
                        className="govuk-link"
                        href={hrefFor({ name: 'evidence', inspectionId, sub: id })}
                      >
                        {id}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Action taken during the inspection</dt>
            <dd className="govuk-summary-list__value">
              {paragraph.actionTaken ?? 'None recorded'}
            </dd>
          </div>
        </dl>
        <div className="govuk-button-group">
          <Button variant="secondary" onClick={onChange}>
            Change{hidden}
          </Button>
          {isFirst ? null : (
            <Button
              variant="secondary"

              onClick={() => onMove('up')}
            >
              Move up{hidden}
            </Button>
          )}
          {isLast ? null : (
            <Button
              variant="secondary"

              onClick={() => onMove('down')}
            >
              Move down{hidden}
            </Button>
          )}
          <Button variant="warning" onClick={onRemove}>
            Remove{hidden}
          </Button>
        </div>
      </div>
    </div>
  );
}
