import { useEffect, useRef } from 'react';

/** Whether a protection page has shown since the app loaded. */
let shownBefore = false;

/**
 * Titles the window and, when this page replaces another (a lock, the next
 * step), moves focus to its heading as a page load would (WCAG 2.4.2,
 * 2.4.3): the protection pages change without a change of route. The first
 * page after a load leaves focus where the browser put it, so the skip link
 * stays the first stop.
 */
export function usePageHeading(title: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Inspection Workbook`;
    if (shownBefore) heading.current?.focus({ preventScroll: true });
    shownBefore = true;
  }, [title]);
  return heading;
}

/**
 * After an unlock the screens replace the Unlock page: focus goes to the
 * main content, not left on the removed button (WCAG 2.4.3).
 */
export function useFocusAfterUnlock(): void {
  useEffect(() => {
    if (shownBefore) document.getElementById('main-content')?.focus({ preventScroll: true });
  }, []);
}
