import { describe, expect, it, vi } from 'vitest';
import {
  createIpcRouter,
  IpcHandlerError,
  registerIpcRouter,
  type IpcHandlers,
  type IpcSenderEvent,
} from '../../../../electron/main/ipc/router';
import { ipcContract } from '../../../../shared/ipc/contract';
import { noTeamFolder } from '../../../support/no-team-folder';

const appFrame: IpcSenderEvent = {
  senderFrame: { url: 'app://workbook/index.html', parent: null },
};

function makeHandlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return {
    appInfo: vi.fn(async () => ({
      name: 'Inspection Workbook',
      version: '1.2.3',
      host: 'electron' as const,
      platform: 'linux',
      versions: { electron: '45.4.1' },
      dataLocation: '/home/inspector/.config/Inspection Workbook',
    })),
    openFiles: vi.fn(async () => ({ canceled: true, files: [] })),
    saveFile: vi.fn(async (request) => ({
      saved: true as const,
      path: `/tmp/${request.suggestedName}`,
      size: request.bytes.byteLength,
    })),
    chooseCertificate: vi.fn(async () => ({ chosen: false as const })),
    signPdf: vi.fn(async (request) => ({ pdf: request.pdf, signedAt: '2026-10-05T09:00:00.000Z' })),
    keychainSeal: vi.fn(async () => ({ sealed: false as const, reason: 'no keychain here' })),
    keychainOpen: vi.fn(async (request) => ({ secret: request.sealed })),
    ...noTeamFolder,
    ...overrides,
  };
}

describe('IPC router', () => {
  it('answers a well-formed request from the app with ok + data', async () => {
    const handlers = makeHandlers();
    const router = createIpcRouter(handlers);
    const answer = await router.dispatch('workbook:app.info', appFrame, {});
    expect(answer).toEqual({ ok: true, data: expect.objectContaining({ version: '1.2.3' }) });
    expect(handlers.appInfo).toHaveBeenCalledOnce();
  });

  it('refuses an unknown channel without calling anything', async () => {
    const handlers = makeHandlers();
    const answer = await createIpcRouter(handlers).dispatch('workbook:fs.read-any', appFrame, {
      path: '/etc/shadow',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.unknown-channel' } });
    expect(answer.ok ? '' : answer.error.message).toContain('workbook:fs.read-any');
  });

  it('refuses a malformed payload, naming the field', async () => {
    const handlers = makeHandlers();
    const answer = await createIpcRouter(handlers).dispatch('workbook:dialog.save-file', appFrame, {
      suggestedName: 'report.pdf',
      bytes: 'not bytes',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect(answer.ok ? '' : answer.error.message).toMatch(/bytes/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('refuses extra fields a handler does not expect', async () => {
    const answer = await createIpcRouter(makeHandlers()).dispatch('workbook:app.info', appFrame, {
      evil: true,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
  });

  it('refuses a save name that carries a path (traversal)', async () => {
    const handlers = makeHandlers();
    const answer = await createIpcRouter(handlers).dispatch('workbook:dialog.save-file', appFrame, {
      suggestedName: '../../.bashrc',
      bytes: new Uint8Array([1]),
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect(answer.ok ? '' : answer.error.message).toMatch(/suggestedName/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it.each<[string, IpcSenderEvent]>([
    ['a foreign origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a sub-frame of the app', { senderFrame: { url: 'app://workbook/index.html', parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
  ])('refuses %s as sender', async (_label, event) => {
    const handlers = makeHandlers();
    const answer = await createIpcRouter(handlers).dispatch('workbook:app.info', event, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.untrusted-sender' } });
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error value', async () => {
    const handlers = makeHandlers({
      openFiles: async () => {
        throw new Error('disk on fire');
      },
    });
    const answer = await createIpcRouter(handlers).dispatch(
      'workbook:dialog.open-files',
      appFrame,
      {},
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'ipc.handler-failed', message: expect.stringContaining('disk on fire') },
    });
  });

  it('passes a deliberate handler error through with its code', async () => {
    const handlers = makeHandlers({
      openFiles: async () => {
        throw new IpcHandlerError('file.too-large', 'Too big');
      },
    });
    const answer = await createIpcRouter(handlers).dispatch(
      'workbook:dialog.open-files',
      appFrame,
      {},
    );
    expect(answer).toEqual({ ok: false, error: { code: 'file.too-large', message: 'Too big' } });
  });

  it('refuses a handler answer outside the contract', async () => {
    const handlers = makeHandlers({
      // @ts-expect-error deliberately wrong shape, to prove the response is checked
      openFiles: async () => ({ canceled: 'maybe' }),
    });
    const answer = await createIpcRouter(handlers).dispatch(
      'workbook:dialog.open-files',
      appFrame,
      {},
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.bad-response' } });
  });

  it('registers exactly one handler per contract channel', () => {
    const handle = vi.fn();
    registerIpcRouter({ handle }, createIpcRouter(makeHandlers()));
    const channels = handle.mock.calls.map((call) => call[0]);
    const expected = Object.values(ipcContract).map((c) => c.channel);
    expect(channels).toHaveLength(expected.length);
    expect(new Set(channels)).toEqual(new Set(expected));
  });
});
