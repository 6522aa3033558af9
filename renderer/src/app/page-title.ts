import { useEffect, useSyncExternalStore } from 'react';

/**
 * The document title, built as GOV.UK services build it: "<page> – <service>",
 * here "<page> – <council> – Inspection Workbook", with "Error: " in front
 * while an error summary shows (https://design-system.service.gov.uk/patterns/question-pages/#error-messages).
 * Pages name themselves; the error summary counts itself; the shell writes
 * the title. Kept outside React state so neither re-renders the other.
 */
type TitleState = {
  /** The page's own name for itself, and the address it was given on. */
  readonly page: { readonly name: string; readonly path: string } | null;
  readonly errors: number;
};

let state: TitleState = { page: null, errors: 0 };
const listeners = new Set<() => void>();

function update(next: TitleState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function currentPath(): string {
  const hash = window.location.hash;
  const mark = hash.indexOf('?');
  return mark === -1 ? hash : hash.slice(0, mark);
}

/**
 * Names the current page in the document title while it is shown, in place
 * of the screen's name (an evidence item's id, a child's id, an area). The
 * name holds only for the address it was given on, so the next screen never
 * inherits it.
 */
export function usePageTitle(name: string): void {
  useEffect(() => {
    update({ ...state, page: { name, path: currentPath() } });
  }, [name]);
}

/** Marks the title "Error: " while the calling component (an error summary) is shown. */
export function useErrorInTitle(): void {
  useEffect(() => {
    update({ ...state, errors: state.errors + 1 });
    return () => update({ ...state, errors: state.errors - 1 });
  }, []);
}

/** The title's parts, live. */
export function useTitleState(): TitleState {
  return useSyncExternalStore(subscribe, () => state);
}

/** The page's own name if it gave one on `path`, else `fallback` (the screen's name). */
export function pageNameFor(title: TitleState, path: string, fallback: string): string {
  return title.page !== null && title.page.path === path ? title.page.name : fallback;
}

/** The whole title from its parts; empty parts are left out. */
export function composeTitle(parts: {
  readonly page: string;
  readonly council?: string | undefined;
  readonly errors: number;
}): string {
  const words = [parts.page, parts.council ?? '', 'Inspection Workbook'].filter((p) => p !== '');
  return `${parts.errors > 0 ? 'Error: ' : ''}${words.join(' – ')}`;
}
