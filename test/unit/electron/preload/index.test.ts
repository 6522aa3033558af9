import { describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async () => ({ ok: true, data: { canceled: true, files: [] } }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke },
}));

await import('../../../../electron/preload/index');

describe('preload entry', () => {
  it('exposes only window.workbook, frozen, routed through ipcRenderer.invoke', async () => {
    expect([...exposed.keys()]).toEqual(['workbook']);
    const bridge = exposed.get('workbook');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
    if (typeof bridge !== 'object' || bridge === null || !('openFiles' in bridge)) {
      throw new Error('bridge has no openFiles');
    }
    const openFiles = bridge.openFiles;
    if (typeof openFiles !== 'function') throw new Error('openFiles is not a function');
    await openFiles({ multiple: true });
    expect(invoke).toHaveBeenCalledWith('workbook:dialog.open-files', { multiple: true });
  });
});
