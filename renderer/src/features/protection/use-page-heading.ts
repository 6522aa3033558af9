import { useEffect, useRef } from 'react';

/**
 * Titles the window and moves focus to the page's heading as it appears,
 * as a page load would (WCAG 2.4.2, 2.4.3): the protection pages replace
 * the app without a change of route.
 */
export function usePageHeading(title: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Inspection Workbook`;
    heading.current?.focus();
  }, [title]);
  return heading;
}
