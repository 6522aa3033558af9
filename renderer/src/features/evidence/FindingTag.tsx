import type { EvidenceFinding } from '../../../../shared/domain';
import { findingLabels, findingTagClasses } from './labels';

/** An evidence item's finding as a GOV.UK tag (https://design-system.service.gov.uk/components/tag/). */
export function FindingTag({ finding }: { readonly finding: EvidenceFinding }) {
  return (
    <strong className={`govuk-tag ${findingTagClasses[finding]}`}>{findingLabels[finding]}</strong>
  );
}
