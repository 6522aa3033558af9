import type { AppInfo } from '../../../../shared/ipc/contract';

/** What the app-info handler needs from Electron's `app` and `process`. */
export type AppInfoSource = {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly versions: Readonly<Record<string, string | undefined>>;
  readonly dataLocation: string;
};

/** Answers `appInfo` from the running app. */
export function createAppInfoHandler(source: AppInfoSource) {
  return async (): Promise<AppInfo> => {
    const versions: Record<string, string> = {};
    for (const key of ['electron', 'chrome', 'node', 'v8'] as const) {
      const value = source.versions[key];
      if (value !== undefined) versions[key] = value;
    }
    return {
      name: source.name,
      version: source.version,
      host: 'electron',
      platform: source.platform,
      versions,
      dataLocation: source.dataLocation,
    };
  };
}
