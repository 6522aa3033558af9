import type { Route } from './router';

/** Each screen's name in the document title, until the page names itself more exactly. */
export function screenTitle(route: Route): string {
  switch (route.name) {
    case 'inspections':
      return 'Your inspections';
    case 'settings':
      return 'Settings';
    case 'overview':
      return 'Overview';
    case 'providers':
      return 'Delegated providers';
    case 'records':
      return route.sub === 'problems' ? 'Problems in the records' : 'Records';
    case 'indicators':
      return 'Indicators';
    case 'evidence':
      return route.sub === undefined ? 'Evidence' : `Evidence ${route.sub}`;
    case 'judgements':
      return 'Judgements';
    case 'conflicts':
      return route.sub === undefined ? 'Conflicts of interest' : 'Conflict of interest';
    case 'report':
      return route.sub === 'check' ? 'Check the report' : 'Report';
    case 'team':
      return 'The team';
    case 'child':
      return `Child ${route.childId}`;
    case 'not-found':
      return 'Page not found';
  }
}
