import type { WorkbookBridge } from '../../shared/ipc/bridge';
import { ipcMethods } from '../../shared/ipc/bridge';
import { ipcContract } from '../../shared/ipc/contract';
import { err, type Result } from '../../shared/util/result';

/** Sends one request over a channel; in the preload this is `ipcRenderer.invoke`. */
export type Invoke = (channel: string, request: unknown) => Promise<unknown>;

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

/**
 * Builds the frozen `window.workbook` object from the contract: one named
 * function per entry and nothing else — never `ipcRenderer` itself, never a
 * generic send. A rejected invoke (no handler registered, window closing)
 * still resolves to an error value.
 */
export function buildBridge(invoke: Invoke): WorkbookBridge {
  const entries = ipcMethods.map((method) => {
    const { channel } = ipcContract[method];
    const call = async (request: unknown): Promise<Result<unknown>> => {
      try {
        const answer = await invoke(channel, request);
        return isResult(answer)
          ? answer
          : err('ipc.bad-response', `${channel} answered without a result envelope.`);
      } catch (error: unknown) {
        const message = error instanceof Error ? error.message : String(error);
        return err('ipc.invoke-failed', `${channel} could not be reached: ${message}`);
      }
    };
    return [method, call] as const;
  });
  return Object.freeze(Object.fromEntries(entries)) as unknown as WorkbookBridge;
}
