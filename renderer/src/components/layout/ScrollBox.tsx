import type { ReactNode } from 'react';
import './scroll-box.scss';

/**
 * A labelled box that scrolls sideways when its content is wider than the
 * window (a table with many providers, the chart at 200% zoom), so the page
 * itself never does (WCAG 1.4.10).
 */
export function ScrollBox({
  label,
  className = '',
  children,
}: {
  readonly label: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <section
      className={`app-scroll-box ${className}`.trim()}
      aria-label={label}
      // A scrolling box must take focus so keyboard users can scroll it (WCAG 2.1.1;
      // axe scrollable-region-focusable).
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {children}
    </section>
  );
}
