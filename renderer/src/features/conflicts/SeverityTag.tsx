import type { Conflict } from '../../../../shared/conflicts';
import { severityLabels } from '../../../../shared/reports/conflicts';

/** GOV.UK tag colours (https://design-system.service.gov.uk/components/tag/). */
const severityTags: Readonly<Record<Conflict['severity'], string>> = {
  high: 'govuk-tag--red',
  medium: 'govuk-tag--orange',
  low: 'govuk-tag--grey',
};

/** A flag's severity as a tag, in the report's words. */
export function SeverityTag({ severity }: { readonly severity: Conflict['severity'] }) {
  return (
    <strong className={`govuk-tag ${severityTags[severity]}`}>{severityLabels[severity]}</strong>
  );
}
