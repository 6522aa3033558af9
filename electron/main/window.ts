import { app, BrowserWindow, shell, type WebPreferences } from 'electron';
import { guardWebContents } from './security';
import { APP_START_URL } from './trusted-url';

/**
 * The locked-down preferences every window gets. Nothing here may be relaxed
 * per window: the renderer handles special-category data about children, so
 * it runs sandboxed, isolated and without Node. DevTools exist only in a
 * development run: in a packaged build they would let anyone at the keyboard
 * read the page's memory (the unlocked data) and call the signing bridge.
 */
export function secureWebPreferences(preloadPath: string, packaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !packaged,
  };
}

/** The only BrowserWindow factory in the app. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 640,
    minHeight: 480,
    title: 'Inspection Workbook',
    show: false,
    webPreferences: secureWebPreferences(preloadPath, app.isPackaged),
  });
  guardWebContents(window.webContents, shell);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
