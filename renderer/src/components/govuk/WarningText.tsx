import type { ReactNode } from 'react';

/** GOV.UK warning text (https://design-system.service.gov.uk/components/warning-text/). */
export function WarningText({ children }: { readonly children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}
