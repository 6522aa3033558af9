import type { Conflict } from '../../../../shared/conflicts';
import { reviewLabels } from '../../../../shared/reports/conflicts';
import { statusOf, type FlagStatus } from './labels';

/** GOV.UK tag colours (https://design-system.service.gov.uk/components/tag/). */
const statusTags: Readonly<Record<FlagStatus, string>> = {
  'not-reviewed': 'govuk-tag--grey',
  confirmed: 'govuk-tag--red',
  mitigated: 'govuk-tag--yellow',
  dismissed: 'govuk-tag--green',
};

/** A flag's review status as a tag, in the report's words. */
export function StatusTag({ flag }: { readonly flag: Conflict }) {
  const status = statusOf(flag);
  return <strong className={`govuk-tag ${statusTags[status]}`}>{reviewLabels[status]}</strong>;
}
