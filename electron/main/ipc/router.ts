import { ipcMethods, methodForChannel } from '../../../shared/ipc/bridge';
import {
  ipcContract,
  type IpcMethod,
  type IpcParsedRequest,
  type IpcResponse,
} from '../../../shared/ipc/contract';
import { parseIpcRequest, parseIpcResponse } from '../../../shared/ipc/parse';
import { err, ok, type Result } from '../../../shared/util/result';
import { isTrustedSender } from '../trusted-url';

/** The parts of Electron's `IpcMainInvokeEvent` the router looks at. */
export type IpcSenderEvent = {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
};

/** What a handler learns about its caller, beyond the parsed request. */
export type HandlerContext = { readonly event: IpcSenderEvent };

/** One implementation per contract entry; each receives an already-parsed request. */
export type IpcHandlers = {
  readonly [M in IpcMethod]: (
    request: IpcParsedRequest<M>,
    context: HandlerContext,
  ) => Promise<IpcResponse<M>>;
};

/** An error a handler throws on purpose, with a message meant for the user. */
export class IpcHandlerError extends Error {
  override readonly name = 'IpcHandlerError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The one wrapper every main-side handler goes through: it refuses unknown
 * channels and foreign senders, parses the untrusted payload with the
 * contract's schema, checks the handler's answer against the response schema
 * and turns every failure into `{ ok: false, error }`, so nothing ever throws
 * into the renderer.
 */
export function createIpcRouter(handlers: IpcHandlers) {
  async function dispatch(
    channel: string,
    event: IpcSenderEvent,
    payload: unknown,
  ): Promise<Result<unknown>> {
    const method = methodForChannel(channel);
    if (method === undefined) {
      return err(
        'ipc.unknown-channel',
        `No IPC channel "${channel}" exists. Add it to shared/ipc/contract.ts before calling it.`,
      );
    }
    const frame = event.senderFrame;
    const sender = frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
    if (!isTrustedSender(sender)) {
      return err(
        'ipc.untrusted-sender',
        `Refused ${channel}: the request did not come from the app's own main frame (${sender?.url ?? 'no frame'}).`,
      );
    }
    return run(method, event, payload);
  }

  async function run<M extends IpcMethod>(
    method: M,
    event: IpcSenderEvent,
    payload: unknown,
  ): Promise<Result<IpcResponse<M>>> {
    const { channel } = ipcContract[method];
    const request = parseIpcRequest(method, payload ?? {});
    if (!request.success) {
      return err('ipc.bad-request', `Malformed request for ${channel}: ${request.problem}.`);
    }
    try {
      const handler: IpcHandlers[M] = handlers[method];
      const answer = parseIpcResponse(method, await handler(request.data, { event }));
      if (!answer.success) {
        return err(
          'ipc.bad-response',
          `The handler for ${channel} answered outside its contract: ${answer.problem}.`,
        );
      }
      return ok(answer.data);
    } catch (error: unknown) {
      if (error instanceof IpcHandlerError) return err(error.code, error.message);
      const message = error instanceof Error ? error.message : String(error);
      return err('ipc.handler-failed', `${channel} failed: ${message}`);
    }
  }

  return { dispatch };
}

export type IpcRouter = ReturnType<typeof createIpcRouter>;

/** The part of Electron's `ipcMain` used to register handlers. */
export type IpcMainLike = {
  handle(
    channel: string,
    listener: (event: IpcSenderEvent, payload: unknown) => Promise<Result<unknown>>,
  ): void;
};

/** Registers one `ipcMain.handle` per contract channel, each through the router. */
export function registerIpcRouter(ipcMain: IpcMainLike, router: IpcRouter): void {
  for (const method of ipcMethods) {
    const { channel } = ipcContract[method];
    ipcMain.handle(channel, (event, payload) => router.dispatch(channel, event, payload));
  }
}
