import type { BundleParts, Operation } from '../bundle';
import { importPartName } from '../workbook/import-record';
import {
  attachmentPartName,
  attachmentRefs,
  readAttachment,
  type ListedAttachment,
} from './attachments';
import type { Hasher, SyncCrypt, SyncFolder } from './folder';
import { FILES_FOLDER, storedFileName } from './names';

/** What reading a segment's files needs. */
export type FileContext = {
  readonly folder: SyncFolder;
  readonly crypt: SyncCrypt;
  readonly root: string;
  /** The workbook's parts: files it already holds need not be read. */
  readonly parts: BundleParts;
  readonly sha256: Hasher;
};

/** Names a wrong file once: its path in the team folder, the SHA-256 of its bytes, why. */
export type Refuser = (file: string, sha256: string, reason: string) => void;

/** A source file's plain bytes, or a reason it is not usable yet. */
async function sourceFile(
  context: FileContext,
  sha: string,
  keyset: string | undefined,
): Promise<Uint8Array | string> {
  const file = [context.root, FILES_FOLDER, storedFileName(sha, keyset)];
  const bytes = await context.folder.read(file);
  if (bytes === undefined)
    return `the source file ${sha.slice(0, 12)}… it needs has not arrived yet`;
  let plain: Uint8Array;
  try {
    plain = await context.crypt.open(bytes);
  } catch {
    return `the source file ${sha.slice(0, 12)}… it needs is still arriving`;
  }
  return context.sha256(plain) === sha
    ? plain
    : `the source file ${sha.slice(0, 12)}… is still arriving`;
}

/** The source files a segment needs that the workbook lacks, or why one is not usable yet. */
export async function neededFiles(
  context: FileContext,
  files: readonly string[],
  keyset: string | undefined,
): Promise<Map<string, Uint8Array> | string> {
  const out = new Map<string, Uint8Array>();
  for (const sha of files) {
    if (context.parts[importPartName(sha)] !== undefined) continue;
    const got = await sourceFile(context, sha, keyset);
    if (typeof got === 'string') return got;
    out.set(sha, got);
  }
  return out;
}

/**
 * The attachments a segment's changes name that the workbook lacks and its
 * author listed, read from the folder (`cache` keeps those read earlier in
 * the pass); or why one is not whole yet, when the segment must wait. One
 * that is whole but wrong is refused through `refuse` and left out: the
 * changes still merge, and nothing unverified is stored.
 */
export async function neededAttachments(
  context: FileContext,
  operations: readonly Operation[],
  listed: readonly ListedAttachment[],
  keyset: string | undefined,
  cache: Map<string, Uint8Array>,
  refuse: Refuser,
): Promise<Map<string, Uint8Array> | string> {
  const out = new Map<string, Uint8Array>();
  const sizes = new Map(listed.map((entry) => [entry.sha256, entry.size]));
  for (const sha of attachmentRefs(operations)) {
    const size = sizes.get(sha);
    // Not listed: its author did not hold it either, so there is nothing to wait for.
    if (context.parts[attachmentPartName(sha)] !== undefined || size === undefined) continue;
    const cached = cache.get(sha);
    if (cached !== undefined) {
      out.set(sha, cached);
      continue;
    }
    const read = await readAttachment(context, { sha256: sha, size }, keyset);
    if (read.kind === 'wait') return read.reason;
    if (read.kind === 'wrong') {
      refuse(read.file, read.sha256, read.reason);
      continue;
    }
    cache.set(sha, read.bytes);
    out.set(sha, read.bytes);
  }
  return out;
}
