import type { Severity } from '../../../../shared/records/problem';

const tagClass: Readonly<Record<Severity, string>> = {
  error: 'govuk-tag govuk-tag--red',
  warning: 'govuk-tag govuk-tag--orange',
  info: 'govuk-tag',
};

/** What each severity is called on screen: `info` problems are notes. */
export const severityNames: Readonly<Record<Severity, { one: string; many: string }>> = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Note', many: 'Notes' },
};

/** A GOV.UK tag for a problem's severity (https://design-system.service.gov.uk/components/tag/). */
export function SeverityTag({ severity }: { readonly severity: Severity }) {
  return <strong className={tagClass[severity]}>{severityNames[severity].one}</strong>;
}

/** "12 errors" as a GOV.UK tag coloured by severity. */
export function SeverityCountTag({
  severity,
  count,
}: {
  readonly severity: Severity;
  readonly count: number;
}) {
  const name = severityNames[severity];
  return (
    <strong className={tagClass[severity]}>
      {count.toLocaleString('en-GB')} {(count === 1 ? name.one : name.many).toLowerCase()}
    </strong>
  );
}
