export type NavItem = { readonly text: string; readonly href: string; readonly current: boolean };

/**
 * GOV.UK service navigation (https://design-system.service.gov.uk/components/service-navigation/):
 * the screens of the open inspection, one keypress away from any of them.
 * The current screen is marked with `aria-current="page"`.
 */
export function ServiceNavigation({
  label,
  items,
}: {
  readonly label: string;
  readonly items: readonly NavItem[];
}) {
  return (
    <section
      aria-label={`${label}: service information`}
      className="govuk-service-navigation"
      data-module="govuk-service-navigation"
    >
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label={label} className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="inspection-navigation">
              {items.map((item) => (
                <li
                  key={item.href}
                  className={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  <a
                    className="govuk-service-navigation__link"
                    href={item.href}
                    aria-current={item.current ? 'page' : undefined}
                  >
                    {item.current ? (
                      <strong className="govuk-service-navigation__active-fallback">
                        {item.text}
                      </strong>
                    ) : (
                      item.text
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}
