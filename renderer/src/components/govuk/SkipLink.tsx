import type { MouseEvent } from 'react';

/**
 * Moves focus to the target instead of following the link: the app routes by
 * the URL hash, so following `#main-content` would leave the page. The
 * address and the screen stay as they are, as govuk-frontend's own skip link
 * keeps them.
 */
function skipTo(event: MouseEvent<HTMLAnchorElement>, target: string): void {
  const element = document.getElementById(target);
  if (element === null) return;
  event.preventDefault();
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
  element.scrollIntoView();
}

/** GOV.UK skip link: the first focusable element, jumping past the header. */
export function SkipLink({ target = 'main-content' }: { readonly target?: string }) {
  return (
    <a
      href={`#${target}`}
      className="govuk-skip-link"
      data-module="govuk-skip-link"
      onClick={(event) => skipTo(event, target)}
    >
      Skip to main content
    </a>
  );
}
