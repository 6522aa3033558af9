import type { ReactNode } from 'react';
import { checklistItem, type Evidence } from '../../../../shared/domain';
import { hrefFor } from '../../app/router';
import { FindingTag } from './FindingTag';
import { formatDate, kindLabels } from './labels';
import { formatWhen } from './history-lines';

function Row({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/**
 * The item in full as a GOV.UK summary list
 * (https://design-system.service.gov.uk/components/summary-list/): labels,
 * not codes; each child id links to the child's page.
 */
export function EvidenceDetails({
  inspectionId,
  item,
  sourceName,
  areaLabel,
}: {
  readonly inspectionId: string;
  readonly item: Evidence;
  readonly sourceName: string;
  readonly areaLabel: (area: string) => string;
}) {
  return (
    <dl className="govuk-summary-list">
      <Row label="Evidence id">{item.id}</Row>
      <Row label="Who it is about">{sourceName}</Row>
      <Row label="How it was gathered">{kindLabels[item.kind]}</Row>
      <Row label="Judgement areas">
        <ul className="govuk-list govuk-!-margin-bottom-0">
          {item.areas.map((area) => (
            <li key={area}>{areaLabel(area)}</li>
          ))}
        </ul>
      </Row>
      <Row label="Finding">
        <FindingTag finding={item.finding} />
      </Row>
      <Row label="What the evidence shows">
        <span style={{ whiteSpace: 'pre-wrap' }}>{item.text}</span>
      </Row>
      <Row label="Date it relates to">{formatDate(item.relatesTo)}</Row>
      <Row label="Recorded">
        {formatWhen(item.recordedAt)}, by {item.author}
      </Row>
      <Row label="Children">
        {item.childIds.length === 0 ? (
          'None named'
        ) : (
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {item.childIds.map((childId) => (
              <li key={childId}>
                <a className="govuk-link" href={hrefFor({ name: 'child', inspectionId, childId })}>
                  Child {childId}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Row>
      <Row label="Evaluation criteria">
        {item.checklistItems.length === 0 ? (
          'Not tagged'
        ) : (
          <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
            {item.checklistItems.map((id) => (
              <li key={id}>{checklistItem(id)?.text ?? id}</li>
            ))}
          </ul>
        )}
      </Row>
    </dl>
  );
}
