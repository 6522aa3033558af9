import type { MouseEvent } from 'react';
import { pageNumbers } from './page-numbers';

/**
 * GOV.UK pagination (https://design-system.service.gov.uk/components/pagination/)
 * for a list paged inside one screen: the links change the page without
 * following their `href` (the app routes by the URL hash, so every link keeps
 * `href` pointing at the current screen).
 */
export function Pagination({
  page,
  pages,
  href,
  label = 'Pagination',
  onPage,
}: {
  readonly page: number;
  readonly pages: number;
  /** Where each link points if opened elsewhere: the current screen. */
  readonly href: string;
  readonly label?: string;
  readonly onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  const go = (target: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onPage(target);
  };
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <a
            className="govuk-link govuk-pagination__link"
            href={href}
            rel="prev"
            onClick={go(page - 1)}
          >
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--prev"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {pageNumbers(page, pages).map((item, index) =>
          item === 'gap' ? (
            <li
              className="govuk-pagination__item govuk-pagination__item--ellipses"
              key={`gap-${index}`}
            >
              {'⋯'}
            </li>
          ) : (
            <li
              className={`govuk-pagination__item${item === page ? ' govuk-pagination__item--current' : ''}`}
              key={item}
            >
              <a
                className="govuk-link govuk-pagination__link"
                href={href}
                aria-label={`Page ${item}`}
                aria-current={item === page ? 'page' : undefined}
                onClick={go(item)}
              >
                {item}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < pages ? (
        <div className="govuk-pagination__next">
          <a
            className="govuk-link govuk-pagination__link"
            href={href}
            rel="next"
            onClick={go(page + 1)}
          >
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--next"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </a>
        </div>
      ) : null}
    </nav>
  );
}
