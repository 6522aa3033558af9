import { createContext, useContext } from 'react';
import type { WorkbookDb } from '../db/db';

/** What every screen may use: the database and who is working. */
export type AppServices = {
  readonly db: WorkbookDb;
  /** The person recorded as author of every change (Settings). */
  readonly userName: string;
};

export const AppContext = createContext<AppServices | undefined>(undefined);

/** The app's services; throws outside the app shell, which always provides them. */
export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (services === undefined) throw new Error('useApp() used outside <AppContext.Provider>');
  return services;
}
