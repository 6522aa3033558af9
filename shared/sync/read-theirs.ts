import type { BundleParts, Operation } from '../bundle';
import { coveredThrough, decodeIndex, type AuthorIndex } from './author-index';
import type { Hasher, SyncCrypt, SyncFolder } from './folder';
import {
  ATTACHMENTS_FOLDER,
  authorId,
  FILES_FOLDER,
  INDEX_FILE,
  segmentName,
  segmentSeq,
} from './names';
import { neededAttachments, neededFiles } from './read-files';
import { decodeSegment } from './segment';
import type { SyncState } from './state';

/** A file passed over or refused, named by its path in the team folder. */
export type Notice = { readonly file: string; readonly reason: string };

/** A refusal, remembered by the file's bytes so it is reported once. */
export type Refusal = Notice & { readonly sha256: string };

/** One colleague's segment, read and checked, ready to merge. */
export type Candidate = {
  readonly kind: 'segment';
  readonly seq: number;
  readonly file: string;
  /** SHA-256 of its bytes as read, by which a refusal is remembered. */
  readonly sha256: string;
  readonly operations: readonly Operation[];
  /** The source files it needs that this workbook lacks: SHA-256 → plain bytes. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The attachments its changes name that this workbook lacks, verified: SHA-256 → plain bytes. */
  readonly attachments: ReadonlyMap<string, Uint8Array>;
};

/**
 * A segment passed over, counted as handled: refused (now or on an earlier
 * pass), or one this reader cannot open that a later segment of its author
 * repeats in full (`superseded`: nothing lost, so nothing to report).
 */
export type Skipped = { readonly kind: 'refused' | 'superseded'; readonly seq: number };

/** A colleague as their index shows them. */
export type Member = {
  readonly author: string;
  readonly authorId: string;
  readonly updatedAt: string;
  readonly segments: number;
};

/** What one colleague's folder holds for this pass, in segment order. */
export type AuthorScan = {
  readonly member: Member;
  readonly steps: readonly (Candidate | Skipped)[];
};

/** What the pass found of its colleagues. */
export type Scan = {
  readonly authors: readonly AuthorScan[];
  /** Not complete yet: skipped until a later pass, never damage. */
  readonly waiting: readonly Notice[];
  /** Refused for the first time on this pass. */
  readonly refused: readonly Refusal[];
};

/** Where the pass reads. */
export type ReadContext = {
  readonly folder: SyncFolder;
  readonly crypt: SyncCrypt;
  readonly root: string;
  readonly inspectionId: string;
  /** My own folder, which is not read here. */
  readonly authorId: string;
  /** The local clock (changes dated a day ahead of it are refused). */
  readonly now: number;
  /** The workbook's parts: source files it already holds need not be read. */
  readonly parts: BundleParts;
  readonly sha256: Hasher;
};

type Found = {
  waiting: Notice[];
  refused: Refusal[];
  known: Set<string>;
  /** Attachments read so far this pass, for segments that name them again. */
  attachments: Map<string, Uint8Array>;
};

const refusalKey = (file: string, sha: string) => `${file}\n${sha}`;

/** One listed segment: a candidate, a refusal, or undefined when it must wait (and so must later ones). */
async function readSegment(
  context: ReadContext,
  index: AuthorIndex,
  listed: AuthorIndex['segments'][number],
  name: string,
  found: Found,
  /** Every segment up to this one is repeated by a later one of the author's. */
  covered: number,
): Promise<Candidate | Skipped | undefined> {
  const file = `${context.root}/${index.authorId}/${name}`;
  const bytes = await context.folder.read([context.root, index.authorId, name]);
  if (bytes === undefined) {
    found.waiting.push({ file, reason: 'listed by its author but not arrived yet' });
    return undefined;
  }
  const sha = context.sha256(bytes);
  if (bytes.length !== listed.size || sha !== listed.sha256) {
    found.waiting.push({
      file,
      reason: 'still arriving (not yet the size and SHA-256 its author lists)',
    });
    return undefined;
  }
  if (found.known.has(refusalKey(file, sha))) return { kind: 'refused', seq: listed.seq };
  const refuse = (reason: string): Skipped => {
    found.refused.push({ file, sha256: sha, reason });
    return { kind: 'refused', seq: listed.seq };
  };
  let plain: Uint8Array;
  try {
    plain = await context.crypt.open(bytes);
  } catch (error: unknown) {
    if (listed.seq <= covered) return { kind: 'superseded', seq: listed.seq };
    return refuse(`cannot be decrypted: ${error instanceof Error ? error.message : String(error)}`);
  }
  const place = { inspectionId: context.inspectionId, authorId: index.authorId, seq: listed.seq };
  const segment = decodeSegment(plain, place, context.now);
  if (!segment.ok) return refuse(segment.error.message);
  const { header } = segment.data;
  const files = await neededFiles(context, header.files, header.keyset);
  if (typeof files === 'string') {
    found.waiting.push({ file, reason: files });
    return undefined;
  }
  const operations = segment.data.operations;
  const attachments = await neededAttachments(
    context,
    operations,
    header.attachments ?? [],
    header.keyset,
    found.attachments,
    (wrong, wrongSha, reason) => {
      const key = refusalKey(wrong, wrongSha);
      if (found.known.has(key)) return;
      found.known.add(key);
      found.refused.push({ file: wrong, sha256: wrongSha, reason });
    },
  );
  if (typeof attachments === 'string') {
    found.waiting.push({ file, reason: attachments });
    return undefined;
  }
  return { kind: 'segment', seq: listed.seq, file, sha256: sha, operations, files, attachments };
}

/** One colleague's folder: their index, then their segments past what was handled. */
async function scanAuthor(
  context: ReadContext,
  id: string,
  handled: number,
  found: Found,
): Promise<AuthorScan | undefined> {
  const folderPath = [context.root, id];
  const entries = await context.folder.list(folderPath);
  const indexFile = `${context.root}/${id}/${INDEX_FILE}`;
  const bytes = await context.folder.read([...folderPath, INDEX_FILE]);
  const index = bytes === undefined ? undefined : decodeIndex(bytes);
  if (bytes === undefined || index === undefined) {
    if (entries.some((entry) => segmentSeq(entry.name) !== undefined)) {
      found.waiting.push({
        file: indexFile,
        reason: 'its author’s index has not arrived whole yet',
      });
    }
    return undefined;
  }
  const sha = context.sha256(bytes);
  if (
    index.inspectionId !== context.inspectionId ||
    index.authorId !== id ||
    authorId(index.author) !== id
  ) {
    if (!found.known.has(refusalKey(indexFile, sha))) {
      found.refused.push({
        file: indexFile,
        sha256: sha,
        reason:
          index.inspectionId !== context.inspectionId
            ? `it belongs to another inspection ("${index.inspectionId.slice(0, 80)}")`
            : `it is ${index.author.slice(0, 80)}’s, whose folder is not this one`,
      });
    }
    return undefined;
  }
  const listed = new Set(index.segments.map((entry) => entry.seq));
  for (const entry of entries) {
    const seq = segmentSeq(entry.name);
    if (seq !== undefined && seq > handled && !listed.has(seq)) {
      found.waiting.push({
        file: `${context.root}/${id}/${entry.name}`,
        reason: 'not yet in its author’s index (still being written or synced)',
      });
    }
  }
  const covered = coveredThrough(index);
  const steps: (Candidate | Skipped)[] = [];
  for (const entry of [...index.segments].sort((a, b) => a.seq - b.seq)) {
    if (entry.seq <= handled) continue;
    const name = segmentName(entry.seq);
    const step = await readSegment(context, index, entry, name, found, covered);
    if (step === undefined) break;
    steps.push(step);
  }
  const member = {
    author: index.author,
    authorId: id,
    updatedAt: index.updatedAt,
    segments: index.segments.length,
  };
  return { member, steps };
}

/**
 * Reads every colleague's folder: their segments past those merged or
 * refused before, in order, stopping at the first that is not complete.
 * Never writes; a refused file is left where it is.
 */
export async function readTheirs(context: ReadContext, state: SyncState): Promise<Scan> {
  const found: Found = {
    waiting: [],
    refused: [],
    known: new Set(state.refused.map((entry) => refusalKey(entry.file, entry.sha256))),
    attachments: new Map(),
  };
  const authors: AuthorScan[] = [];
  const entries = await context.folder.list([context.root]);
  const ids = entries
    .filter(
      (entry) =>
        entry.kind === 'folder' && entry.name !== FILES_FOLDER && entry.name !== ATTACHMENTS_FOLDER,
    )
    .map((entry) => entry.name)
    .filter((name) => name !== context.authorId && /^[a-z0-9-]+-[0-9a-f]{12}$/.test(name))
    .sort();
  for (const id of ids) {
    const scanned = await scanAuthor(context, id, state.merged[id]?.through ?? 0, found);
    if (scanned !== undefined) authors.push(scanned);
  }
  return { authors, waiting: found.waiting, refused: found.refused };
}
