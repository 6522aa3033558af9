/**
 * A plain header with the service name. The GOV.UK crown and logotype are for
 * services on gov.uk only, so this app uses its own header (GOV.UK Frontend, https://frontend.design-system.service.gov.uk/).
 */
export function AppHeader({ serviceName }: { readonly serviceName: string }) {
  return (
    <header className="app-header" role="banner">
      <div className="govuk-width-container app-header__container">
        <a href="#/" className="app-header__service-name">
          {serviceName}
        </a>
      </div>
    </header>
  );
}
