import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useApp } from './app-context';
import { composeTitle, pageNameFor, useTitleState } from './page-title';
import { pathOf, type Route } from './router';
import { screenTitle } from './screen-titles';

/** Writes the document title from the page's name, the inspection's council and errors shown. */
export function DocumentTitle({ route }: { readonly route: Route }) {
  const { db } = useApp();
  const titleState = useTitleState();
  const page = pageNameFor(titleState, pathOf(route), screenTitle(route));
  const inspectionId = 'inspectionId' in route ? route.inspectionId : undefined;
  const council = useLiveQuery(
    async () =>
      inspectionId === undefined ? undefined : (await db.inspections.get(inspectionId))?.council,
    [db, inspectionId],
  );
  const title = composeTitle({ page, council, errors: titleState.errors });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
