import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

// The sandboxed preload can only `require('electron')`, so this file and
// everything it imports is bundled into one CommonJS file by vite.electron.config.ts.
contextBridge.exposeInMainWorld(
  'workbook',
  buildBridge((channel, request) => ipcRenderer.invoke(channel, request)),
);
