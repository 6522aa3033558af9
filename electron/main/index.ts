import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session } from 'electron';
import { createAppInfoHandler } from './ipc/handlers/app-info';
import { createOpenFilesHandler, createSaveFileHandler } from './ipc/handlers/dialogs';
import { createKeychainHandlers } from './ipc/handlers/keychain';
import { createSigningHandlers } from './ipc/handlers/signing';
import { createTeamFolderHandlers } from './ipc/handlers/team-folder';
import { nodeWatchDeps } from './team-folder/watch';
import { signInWorker } from './signing/sign-in-worker';
import { createIpcRouter, registerIpcRouter } from './ipc/router';
import { appSchemePrivileges, installAppProtocol } from './protocol';
import { guardSession } from './security';
import { createMainWindow } from './window';

/**
 * The composition root of the main process: it wires Electron's objects into
 * the pure pieces in this folder and does nothing else.
 */
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

let mainWindow: BrowserWindow | undefined;
const currentWindow = (): BrowserWindow | undefined =>
  mainWindow === undefined || mainWindow.isDestroyed() ? undefined : mainWindow;

const signing = createSigningHandlers({
  dialog,
  window: currentWindow,
  sign: (request) => signInWorker(request, path.join(__dirname, 'sign-worker.cjs')),
});

const keychain = createKeychainHandlers({ safeStorage, platform: process.platform });

const teamFolder = createTeamFolderHandlers({
  dialog,
  window: currentWindow,
  storeFile: path.join(app.getPath('userData'), 'team-folders.json'),
  watch: nodeWatchDeps,
});

const router = createIpcRouter({
  appInfo: createAppInfoHandler({
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    versions: process.versions,
    dataLocation: app.getPath('userData'),
  }),
  openFiles: createOpenFilesHandler({ dialog, window: currentWindow }),
  saveFile: createSaveFileHandler({ dialog, window: currentWindow }),
  chooseCertificate: signing.chooseCertificate,
  signPdf: signing.signPdf,
  keychainSeal: keychain.keychainSeal,
  keychainOpen: keychain.keychainOpen,
  ...teamFolder,
});

// One instance only: two would fight over the same IndexedDB.
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const window = currentWindow();
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

void app.whenReady().then(() => {
  guardSession(session.defaultSession);
  installAppProtocol(protocol, path.join(app.getAppPath(), 'dist'));
  registerIpcRouter(ipcMain, router);
  mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'));
    }
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
