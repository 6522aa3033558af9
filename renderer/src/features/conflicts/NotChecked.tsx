import { NOT_CHECKED } from '../../../../shared/reports/conflicts';
import { hrefFor } from '../../app/router';

/**
 * What the page says when the check cannot run: the report's own sentence
 * (never "no conflicts found", which the data could not support), what is
 * missing, and where to add it.
 */
export function NotChecked({
  inspectionId,
  missing,
}: {
  readonly inspectionId: string;
  readonly missing: readonly string[];
}) {
  return (
    <>
      <h2 className="govuk-heading-l">Not checked</h2>
      <p className="govuk-body govuk-!-font-weight-bold">{NOT_CHECKED}</p>
      <p className="govuk-body">What is missing:</p>
      <ul className="govuk-list govuk-list--bullet">
        {missing.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="govuk-body">
        <a className="govuk-link" href={hrefFor({ name: 'records', inspectionId })}>
          Import records
        </a>{' '}
        or{' '}
        <a className="govuk-link" href={hrefFor({ name: 'providers', inspectionId })}>
          add delegated providers
        </a>
        .
      </p>
    </>
  );
}
