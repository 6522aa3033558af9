import { useEffect, useState } from 'react';
import type { Operation } from '../../../../shared/bundle';
import { changeMarks, knownChangeMarks, type ChangeMarks } from '../../../../shared/tasks';

/**
 * The marks of a log, checked once per log after the page has drawn: a
 * signed workbook of 120,000 changes takes about half a second to check,
 * which must not hold up the page the history sits on.
 */
function useChangeMarks(operations: readonly Operation[]): ChangeMarks | undefined {
  const [found, setFound] = useState(() => ({ operations, marks: knownChangeMarks(operations) }));
  const current = found.operations === operations ? found.marks : knownChangeMarks(operations);
  useEffect(() => {
    if (knownChangeMarks(operations) !== undefined) return undefined;
    const timer = setTimeout(() => setFound({ operations, marks: changeMarks(operations) }), 0);
    return () => clearTimeout(timer);
  }, [operations]);
  return current;
}

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
  const marks = useChangeMarks(operations);
  if (marks?.signed !== true) return null;
  return marks.verified.has(opId) ? (
    <strong className="govuk-tag govuk-tag--green">Verified</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--grey">Not signed</strong>
  );
}
