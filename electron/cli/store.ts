import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  BundleError,
  createClock,
  createRecorder,
  type Bundle,
  type Operation,
} from '../../shared/bundle';
import type { Workbook } from '../../shared/domain';
import { openBundleBytes } from '../../shared/tasks/bundles';
import type { CommandContext } from '../../shared/workbook';
import { sealedBundle, sealingOf, unsealFile, type Sealing } from './crypto/sealing';
import { CliError } from './errors';
import { writeAtomic } from './files/atomic-write';

export { mergedSealing, sealedBundle, sealingForNew, type Sealing } from './crypto/sealing';

/** A workbook file as read: its bundle and the workbook it holds. */
export type OpenedWorkbook = {
  readonly file: string;
  readonly bundle: Bundle;
  readonly workbook: Workbook;
  /** How the file is written back: encrypted as it was read, or plain (crypto/sealing.ts). */
  readonly sealing: Sealing;
};

/**
 * Reads, decrypts when it is age-encrypted (crypto/sealing.ts), and fully
 * checks a workbook bundle, refusing it with a message that names the file.
 */
export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error: unknown) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new CliError(
      code === 'ENOENT'
        ? `${file}: no such file. Create one with \`workbook new\` or check the path.`
        : `${file}: cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  // The app opens a bundle with the same task, so both refuse a file alike. Parts (imported
  // files, their reads) are checked when a command first reads them: `judge` never unpacks them.
  const read = await unsealFile(file, bytes);
  const opened = openBundleBytes(file, read.bytes, 'on-first-use');
  if (!opened.ok) throw new CliError(opened.error.message);
  return {
    file,
    bundle: { ...opened.data.bundle, parts: namingFile(file, opened.data.bundle.parts) },
    workbook: opened.data.workbook,
    sealing: sealingOf(read, opened.data.bundle.manifest.recipients),
  };
}

function refusal(file: string, error: unknown): unknown {
  return error instanceof BundleError ? new CliError(`${file}: ${error.message}`) : error;
}

/** The parts, each refused with the file's name when its first read finds it damaged. */
function namingFile(file: string, parts: Bundle['parts']): Bundle['parts'] {
  const named: Record<string, Uint8Array> = {};
  for (const name of Object.keys(parts)) {
    Object.defineProperty(named, name, {
      enumerable: true,
      get: () => {
        try {
          return parts[name];
        } catch (error: unknown) {
          throw refusal(file, error);
        }
      },
    });
  }
  return Object.freeze(named);
}

/**
 * Writes a bundle so that a crash or a full disk never leaves a half-written
 * workbook (files/atomic-write.ts): flushed to a temporary file beside the
 * target, then put in its place in one rename, keeping its mode and links.
 */
export async function saveBundle(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeAtomic(file, bytes);
  } catch (error: unknown) {
    throw new CliError(
      `${file}: cannot be written (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** Writes the log (and parts) of an inspection to `file`, encrypted as `sealing` says. */
export async function saveWorkbook(
  file: string,
  sealing: Sealing,
  inspectionId: string,
  operations: readonly Operation[],
  exportedBy: string,
  parts: Bundle['parts'] = {},
): Promise<void> {
  await saveBundle(
    file,
    await sealedBundle(file, sealing, { inspectionId, exportedBy, operations, parts }),
  );
}

/** A random id such as `ev-3f9a1c2b`: random so offline inspectors never mint the same one. */
export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** The context a command runs in, for `author` editing the log `operations`. */
export function commandContext(author: string, operations: readonly Operation[]): CommandContext {
  const recorder = createRecorder(createClock(author), operations);
  return { operations, recorder, author, now: () => new Date().toISOString(), newId };
}
