import { useMemo } from 'react';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useUser } from './user';
import { AppHeader } from '../components/govuk/AppHeader';
import { SkipLink } from '../components/govuk/SkipLink';
import { openWorkbookDb } from '../db/db';
import { InspectionsPage } from '../features/inspections/InspectionsPage';
import { OverviewPage } from '../features/inspections/OverviewPage';
import { RecordsPage } from '../features/records/RecordsPage';
import { ConflictsPage } from '../features/conflicts/ConflictsPage';
import { ProvidersPage } from '../features/providers/ProvidersPage';
import { ReportPage } from '../features/report/ReportPage';
import { EvidencePage } from '../features/evidence/EvidencePage';
import { JudgementsPage } from '../features/judgements/JudgementsPage';
import { IndicatorsPage } from '../features/indicators/IndicatorsPage';
import { AppContext } from './app-context';
import { InspectionNavigation } from './InspectionNavigation';
import { useRoute, type Route } from './router';

function Screen({ route }: { readonly route: Route }) {
  switch (route.name) {
    case 'inspections':
      return <InspectionsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'overview':
      return <OverviewPage inspectionId={route.inspectionId} />;
    case 'records':
      return <RecordsPage inspectionId={route.inspectionId} />;
    case 'conflicts':
      return <ConflictsPage inspectionId={route.inspectionId} />;
    case 'providers':
      return <ProvidersPage inspectionId={route.inspectionId} />;
    case 'report':
      return <ReportPage inspectionId={route.inspectionId} />;
    case 'evidence':
      return <EvidencePage inspectionId={route.inspectionId} />;
    case 'judgements':
      return <JudgementsPage inspectionId={route.inspectionId} area={route.area} />;
    case 'indicators':
      return <IndicatorsPage inspectionId={route.inspectionId} />;
    case 'not-found':
      return (
        <>
          <h1 className="govuk-heading-xl">Page not found</h1>
          <p className="govuk-body">
            <a className="govuk-link" href="#/">
              Go to your inspections
            </a>
          </p>
        </>
      );
  }
}

/** The app shell: skip link, header, one main landmark per screen, footer. */
export function App() {
  const route = useRoute();
  const db = useMemo(() => openWorkbookDb(), []);
  const [user] = useUser();
  const services = useMemo(() => ({ db, userName: user.name }), [db, user.name]);
  return (
    <AppContext.Provider value={services}>
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
