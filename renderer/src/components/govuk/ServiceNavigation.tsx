import { useEffect, useId, useState } from 'react';

export type NavItem = { readonly text: string; readonly href: string; readonly current: boolean };

/** GOV.UK's tablet breakpoint: below it the navigation folds behind its menu button. */
const WIDE = '(min-width: 40.0625em)';

function useWide(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const change = () => setWide(query.matches);
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  return wide;
}

/**
 * GOV.UK service navigation (https://design-system.service.gov.uk/components/service-navigation/):
 * the screens of the open inspection, one keypress away from any of them.
 * The current screen is marked with `aria-current="page"`. On a narrow
 * window (a phone, or a laptop at 200% zoom) the list folds behind a "Menu"
 * button, so the first screen shows content rather than navigation.
 */
export function ServiceNavigation({
  label,
  items,
}: {
  readonly label: string;
  readonly items: readonly NavItem[];
}) {
  const wide = useWide();
  const listId = useId();
  const current = items.find((item) => item.current)?.href;
  // The menu stays open only on the screen it was opened on: choosing a
  // screen closes it, as a page load would.
  const [openOn, setOpenOn] = useState<string | undefined | null>(null);
  const open = openOn !== null && openOn === current;
  return (
    <section
      aria-label={`${label}: service information`}
      className="govuk-service-navigation"
      data-module="govuk-service-navigation"
    >
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label={label} className="govuk-service-navigation__wrapper">
            {wide ? null : (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={listId}
                aria-expanded={open}
                onClick={() => setOpenOn(open ? null : current)}
              >
                Menu
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={listId} hidden={!wide && !open}>
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
