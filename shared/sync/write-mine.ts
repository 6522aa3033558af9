import type { BundleParts, Hlc, Operation } from '../bundle';
import { IMPORT_ENTITY, importPartName } from '../workbook/import-record';
import { attachmentRefs, writeAttachments } from './attachments';
import { decodeIndex, encodeIndex, type ListedSegment } from './author-index';
import type { Hasher, SyncCrypt, SyncFolder } from './folder';
import {
  FILES_FOLDER,
  INDEX_FILE,
  keysetOf,
  segmentName,
  segmentSeq,
  storedFileName,
} from './names';
import { encodeSegment, newestHlc } from './segment';
import type { SyncState } from './state';

/** What the pass wrote of mine. */
export type Written = {
  readonly seq: number;
  readonly operations: number;
  /** Source files newly put in `files/`. */
  readonly files: number;
  /** Evidence attachments newly put in `attachments/`. */
  readonly attachments: number;
  /** Set when it repeats all my changes for a key the team gained: segments 1 to this. */
  readonly resends?: number;
  readonly through: Hlc | null;
};

/** Where and as whom the pass writes. */
export type WriteContext = {
  readonly folder: SyncFolder;
  readonly crypt: SyncCrypt;
  /** The inspection's folder name. */
  readonly root: string;
  readonly inspectionId: string;
  readonly author: string;
  readonly authorId: string;
  readonly now: Date;
  readonly sha256: Hasher;
};

/** The keys in `recipients` my last segment was not encrypted to (none when it is not known). */
export function newReaders(state: SyncState, recipients: readonly string[] | undefined): string[] {
  const before = state.sealedTo;
  if (state.written.seq === 0 || before === undefined) return [];
  return (recipients ?? []).filter((key) => !before.includes(key));
}

/**
 * My changes not yet in a segment: authored by me, newer than the last one
 * written; or all of mine when the team has gained a key since (the new
 * member cannot open my earlier segments; colleagues who can merge the
 * repeated changes as nothing new).
 */
export function unwritten(
  operations: readonly Operation[],
  state: SyncState,
  author: string,
  recipients?: readonly string[],
) {
  const through = newReaders(state, recipients).length > 0 ? null : state.written.through;
  return operations.filter((op) => op.author === author && (through === null || op.hlc > through));
}

/** The imported source files (SHA-256) that `changes` record. */
function recordedFiles(changes: readonly Operation[]): string[] {
  const files = new Set<string>();
  for (const op of changes) {
    if (op.entity === IMPORT_ENTITY && op.field === 'sha256' && typeof op.value === 'string') {
      files.add(op.value);
    }
  }
  return [...files].sort();
}

/** The imported source files that `changes` record and the workbook holds. */
function filesOf(changes: readonly Operation[], parts: BundleParts): string[] {
  return recordedFiles(changes).filter((sha) => parts[importPartName(sha)] !== undefined);
}

/**
 * The source files (SHA-256) my next segment may write: those my unwritten
 * changes record. A host that keeps source files apart (the app) loads only
 * these for a pass; for the others, knowing the workbook has them is enough.
 */
export function filesToWrite(
  operations: readonly Operation[],
  state: SyncState | undefined,
  author: string,
  recipients?: readonly string[],
): string[] {
  if (state === undefined) {
    return recordedFiles(operations.filter((op) => op.author === author));
  }
  return recordedFiles(unwritten(operations, state, author, recipients));
}

/**
 * The evidence attachments (SHA-256) my next segment may write: those my
 * unwritten changes name. As for source files, a host that keeps
 * attachments apart (the app) loads only these for a pass.
 */
export function attachmentsToWrite(
  operations: readonly Operation[],
  state: SyncState | undefined,
  author: string,
  recipients?: readonly string[],
): string[] {
  const mine =
    state === undefined
      ? operations.filter((op) => op.author === author)
      : unwritten(operations, state, author, recipients);
  return attachmentRefs(mine);
}

/** Puts each file in `files/` unless it is there; returns how many it wrote. */
async function writeFiles(
  context: WriteContext,
  files: readonly string[],
  parts: BundleParts,
): Promise<number> {
  if (files.length === 0) return 0;
  const present = new Set(
    (await context.folder.list([context.root, FILES_FOLDER])).map((entry) => entry.name),
  );
  const keyset = keysetOf(context.crypt.recipients);
  let written = 0;
  for (const sha of files) {
    const name = storedFileName(sha, keyset);
    const bytes = parts[importPartName(sha)];
    if (present.has(name) || bytes === undefined) continue;
    // Written once: a colleague may have put the same file there first.
    if (
      await context.folder.create(
        [context.root, FILES_FOLDER, name],
        await context.crypt.seal(bytes),
      )
    ) {
      written += 1;
    }
  }
  return written;
}

/**
 * My index as it is, or rebuilt from my segments on disk when it is
 * missing or unreadable (a crash between writing a segment and the index).
 */
async function currentListing(context: WriteContext): Promise<ListedSegment[]> {
  const { folder, root, authorId } = context;
  const bytes = await folder.read([root, authorId, INDEX_FILE]);
  const index = bytes === undefined ? undefined : decodeIndex(bytes);
  const listed = new Map((index?.segments ?? []).map((entry) => [entry.seq, entry]));
  for (const entry of await folder.list([root, authorId])) {
    const seq = segmentSeq(entry.name);
    if (seq === undefined || listed.has(seq)) continue;
    const found = await folder.read([root, authorId, entry.name]);
    if (found !== undefined)
      listed.set(seq, { seq, size: found.length, sha256: context.sha256(found) });
  }
  return [...listed.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * Writes my changes since my last segment as the next segment (with the
 * source files they need, first), then my index; the segment is complete
 * before the index names it. Writes nothing when there is nothing new.
 */
export async function writeMine(
  context: WriteContext,
  operations: readonly Operation[],
  parts: BundleParts,
  state: SyncState,
): Promise<Written | null> {
  const changes = unwritten(operations, state, context.author, context.crypt.recipients);
  if (changes.length === 0) return null;
  const listing = await currentListing(context);
  const files = filesOf(changes, parts);
  const newFiles = await writeFiles(context, files, parts);
  const attachments = await writeAttachments(context, attachmentRefs(changes), parts);
  const through = newestHlc(changes);
  // Everything of mine again, for a new key: the segments before it need not be opened.
  const resends =
    newReaders(state, context.crypt.recipients).length > 0 && state.written.seq > 0
      ? state.written.seq
      : undefined;
  let seq = Math.max(state.written.seq, listing.at(-1)?.seq ?? 0) + 1;
  for (;;) {
    const bytes = await context.crypt.seal(
      encodeSegment({
        inspectionId: context.inspectionId,
        author: context.author,
        authorId: context.authorId,
        seq,
        through,
        files,
        attachments: attachments.listed,
        ...(resends === undefined ? {} : { resends }),
        keyset: keysetOf(context.crypt.recipients),
        changes,
        writtenAt: context.now.toISOString(),
        recipients: context.crypt.recipients,
      }),
    );
    if (await context.folder.create([context.root, context.authorId, segmentName(seq)], bytes)) {
      listing.push({
        seq,
        size: bytes.length,
        sha256: context.sha256(bytes),
        ...(resends === undefined ? {} : { resends }),
      });
      break;
    }
    // The name is taken (a segment of mine this copy had not seen): never overwrite it.
    seq += 1;
  }
  await context.folder.replace(
    [context.root, context.authorId, INDEX_FILE],
    encodeIndex({
      inspectionId: context.inspectionId,
      author: context.author,
      authorId: context.authorId,
      updatedAt: context.now.toISOString(),
      segments: listing,
    }),
  );
  return {
    seq,
    operations: changes.length,
    files: newFiles,
    attachments: attachments.written,
    ...(resends === undefined ? {} : { resends }),
    through,
  };
}
