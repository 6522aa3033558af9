import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { IpcParsedRequest, IpcResponse, PickedFile } from '../../../../shared/ipc/contract';
import { IpcHandlerError } from '../router';
import { writeAtomic } from '../../../cli/files/atomic-write';

/**
 * Files larger than this are refused before they are read into memory; the
 * largest real input (a national provider register or a council's SSDA903
 * return) is a few tens of megabytes.
 */
export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

type DialogDeps = {
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  readonly window: () => BrowserWindow | undefined;
};

/** Shows the OS open dialog and returns each chosen file's bytes. */
export function createOpenFilesHandler(deps: DialogDeps) {
  return async (request: IpcParsedRequest<'openFiles'>): Promise<IpcResponse<'openFiles'>> => {
    const options: Electron.OpenDialogOptions = {
      properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      ...(request.title === undefined ? {} : { title: request.title }),
      ...(request.filters === undefined ? {} : { filters: request.filters }),
    };
    const owner = deps.window();
    const choice = owner
      ? await deps.dialog.showOpenDialog(owner, options)
      : await deps.dialog.showOpenDialog(options);
    if (choice.canceled) return { canceled: true, files: [] };
    const files: PickedFile[] = [];
    for (const filePath of choice.filePaths) {
      const info = await stat(filePath);
      if (info.size > MAX_OPEN_BYTES) {
        throw new IpcHandlerError(
          'file.too-large',
          `${path.basename(filePath)} is ${Math.round(info.size / 1048576)} MB; files over ${MAX_OPEN_BYTES / 1048576} MB cannot be opened. Split the file and import the parts.`,
        );
      }
      const bytes = new Uint8Array(await readFile(filePath));
      files.push({ name: path.basename(filePath), size: bytes.byteLength, bytes });
    }
    return { canceled: false, files };
  };
}

/**
 * Shows the OS save dialog, then writes the bytes where the user chose. The
 * renderer only ever suggests a bare file name; the folder is the user's pick.
 * The write is atomic, as the command's: flushed to a temporary file, then
 * renamed over the target, so a crash never leaves half an export.
 */
export function createSaveFileHandler(deps: DialogDeps) {
  return async (request: IpcParsedRequest<'saveFile'>): Promise<IpcResponse<'saveFile'>> => {
    const options: Electron.SaveDialogOptions = {
      defaultPath: request.suggestedName,
      ...(request.title === undefined ? {} : { title: request.title }),
      ...(request.filters === undefined ? {} : { filters: request.filters }),
    };
    const owner = deps.window();
    const choice = owner
      ? await deps.dialog.showSaveDialog(owner, options)
      : await deps.dialog.showSaveDialog(options);
    if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
      return { saved: false };
    }
    await writeAtomic(choice.filePath, request.bytes);
    return { saved: true, path: choice.filePath, size: request.bytes.byteLength };
  };
}
