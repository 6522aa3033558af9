import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from './trusted-url';

type Shell = { openExternal(url: string): Promise<void> };

/**
 * Locks one WebContents down: no navigation or redirect away from the loaded
 * page, no new windows (an `https:` link goes to the system browser instead),
 * no <webview>. Electron's security checklist, items 11–14:
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
export function guardWebContents(contents: WebContents, shell: Shell): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Denies every permission request (camera, notifications, geolocation…) and check. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
