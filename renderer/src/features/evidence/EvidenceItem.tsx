import { checklistItem, type Evidence } from '../../../../shared/domain';
import { hrefFor } from '../../app/router';
import { FindingTag } from './FindingTag';
import { formatDate, kindLabels } from './labels';

/** One evidence item in the list: who it is about, how it was gathered, its finding, note and facts. */
export function EvidenceItem({
  inspectionId,
  evidence,
  sourceName,
  areaLabel,
}: {
  readonly inspectionId: string;
  readonly evidence: Evidence;
  readonly sourceName: string;
  readonly areaLabel: (area: string) => string;
}) {
  return (
    <li id={`evidence-item-${evidence.id}`} tabIndex={-1} className="govuk-!-margin-bottom-0">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
        <a
          className="govuk-link"
          href={hrefFor({ name: 'evidence', inspectionId, sub: evidence.id })}
        >
          Evidence {evidence.id}
        </a>
        <span className="govuk-!-font-weight-regular">
          {' '}
          – {sourceName}: {kindLabels[evidence.kind]}
        </span>
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <FindingTag finding={evidence.finding} />
        {evidence.withdrawn === undefined ? null : (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--grey">Withdrawn</strong>
          </>
        )}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-2" style={{ whiteSpace: 'pre-wrap' }}>
        {evidence.text}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        Areas: {evidence.areas.map(areaLabel).join('; ')}. Relates to{' '}
        {formatDate(evidence.relatesTo)}. Recorded by {evidence.author}.
        {evidence.childIds.length === 0 ? null : (
          <>
            {' '}
            Children:{' '}
            {evidence.childIds.map((childId, index) => (
              <span key={childId}>
                {index === 0 ? '' : ', '}
                <a className="govuk-link" href={hrefFor({ name: 'child', inspectionId, childId })}>
                  <span className="govuk-visually-hidden">Child </span>
                  {childId}
                </a>
              </span>
            ))}
            .
          </>
        )}
        {evidence.withdrawn === undefined ? null : (
          <>
            {' '}
            Withdrawn by {evidence.withdrawn.by}: {evidence.withdrawn.reason}.
          </>
        )}
      </p>
      {evidence.checklistItems.length === 0 ? null : (
        <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Evaluation criteria ({evidence.checklistItems.length})
            </span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list govuk-list--bullet govuk-body-s">
              {evidence.checklistItems.map((id) => (
                <li key={id}>{checklistItem(id)?.text ?? id}</li>
              ))}
            </ul>
          </div>
        </details>
      )}
      <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />
    </li>
  );
}
