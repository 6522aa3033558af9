import { useEffect, useRef } from 'react';

export type ErrorItem = { readonly text: string; readonly href?: string };

/**
 * GOV.UK error summary: focused when it appears so screen readers announce it
 * (https://design-system.service.gov.uk/components/error-summary/).
 */
export function ErrorSummary({
  title = 'There is a problem',
  errors,
}: {
  readonly title?: string;
  readonly errors: readonly ErrorItem[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.text}>
                {error.href ? <a href={error.href}>{error.text}</a> : error.text}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
