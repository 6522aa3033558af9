import { z } from 'zod';

/**
 * The one IPC contract between the renderer and the main process.
 *
 * IPC carries only what the operating system must do (dialogs, writing files,
 * app info); domain data never crosses it (README, Layout).
 * Each entry names its channel (namespaced `workbook:<area>.<verb>`, as VS Code
 * only accepts `vscode:` channels), the request schema the main side parses
 * the untrusted payload with, and the response schema it promises.
 */

/** A file-type filter for open and save dialogs, as Electron's `FileFilter`. */
const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9*]{1,16}$/i, 'an extension without its dot'))
    .min(1),
});

/**
 * A file name the user is offered in a save dialog. It must be a bare name:
 * a renderer may suggest `report.pdf` but never choose a directory.
 */
export const bareFileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]/.test(name) && name !== '.' && name !== '..', {
    error: 'a file name only, without any folder or path separators',
  });

/** Raw bytes; structured clone carries a Uint8Array across IPC unchanged. */
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  error: 'expected the file contents as a Uint8Array',
});

/** A file the user picked, read by the main process. */
const pickedFile = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  bytes,
});

const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  versions: z.record(z.string(), z.string()),
  dataLocation: z.string(),
});

/**
 * The desktop app's team folder: chosen in the main process, which keeps its
 * path and hands out a random token for it, so the renderer can only ever
 * name files below that folder (never a path of its own).
 */
const folderToken = z.string().regex(/^[0-9a-f]{32}$/, 'a team folder token');

/** A path below the team folder: names only, none that could climb out of it. */
const folderPath = z
  .array(
    z
      .string()
      .min(1)
      .max(255)
      .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', {
        error: 'a name inside the team folder, without separators',
      }),
  )
  .max(8);

const folderEntry = z.object({
  name: z.string(),
  kind: z.enum(['file', 'folder']),
  size: z.number().int().nonnegative(),
});

export const ipcContract = {
  appInfo: {
    channel: 'workbook:app.info',
    request: z.object({}).strict(),
    response: appInfo,
  },
  openFiles: {
    channel: 'workbook:dialog.open-files',
    request: z
      .object({
        title: z.string().max(200).optional(),
        filters: z.array(fileFilter).max(20).optional(),
        multiple: z.boolean().default(false),
      })
      .strict(),
    response: z.object({ canceled: z.boolean(), files: z.array(pickedFile) }),
  },
  saveFile: {
    channel: 'workbook:dialog.save-file',
    request: z
      .object({
        title: z.string().max(200).optional(),
        suggestedName: bareFileName,
        filters: z.array(fileFilter).max(20).optional(),
        bytes,
      })
      .strict(),
    response: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(false) }),
      z.object({ saved: z.literal(true), path: z.string(), size: z.number().int() }),
    ]),
  },
  chooseCertificate: {
    channel: 'workbook:signing.choose-certificate',
    request: z
      .object({
        passphrase: z.string().min(1, { error: 'enter the certificate’s passphrase' }).max(1024),
      })
      .strict(),
    response: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(false) }),
      z.object({
        chosen: z.literal(true),
        subject: z.string(),
        commonName: z.string(),
        issuer: z.string(),
        notBefore: z.string(),
        notAfter: z.string(),
        sha256: z.string(),
      }),
    ]),
  },
  signPdf: {
    channel: 'workbook:signing.sign-pdf',
    // No signing time: the main process takes it from its own clock, never the page's.
    request: z.object({ pdf: bytes }).strict(),
    // The moment main signed at (ISO 8601, whole seconds): the sealed version records it.
    response: z.object({ pdf: bytes, signedAt: z.string() }),
  },
  // The desktop app's keychain (Electron's safeStorage): the store's data key
  // sealed by the operating system, so the workbook can open without a prompt.
  keychainSeal: {
    channel: 'workbook:keychain.seal',
    request: z.object({ secret: bytes }).strict(),
    response: z.discriminatedUnion('sealed', [
      z.object({ sealed: z.literal(false), reason: z.string() }),
      z.object({ sealed: z.literal(true), bytes }),
    ]),
  },
  keychainOpen: {
    channel: 'workbook:keychain.open',
    request: z.object({ sealed: bytes }).strict(),
    response: z.object({ secret: bytes }),
  },
  // The team folder (shared/sync): main shows the folder dialog, watches the
  // folder, and hands the renderer file lists and bytes, nothing else.
  teamFolderChoose: {
    channel: 'workbook:team-folder.choose',
    request: z.object({ title: z.string().max(200).optional() }).strict(),
    response: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(false) }),
      z.object({ chosen: z.literal(true), token: folderToken, path: z.string() }),
    ]),
  },
  teamFolderList: {
    channel: 'workbook:team-folder.list',
    request: z.object({ token: folderToken, path: folderPath }).strict(),
    response: z.object({ entries: z.array(folderEntry) }),
  },
  teamFolderRead: {
    channel: 'workbook:team-folder.read',
    request: z.object({ token: folderToken, path: folderPath.min(1) }).strict(),
    response: z.discriminatedUnion('found', [
      z.object({ found: z.literal(false) }),
      z.object({ found: z.literal(true), bytes }),
    ]),
  },
  teamFolderCreate: {
    channel: 'workbook:team-folder.create',
    request: z.object({ token: folderToken, path: folderPath.min(1), bytes }).strict(),
    response: z.object({ created: z.boolean() }),
  },
  teamFolderReplace: {
    channel: 'workbook:team-folder.replace',
    request: z.object({ token: folderToken, path: folderPath.min(1), bytes }).strict(),
    response: z.object({}),
  },
  /** How many times main's watcher has seen the folder change: a pass runs when it moves. */
  teamFolderChanges: {
    channel: 'workbook:team-folder.changes',
    request: z.object({ token: folderToken }).strict(),
    response: z.object({ changes: z.number().int().nonnegative() }),
  },
  /** Leaving the folder: main stops watching it and forgets its token. */
  teamFolderForget: {
    channel: 'workbook:team-folder.forget',
    request: z.object({ token: folderToken }).strict(),
    response: z.object({}),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcMethod = keyof IpcContract;
export type IpcRequest<M extends IpcMethod> = z.input<IpcContract[M]['request']>;
export type IpcParsedRequest<M extends IpcMethod> = z.output<IpcContract[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<IpcContract[M]['response']>;
export type AppInfo = IpcResponse<'appInfo'>;
export type PickedFile = z.output<typeof pickedFile>;
