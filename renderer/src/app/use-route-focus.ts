import { useEffect, useRef } from 'react';
import { pathOf, type Route } from './router';

/** How long to wait for a screen that loads its data before its heading shows. */
const WAIT_MS = 3000;

/**
 * Moves focus to the new screen's main heading after every change of screen,
 * so a screen reader announces where the person now is and the next Tab
 * starts from the content, as a page load would (WCAG 2.4.3; GOV.UK's advice
 * for single-page navigation). A change of the query alone (a filter) keeps
 * focus where it is, and so does a screen that has already put focus inside
 * its content (a form's error summary, a banner).
 */
export function useRouteFocus(route: Route): void {
  const path = pathOf(route);
  const shown = useRef(path);
  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    const main = document.getElementById('main-content');
    const started = performance.now();
    let frame = 0;
    const tryFocus = () => {
      const active = document.activeElement;
      const heading = main?.querySelector('h1');
      if (main === null) return;
      if (active !== null && active !== main && main.contains(active) && active.tagName !== 'A') {
        return;
      }
      if (heading instanceof HTMLElement) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        return;
      }
      if (performance.now() - started < WAIT_MS) frame = requestAnimationFrame(tryFocus);
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [path]);
}
