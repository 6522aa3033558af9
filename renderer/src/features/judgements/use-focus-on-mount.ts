import { useEffect, useRef } from 'react';

/**
 * Focuses an element (a heading with `tabIndex={-1}`) when it mounts, if
 * `enabled`: when the screen swaps one view for another without a page load,
 * focus moves to the new view's heading so screen readers announce it.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
