import type { z } from 'zod';
import { ipcContract, type IpcMethod, type IpcParsedRequest, type IpcResponse } from './contract';
import { describeIssues } from '../util/zod-issues';

/** The outcome of checking a value against one side of a contract entry. */
export type Checked<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly problem: string };

function describe(error: z.ZodError): string {
  return describeIssues(error, '(request)');
}

/** Parses an untrusted request payload with the schema of `method`. */
export function parseIpcRequest<M extends IpcMethod>(
  method: M,
  payload: unknown,
): Checked<IpcParsedRequest<M>> {
  const result = ipcContract[method].request.safeParse(payload);
  if (!result.success) return { success: false, problem: describe(result.error) };
  // The schema used is exactly M's; TypeScript only sees the union of all entries' outputs.
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion
  return { success: true, data: result.data as IpcParsedRequest<M> };
}

/** Checks a response value against the schema of `method`. */
export function parseIpcResponse<M extends IpcMethod>(
  method: M,
  value: unknown,
): Checked<IpcResponse<M>> {
  const result = ipcContract[method].response.safeParse(value);
  if (!result.success) return { success: false, problem: describe(result.error) };
  // As above: the schema used is exactly M's.
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion
  return { success: true, data: result.data as IpcResponse<M> };
}
