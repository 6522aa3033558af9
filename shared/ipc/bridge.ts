import type { Result } from '../util/result';
import { ipcContract, type IpcMethod, type IpcRequest, type IpcResponse } from './contract';

/**
 * The shape of `window.workbook`: one async function per contract entry,
 * resolving to a `Result` and never rejecting.
 */
export type WorkbookBridge = {
  readonly [M in IpcMethod]: (request: IpcRequest<M>) => Promise<Result<IpcResponse<M>>>;
};

/** Every method name of the contract, in a stable order. */
export const ipcMethods = [
  'appInfo',
  'openFiles',
  'saveFile',
  'chooseCertificate',
  'signPdf',
  'keychainSeal',
  'keychainOpen',
  'teamFolderChoose',
  'teamFolderList',
  'teamFolderRead',
  'teamFolderCreate',
  'teamFolderReplace',
  'teamFolderChanges',
  'teamFolderForget',
] as const satisfies readonly IpcMethod[];

/** Compile-time proof that `ipcMethods` lists every contract entry. */
export const ipcMethodsAreComplete: [Exclude<IpcMethod, (typeof ipcMethods)[number]>] extends [
  never,
]
  ? true
  : never = true;

/** Finds the method a channel belongs to, or `undefined` for a channel not in the contract. */
export function methodForChannel(channel: string): IpcMethod | undefined {
  return ipcMethods.find((method) => ipcContract[method].channel === channel);
}
