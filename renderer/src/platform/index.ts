import type { WorkbookBridge } from '../../../shared/ipc/bridge';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

export type {
  CertificateSummary,
  ChosenFile,
  FileTypeFilter,
  Platform,
  SaveOutcome,
} from './types';

declare global {
  interface Window {
    /** Present only under Electron, put there by the preload. */
    readonly workbook?: WorkbookBridge;
  }
}

let current: Platform | undefined;

/** The platform door for this host, chosen once: Electron's bridge if present, else the browser. */
export function getPlatform(): Platform {
  current ??= window.workbook
    ? createElectronPlatform(window.workbook)
    : createBrowserPlatform(document);
  return current;
}
