import { useEffect, useState } from 'react';

/**
 * The app's routes, in the URL hash so they work from `app://` and `file://`
 * alike (ecosystem.md §2). Each route is a pattern of fixed words and
 * `:params`.
 */
/** The screens of one inspection, each at `#/inspections/<id>/<screen>`. */
export const inspectionScreens = [
  'providers',
  'records',
  'indicators',
  'evidence',
  'judgements',
  'conflicts',
  'report',
] as const;

/** One screen of an inspection. */
export type InspectionScreen = (typeof inspectionScreens)[number];

function isInspectionScreen(value: string): value is InspectionScreen {
  return inspectionScreens.some((screen) => screen === value);
}

export type Route =
  | { readonly name: 'inspections' }
  | { readonly name: 'settings' }
  | { readonly name: 'overview'; readonly inspectionId: string }
  | {
      readonly name: InspectionScreen;
      readonly inspectionId: string;
      /** One judgement area's own view: `#/inspections/<id>/judgements/<area>`. */
      readonly area?: string | undefined;
    }
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
    const screen = parts[2];
    if (parts.length === 3 && screen !== undefined && isInspectionScreen(screen)) {
      return { name: screen, inspectionId: parts[1] };
    }
    if (parts.length === 4 && screen === 'judgements' && parts[3] !== undefined) {
      return { name: screen, inspectionId: parts[1], area: parts[3] };
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
    case 'not-found':
      return `#${route.path}`;
    default:
      return `#/inspections/${encodeURIComponent(route.inspectionId)}/${route.name}${
        route.area === undefined ? '' : `/${encodeURIComponent(route.area)}`
      }`;
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
