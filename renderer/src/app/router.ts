import { useEffect, useState } from 'react';

/**
 * The app's routes, in the URL hash so they work from `app://` and `file://`
 * alike (ecosystem.md §2). Each route is a pattern of fixed words and
 * `:params`.
 */
export type Route =
  | { readonly name: 'inspections' }
  | { readonly name: 'settings' }
  | { readonly name: 'overview'; readonly inspectionId: string }
  | { readonly name: 'records'; readonly inspectionId: string }
  | { readonly name: 'conflicts'; readonly inspectionId: string }
  | { readonly name: 'providers'; readonly inspectionId: string }
  | { readonly name: 'report'; readonly inspectionId: string }
  | { readonly name: 'not-found'; readonly path: string };

/** Reads a route from a hash such as `#/inspections/insp-1/records`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  if (parts.length === 0) return { name: 'inspections' };
  if (parts[0] === 'inspections' && parts.length === 1) return { name: 'inspections' };
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  if (parts[0] === 'inspections' && parts[1] !== undefined) {
    if (parts.length === 2) return { name: 'overview', inspectionId: parts[1] };
    if (parts.length === 3 && parts[2] === 'records') {
      return { name: 'records', inspectionId: parts[1] };
    }
    if (parts.length === 3 && parts[2] === 'conflicts') {
      return { name: 'conflicts', inspectionId: parts[1] };
    }
    if (parts.length === 3 && parts[2] === 'providers') {
      return { name: 'providers', inspectionId: parts[1] };
    }
    if (parts.length === 3 && parts[2] === 'report') {
      return { name: 'report', inspectionId: parts[1] };
    }
  }
  return { name: 'not-found', path };
}

/** The hash for a route, for links. */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'inspections':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'overview':
      return `#/inspections/${encodeURIComponent(route.inspectionId)}`;
    case 'records':
      return `#/inspections/${encodeURIComponent(route.inspectionId)}/records`;
    case 'conflicts':
      return `#/inspections/${encodeURIComponent(route.inspectionId)}/conflicts`;
    case 'providers':
      return `#/inspections/${encodeURIComponent(route.inspectionId)}/providers`;
    case 'report':
      return `#/inspections/${encodeURIComponent(route.inspectionId)}/report`;
    case 'not-found':
      return `#${route.path}`;
  }
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** Moves to a route. */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}
