import { describe, expect, it, vi } from 'vitest';
import { buildBridge } from '../../../../electron/preload/bridge';
import { ipcContract } from '../../../../shared/ipc/contract';

describe('preload bridge', () => {
  it('exposes exactly one frozen function per contract entry', () => {
    const bridge = buildBridge(vi.fn());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(ipcContract).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends on the contract channel and parses the answer', async () => {
    const invoke = vi.fn(async () => ({ ok: true, data: { canceled: true, files: [] } }));
    const answer = await buildBridge(invoke).openFiles({ multiple: false });
    expect(invoke).toHaveBeenCalledWith('workbook:dialog.open-files', { multiple: false });
    expect(answer).toEqual({ ok: true, data: { canceled: true, files: [] } });
  });

  it('passes a refusal from main through unchanged', async () => {
    const refusal = { ok: false, error: { code: 'ipc.bad-request', message: 'bad' } };
    const answer = await buildBridge(async () => refusal).appInfo({});
    expect(answer).toEqual(refusal);
  });

  it('never rejects: a failed invoke becomes an error value', async () => {
    const answer = await buildBridge(async () => {
      throw new Error("No handler registered for 'workbook:app.info'");
    }).appInfo({});
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.invoke-failed' } });
  });

  it('refuses an answer outside the contract', async () => {
    const answer = await buildBridge(async () => ({ ok: true, data: { nope: 1 } })).appInfo({});
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.bad-response' } });
  });
});
