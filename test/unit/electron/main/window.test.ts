import { beforeEach, describe, expect, it, vi } from 'vitest';

const constructed: unknown[] = [];
const listeners = new Map<string, (...args: unknown[]) => void>();
let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
const openExternal = vi.fn(async () => undefined);
const app = { isPackaged: false };

vi.mock('electron', () => {
  class BrowserWindow {
    readonly webContents = {
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
        windowOpenHandler = handler;
      },
    };
    constructor(options: unknown) {
      constructed.push(options);
    }
    once() {}
    show() {}
    loadURL = vi.fn(async () => undefined);
  }
  return { app, BrowserWindow, shell: { openExternal } };
});

const { createMainWindow } = await import('../../../../electron/main/window');

describe('createMainWindow', () => {
  beforeEach(() => {
    constructed.length = 0;
    app.isPackaged = false;
    listeners.clear();
    openExternal.mockClear();
  });

  it('locks down webPreferences', () => {
    createMainWindow('/app/dist-electron/preload.cjs');
    expect(constructed).toHaveLength(1);
    expect(constructed[0]).toMatchObject({
      webPreferences: {
        preload: '/app/dist-electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
      },
    });
  });

  it.each([
    [true, false],
    [false, true],
  ])('with app.isPackaged %s, sets devTools to %s', (packaged, devTools) => {
    app.isPackaged = packaged;
    createMainWindow('/p.cjs');
    expect(constructed[0]).toMatchObject({ webPreferences: { devTools } });
  });

  it('blocks navigation, redirects and webviews', () => {
    createMainWindow('/p.cjs');
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      const listener = listeners.get(name);
      expect(listener, name).toBeDefined();
      listener?.({ preventDefault });
      expect(preventDefault, name).toHaveBeenCalled();
    }
  });

  it('denies every new window and only hands https links to the OS', () => {
    createMainWindow('/p.cjs');
    expect(windowOpenHandler?.({ url: 'https://www.gov.uk/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.uk/');
    openExternal.mockClear();
    expect(windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(windowOpenHandler?.({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});
