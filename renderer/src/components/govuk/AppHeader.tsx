import type { ReactNode } from 'react';

/**
 * A plain header with the service name. The GOV.UK crown and logotype are for
 * services on gov.uk only, so this app uses its own header (GOV.UK Frontend, https://frontend.design-system.service.gov.uk/).
 * `children` sit at its end (the "Lock now" button).
 */
export function AppHeader({
  serviceName,
  children,
}: {
  readonly serviceName: string;
  readonly children?: ReactNode;
}) {
  return (
    <header className="app-header" role="banner">
      <div className="govuk-width-container app-header__container">
        <a href="#/" className="app-header__service-name">
          {serviceName}
        </a>
        {children}
      </div>
    </header>
  );
}
