import { useCallback, useSyncExternalStore } from 'react';

/** Who is working on this device: recorded as the author of every change. */
export type User = {
  readonly name: string;
  readonly role: 'lead' | 'inspector' | 'council-officer';
};

const KEY = 'workbook.user';
const DEFAULT_USER: User = { name: 'Inspector', role: 'inspector' };
const listeners = new Set<() => void>();
let cached: { raw: string | null; user: User } | undefined;

function parse(raw: string | null): User {
  if (raw === null) return DEFAULT_USER;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return DEFAULT_USER;
    const name =
      'name' in value && typeof value.name === 'string' && value.name.trim() !== ''
        ? value.name.trim()
        : DEFAULT_USER.name;
    const role =
      'role' in value &&
      (value.role === 'lead' || value.role === 'inspector' || value.role === 'council-officer')
        ? value.role
        : DEFAULT_USER.role;
    return { name, role };
  } catch {
    return DEFAULT_USER;
  }
}

function read(): User {
  const raw = localStorage.getItem(KEY);
  if (cached === undefined || cached.raw !== raw) cached = { raw, user: parse(raw) };
  return cached.user;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The current user, kept in this device's storage, and a way to change it. */
export function useUser(): [User, (user: User) => void] {
  const user = useSyncExternalStore(subscribe, read);
  const save = useCallback((next: User) => {
    localStorage.setItem(KEY, JSON.stringify(next));
    for (const listener of listeners) listener();
  }, []);
  return [user, save];
}
