import { ChildPage } from '../features/children/ChildPage';
import { ConflictsPage } from '../features/conflicts/ConflictsPage';
import { FlagPage } from '../features/conflicts/FlagPage';
import { EvidenceItemPage } from '../features/evidence/EvidenceItemPage';
import { EvidencePage } from '../features/evidence/EvidencePage';
import { IndicatorsPage } from '../features/indicators/IndicatorsPage';
import { InspectionsPage } from '../features/inspections/InspectionsPage';
import { OverviewPage } from '../features/inspections/OverviewPage';
import { JudgementsPage } from '../features/judgements/JudgementsPage';
import { ProvidersPage } from '../features/providers/ProvidersPage';
import { ProblemsPage } from '../features/records/ProblemsPage';
import { RecordsPage } from '../features/records/RecordsPage';
import { CheckReportPage } from '../features/report/CheckReportPage';
import { ReportPage } from '../features/report/ReportPage';
import { isWritingPage, ReportWritingPage } from '../features/report/ReportWritingPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TeamPage } from '../features/team/TeamPage';
import type { Route } from './router';

/** The screen for a route. Pages below a screen get the route itself, for their id and query. */
export function Screen({ route }: { readonly route: Route }) {
  switch (route.name) {
    case 'inspections':
      return <InspectionsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'overview':
      return <OverviewPage inspectionId={route.inspectionId} />;
    case 'records':
      return route.sub === 'problems' ? (
        <ProblemsPage route={route} />
      ) : (
        <RecordsPage inspectionId={route.inspectionId} />
      );
    case 'conflicts':
      return route.sub === undefined ? (
        <ConflictsPage inspectionId={route.inspectionId} />
      ) : (
        <FlagPage inspectionId={route.inspectionId} flagId={route.sub} />
      );
    case 'providers':
      return <ProvidersPage inspectionId={route.inspectionId} />;
    case 'report':
      return route.sub === 'check' ? (
        <CheckReportPage inspectionId={route.inspectionId} />
      ) : route.sub !== undefined && isWritingPage(route.sub) ? (
        <ReportWritingPage inspectionId={route.inspectionId} page={route.sub} />
      ) : (
        <ReportPage inspectionId={route.inspectionId} />
      );
    case 'evidence':
      return route.sub === undefined ? (
        <EvidencePage inspectionId={route.inspectionId} />
      ) : (
        <EvidenceItemPage inspectionId={route.inspectionId} evidenceId={route.sub} />
      );
    case 'judgements':
      return <JudgementsPage inspectionId={route.inspectionId} area={route.area} />;
    case 'indicators':
      return <IndicatorsPage inspectionId={route.inspectionId} />;
    case 'team':
      return <TeamPage inspectionId={route.inspectionId} />;
    case 'child':
      return <ChildPage inspectionId={route.inspectionId} childId={route.childId} />;
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
