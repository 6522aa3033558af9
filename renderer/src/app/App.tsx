import { useMemo } from 'react';
import { useUser } from './user';
import { AppHeader } from '../components/govuk/AppHeader';
import { SkipLink } from '../components/govuk/SkipLink';
import { openWorkbookDb, WORKBOOK_DB_NAME } from '../db/db';
import { pageKeys } from '../db/protection/page-keys';
import { AppContext } from './app-context';
import { DocumentTitle } from './DocumentTitle';
import { InspectionNavigation } from './InspectionNavigation';
import { useRoute } from './router';
import { Screen } from './Screen';
import { useRouteFocus } from './use-route-focus';
import { RecheckImports } from '../features/records/use-recheck-imports';

/** The app shell: skip link, header, one main landmark per screen, footer. */
export function App() {
  const route = useRoute();
  const db = useMemo(() => openWorkbookDb(WORKBOOK_DB_NAME, pageKeys), []);
  const [user] = useUser();
  const services = useMemo(() => ({ db, userName: user.name }), [db, user.name]);
  useRouteFocus(route);
  return (
    <AppContext.Provider value={services}>
      <DocumentTitle route={route} />
      <RecheckImports inspectionId={'inspectionId' in route ? route.inspectionId : undefined} />
      <SkipLink />
      <AppHeader serviceName="Inspection Workbook" />
      <InspectionNavigation route={route} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Screen route={route} />
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <ul className="govuk-footer__inline-list">
            <li className="govuk-footer__inline-list-item">
              <a className="govuk-footer__link" href="#/settings">
                Settings
              </a>
            </li>
          </ul>
          <p className="govuk-body-s">
            Inspection Workbook keeps everything on this device. Nothing is sent over the network.
          </p>
        </div>
      </footer>
    </AppContext.Provider>
  );
}
