import type { Operation } from '../../../../shared/bundle';
import { changeMarks } from '../../../../shared/tasks';

/**
 * The mark beside a change in a history, as `workbook log` marks it: in a
 * workbook whose lead signed the roster, "Verified" when the change's
 * signature by its author's key on the roster checks out, "Not signed" for
 * a change made before the roster (the lead's seal covers it, no one signed
 * it). A workbook not yet signed marks nothing: the Overview says its team
 * is unverified. GOV.UK tag (https://design-system.service.gov.uk/components/tag/).
 */
export function ChangeMark({
  operations,
  opId,
}: {
  readonly operations: readonly Operation[];
  readonly opId: string;
}) {
  const marks = changeMarks(operations);
  if (!marks.signed) return null;
  return marks.verified.has(opId) ? (
    <strong className="govuk-tag govuk-tag--green">Verified</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--grey">Not signed</strong>
  );
}
