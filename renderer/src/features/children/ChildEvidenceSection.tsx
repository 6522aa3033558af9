import type { Evidence } from '../../../../shared/domain';
import { hrefFor } from '../../app/router';
import { findingLabels, formatDate, kindLabels } from '../evidence/labels';

/** The evidence items naming the child, each linking to its own page. */
export function ChildEvidenceSection({
  inspectionId,
  evidence,
  sourceName,
}: {
  readonly inspectionId: string;
  readonly evidence: readonly Evidence[];
  readonly sourceName: (source: string) => string;
}) {
  return (
    <section aria-labelledby="child-evidence-heading">
      <h2 className="govuk-heading-l" id="child-evidence-heading">
        Evidence naming this child
      </h2>
      {evidence.length === 0 ? (
        <p className="govuk-body">No evidence item names this child.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {evidence.map((item) => (
            <li key={item.id}>
              <a
                className="govuk-link"
                href={hrefFor({ name: 'evidence', inspectionId, sub: item.id })}
              >
                Evidence {item.id}
              </a>
              {item.withdrawn === undefined ? null : (
                <>
                  {' '}
                  <strong className="govuk-tag govuk-tag--grey">Withdrawn</strong>
                </>
              )}
              <br />
              <span className="govuk-body-s">
                {findingLabels[item.finding]}, {kindLabels[item.kind].toLowerCase()}, about{' '}
                {sourceName(item.source)}, {formatDate(item.relatesTo)}: {item.text}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
