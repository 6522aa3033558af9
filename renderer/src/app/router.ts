import { useEffect, useState } from 'react';

/**
 * The app's routes, in the URL hash so they work from `app://` and `file://`
 * alike. Each route is a path of fixed words and ids, with an optional
 * `?query` holding a screen's filters, so a filtered view has an address
 * that Back, Forward and a bookmark return to.
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
  'team',
] as const;

/** One screen of an inspection. */
export type InspectionScreen = (typeof inspectionScreens)[number];

function isInspectionScreen(value: string): value is InspectionScreen {
  return inspectionScreens.some((screen) => screen === value);
}

/**
 * The pages below a screen, at `#/inspections/<id>/<screen>/<sub>`: one
 * judgement area, one evidence item, one conflict flag, the records'
 * problems across files, the report's check page. A `null` entry takes any
 * id; a list takes only the words named.
 */
const subPages: { readonly [S in InspectionScreen]: readonly string[] | null | undefined } = {
  providers: undefined,
  records: ['problems'],
  indicators: undefined,
  evidence: null,
  judgements: null,
  conflicts: null,
  report: ['check', 'summary', 'improvements', 'priorities'],
  team: undefined,
};

/** Filters and other view state kept in the address (`?owner=council&severity=error`). */
export type RouteQuery = Readonly<Record<string, string>>;

export type Route =
  | { readonly name: 'inspections' }
  | { readonly name: 'settings' }
  | { readonly name: 'overview'; readonly inspectionId: string }
  | {
      readonly name: InspectionScreen;
      readonly inspectionId: string;
      /** One judgement area's own view: `#/inspections/<id>/judgements/<area>`. */
      readonly area?: string | undefined;
      /** A page below the screen: an evidence id, a flag id, `problems`, `check`. */
      readonly sub?: string | undefined;
      readonly query?: RouteQuery | undefined;
    }
  | {
      /** Everything the workbook knows about one child: `#/inspections/<id>/children/<child>`. */
      readonly name: 'child';
      readonly inspectionId: string;
      readonly childId: string;
    }
  | { readonly name: 'not-found'; readonly path: string };

/** Routes that belong to one open inspection. */
export type InspectionRoute = Extract<Route, { readonly inspectionId: string }>;

function readQuery(text: string): RouteQuery | undefined {
  if (text === '') return undefined;
  const query: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    if (value !== '') query[key] = value;
  }
  return Object.keys(query).length === 0 ? undefined : query;
}

function writeQuery(query: RouteQuery | undefined): string {
  if (query === undefined) return '';
  const entries = Object.entries(query).filter(([, value]) => value !== '');
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
}

/**
 * Whether a hash is one of the app's routes. A hash that is not (`#main-content`,
 * from a skip link or a fragment link in a document) names a place on the
 * current page and must never change screen.
 */
export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}

function inspectionRoute(parts: readonly string[], query: RouteQuery | undefined): Route | null {
  const [, inspectionId, screen, sub] = parts;
  if (inspectionId === undefined) return null;
  if (parts.length === 2) return { name: 'overview', inspectionId };
  if (screen === 'children' && parts.length === 4 && sub !== undefined) {
    return { name: 'child', inspectionId, childId: sub };
  }
  if (screen === undefined || !isInspectionScreen(screen)) return null;
  const withQuery = query === undefined ? {} : { query };
  if (parts.length === 3) return { name: screen, inspectionId, ...withQuery };
  if (parts.length !== 4 || sub === undefined) return null;
  const allowed = subPages[screen];
  if (allowed === undefined || (allowed !== null && !allowed.includes(sub))) return null;
  if (screen === 'judgements') return { name: screen, inspectionId, area: sub, ...withQuery };
  return { name: screen, inspectionId, sub, ...withQuery };
}

/** Reads a route from a hash such as `#/inspections/insp-1/records`. */
export function parseRoute(hash: string): Route {
  const full = hash.replace(/^#/, '') || '/';
  const mark = full.indexOf('?');
  const path = mark === -1 ? full : full.slice(0, mark);
  const query = readQuery(mark === -1 ? '' : full.slice(mark + 1));
  const parts = path
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  if (parts.length === 0) return { name: 'inspections' };
  if (parts[0] === 'inspections' && parts.length === 1) return { name: 'inspections' };
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  if (parts[0] === 'inspections') {
    const route = inspectionRoute(parts, query);
    if (route !== null) return route;
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
    case 'child':
      return `#/inspections/${encodeURIComponent(route.inspectionId)}/children/${encodeURIComponent(route.childId)}`;
    case 'not-found':
      return `#${route.path}`;
    default: {
      const below = route.area ?? route.sub;
      return `#/inspections/${encodeURIComponent(route.inspectionId)}/${route.name}${
        below === undefined ? '' : `/${encodeURIComponent(below)}`
      }${writeQuery(route.query)}`;
    }
  }
}

/** The same place without its query: two routes with one path are one page. */
export function pathOf(route: Route): string {
  const href = hrefFor(route);
  const mark = href.indexOf('?');
  return mark === -1 ? href : href.slice(0, mark);
}

/**
 * The current route, updated on every hash change. A hash that is not a
 * route (a skip link's `#main-content`) leaves the screen as it is.
 */
export function useRoute(): Route {
  const [route, setRoute] = useState(() =>
    parseRoute(isRouteHash(window.location.hash) ? window.location.hash : ''),
  );
  useEffect(() => {
    const update = () => {
      if (isRouteHash(window.location.hash)) setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** Moves to a route. */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/**
 * Changes the current address's query without adding a history entry, for
 * filters that change as a person types: Back leaves the screen rather than
 * undoing each keystroke.
 */
export function replaceQuery(route: InspectionRoute, query: RouteQuery): void {
  if (route.name === 'overview' || route.name === 'child') return;
  const next = hrefFor({ ...route, query });
  if (next === window.location.hash) return;
  window.history.replaceState(window.history.state, '', next);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
