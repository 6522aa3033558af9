import { useCallback, useSyncExternalStore } from 'react';

/*
 * Minutes without use before the workbook locks itself: 15 by default, as
 * the person chooses in Settings. Kept in localStorage: it is a preference
 * about this device, holds nothing about children, and must be known while
 * the store is locked.
 */

const KEY = 'workbook.lock-after-minutes';
export const DEFAULT_LOCK_AFTER_MINUTES = 15;
export const MAX_LOCK_AFTER_MINUTES = 240;
const listeners = new Set<() => void>();

/** The minutes a stored text names, if it is a whole number from 1 to the maximum. */
export function parseLockAfter(text: string | null): number | undefined {
  if (text === null || !/^\d{1,3}$/.test(text.trim())) return undefined;
  const minutes = Number(text.trim());
  return minutes >= 1 && minutes <= MAX_LOCK_AFTER_MINUTES ? minutes : undefined;
}

function read(): number {
  return parseLockAfter(localStorage.getItem(KEY)) ?? DEFAULT_LOCK_AFTER_MINUTES;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The idle minutes before locking, and a way to change them. */
export function useLockAfter(): [number, (minutes: number) => void] {
  const minutes = useSyncExternalStore(subscribe, read);
  const save = useCallback((next: number) => {
    localStorage.setItem(KEY, String(next));
    for (const listener of listeners) listener();
  }, []);
  return [minutes, save];
}
