import type { WorkbookBridge } from '../../shared/ipc/bridge';
import {
  ipcContract,
  type IpcMethod,
  type IpcRequest,
  type IpcResponse,
} from '../../shared/ipc/contract';
import { parseIpcResponse } from '../../shared/ipc/parse';
import { err, ok, type Result, type WorkbookErrorInfo } from '../../shared/util/result';

/** Sends one request over a channel; in the preload this is `ipcRenderer.invoke`. */
export type Invoke = (channel: string, request: unknown) => Promise<unknown>;

function isErrorInfo(value: unknown): value is WorkbookErrorInfo {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    typeof value.code === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

/**
 * Checks what came back over a channel: a failure envelope is passed on, a
 * success is parsed with the contract's response schema, anything else
 * becomes an error value.
 */
function unwrap<M extends IpcMethod>(method: M, answer: unknown): Result<IpcResponse<M>> {
  const { channel } = ipcContract[method];
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) {
    return err('ipc.bad-response', `${channel} answered without a result envelope.`);
  }
  if (answer.ok === false && 'error' in answer && isErrorInfo(answer.error)) {
    return { ok: false, error: answer.error };
  }
  const parsed = parseIpcResponse(method, 'data' in answer ? answer.data : undefined);
  if (answer.ok !== true || !parsed.success) {
    return err('ipc.bad-response', `${channel} answered outside its contract.`);
  }
  return ok(parsed.data);
}

/**
 * Builds the frozen `window.workbook` object from the contract: one named
 * function per entry and nothing else — never `ipcRenderer` itself, never a
 * generic send. A rejected invoke (no handler registered, window closing)
 * still resolves to an error value.
 */
export function buildBridge(invoke: Invoke): WorkbookBridge {
  function method<M extends IpcMethod>(
    name: M,
  ): (request: IpcRequest<M>) => Promise<Result<IpcResponse<M>>> {
    const { channel } = ipcContract[name];
    return async (request: IpcRequest<M>) => {
      try {
        return unwrap(name, await invoke(channel, request));
      } catch (error: unknown) {
        const message = error instanceof Error ? error.message : String(error);
        return err('ipc.invoke-failed', `${channel} could not be reached: ${message}`);
      }
    };
  }
  return Object.freeze({
    appInfo: method('appInfo'),
    openFiles: method('openFiles'),
    saveFile: method('saveFile'),
    chooseCertificate: method('chooseCertificate'),
    signPdf: method('signPdf'),
    keychainSeal: method('keychainSeal'),
    keychainOpen: method('keychainOpen'),
    teamFolderChoose: method('teamFolderChoose'),
    teamFolderList: method('teamFolderList'),
    teamFolderRead: method('teamFolderRead'),
    teamFolderCreate: method('teamFolderCreate'),
    teamFolderReplace: method('teamFolderReplace'),
    teamFolderChanges: method('teamFolderChanges'),
    teamFolderForget: method('teamFolderForget'),
  });
}
