import { useEffect, useRef, type MouseEvent } from 'react';
import { useErrorInTitle } from '../../app/page-title';

/**
 * Moves focus to the field a summary link names, as govuk-frontend's own
 * ErrorSummary does, instead of following the link: the app routes by the
 * URL hash, so following `#field-id` would change screen.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  const target = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
  if (target === null) return;
  event.preventDefault();
  target.focus();
  (target.closest('.govuk-form-group') ?? target).scrollIntoView();
}

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
  useErrorInTitle();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.text}>
                {error.href === undefined ? (
                  error.text
                ) : (
                  <a href={error.href} onClick={(event) => focusField(event, error.href ?? '')}>
                    {error.text}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
