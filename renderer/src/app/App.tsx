import { useEffect, useMemo } from 'react';
import { useUser } from './user';
import { AppHeader } from '../components/govuk/AppHeader';
import { SkipLink } from '../components/govuk/SkipLink';
import { appDb } from '../db/app-store';
import { warmDataWorker } from '../workers/data-client';
import { AppContext } from './app-context';
import { DocumentTitle } from './DocumentTitle';
import { InspectionNavigation } from './InspectionNavigation';
import { useRoute, type Route } from './router';
import { Screen } from './Screen';
import { useRouteFocus } from './use-route-focus';
import { RecheckImports } from '../features/records/use-recheck-imports';
import { ProtectionScreen } from '../features/protection/ProtectionScreen';
import { TeamFolderSync } from '../features/team-folder/TeamFolderSync';
import { useProtection } from '../features/protection/use-protection';
import { useIdleLock } from '../features/protection/use-idle-lock';
import { useLockAfter } from '../features/protection/lock-after';
import { useFocusAfterUnlock } from '../features/protection/use-page-heading';

/** The screens, shown only while the store is unlocked; locking after idle minutes. */
function Unlocked({ route, lock }: { readonly route: Route; readonly lock: () => void }) {
  const [user] = useUser();
  const [lockAfter] = useLockAfter();
  const services = useMemo(() => ({ db: appDb, userName: user.name }), [user.name]);
  useRouteFocus(route);
  useFocusAfterUnlock();
  useIdleLock(lockAfter, lock);
  const inspectionId = 'inspectionId' in route ? route.inspectionId : undefined;
  useEffect(
    () => (inspectionId === undefined ? undefined : warmDataWorker(appDb.name, inspectionId)),
    [inspectionId],
  );
  return (
    <AppContext.Provider value={services}>
      <DocumentTitle route={route} />
      <RecheckImports inspectionId={inspectionId} />
      {inspectionId === undefined ? null : (
        <TeamFolderSync key={inspectionId} inspectionId={inspectionId} />
      )}
      <InspectionNavigation route={route} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Screen route={route} />
        </main>
      </div>
    </AppContext.Provider>
  );
}

/**
 * The app shell: skip link, header, one main landmark per screen, footer.
 * Until the encrypted store is unlocked it shows the protection pages in
 * place of the screens; the route stays in the address, so a lock and an
 * unlock come back to the same screen.
 */
export function App() {
  const route = useRoute();
  const protection = useProtection();
  const unlocked = protection.state.kind === 'unlocked';
  return (
    <>
      <SkipLink />
      <AppHeader serviceName="Inspection Workbook">
        {unlocked ? (
          <button type="button" className="app-header__lock" onClick={protection.lock}>
            Lock now
          </button>
        ) : null}
      </AppHeader>
      {unlocked ? (
        <Unlocked route={route} lock={protection.lock} />
      ) : (
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
            <ProtectionScreen protection={protection} />
          </main>
        </div>
      )}
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
            Inspection Workbook keeps everything on this device, encrypted. Nothing is sent over the
            network.
          </p>
        </div>
      </footer>
    </>
  );
}
