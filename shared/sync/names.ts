import { strToU8 } from 'fflate';
import { sha256Hex } from '../bundle/sha256';

/*
 * Names in the team folder. Every member writes only under their own
 * author folder, and every file there is written once under a name of its
 * own, so no two people ever write the same file and a sync engine never
 * has two versions of one of ours to reconcile ("conflicted copies"):
 *
 *   <inspection>/<author id>/00000001.segment   a member's changes, immutable
 *   <inspection>/<author id>/index.json         their list of segments (only they rewrite it)
 *   <inspection>/files/<sha256>[.<keys>]        an imported source file, written once
 *   <inspection>/attachments/<sha256>[.<keys>]  an evidence attachment, written once
 *
 * Anything else in the folder is not ours, or not complete yet: a sync
 * engine's temporary file (Syncthing's `.syncthing.NAME.tmp` and
 * `~syncthing~NAME.tmp`, https://docs.syncthing.net/users/syncing.html#temporary-files),
 * an Office or OneDrive lock or temporary file (`~$NAME`, `NAME.tmp`),
 * a conflict copy (`NAME.sync-conflict-…`), or one of our own temporary
 * names (a leading dot). Such names are skipped, never read as damage.
 */

/** The file an author lists their segments in. */
export const INDEX_FILE = 'index.json';
/** The folder (beside the author folders) holding imported source files by SHA-256. */
export const FILES_FOLDER = 'files';
/** The folder (beside the author folders) holding evidence attachments by SHA-256. */
export const ATTACHMENTS_FOLDER = 'attachments';
/** The end of a segment's name. */
export const SEGMENT_SUFFIX = '.segment';
const SEQ_DIGITS = 8;
/** The highest sequence number a segment name can hold. */
export const MAX_SEQ = 10 ** SEQ_DIGITS - 1;

const SEGMENT_NAME = /^(\d{8})\.segment$/;
const SHA256_NAME = /^[0-9a-f]{64}(\.[0-9a-f]{12})?$/;
const SAFE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** `00000042.segment`: the name of an author's segment number `seq` (from 1). */
export function segmentName(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > MAX_SEQ) {
    throw new RangeError(`segment number ${seq} is outside 1…${MAX_SEQ}`);
  }
  return `${String(seq).padStart(SEQ_DIGITS, '0')}${SEGMENT_SUFFIX}`;
}

/** The number in a segment's name, or undefined when the name is not one of ours. */
export function segmentSeq(name: string): number | undefined {
  const match = SEGMENT_NAME.exec(name);
  if (match === null) return undefined;
  const seq = Number(match[1]);
  return seq >= 1 ? seq : undefined;
}

/**
 * The name a file of SHA-256 `sha` is written under: `<sha>` when plain, or
 * `<sha>.<keys>` when sealed, `keys` naming the set of keys it is sealed to
 * ({@link keysetOf}). A file is written once, so when the team gains a key
 * the file sealed without it stays as it was and a copy sealed to the new
 * set is written beside it under a name of its own.
 */
export function storedFileName(sha: string, keyset: string | undefined): string {
  return keyset === undefined ? sha : `${sha}.${keyset}`;
}

/** 12 hex digits of the SHA-256 of the sorted keys, or undefined when there are none (plain). */
export function keysetOf(recipients: readonly string[] | undefined): string | undefined {
  const keys = [...new Set(recipients ?? [])].sort();
  return keys.length === 0 ? undefined : hashOf(keys.join('\n'));
}

/** Whether `name` is a content-addressed file's name (64 lower-case hex digits, then its keys' 12). */
export function isFileName(name: string): boolean {
  return SHA256_NAME.test(name);
}

/** Why a name in the folder is passed over. */
export type SkipReason = 'temporary' | 'conflict-copy' | 'not-ours';

/**
 * Why a name that is neither a segment, an index nor a source file is
 * skipped: a temporary or conflict copy a sync engine or editor is making,
 * or a file that is simply not ours.
 */
export function skipReason(name: string): SkipReason {
  if (
    name.startsWith('.') ||
    name.startsWith('~') ||
    name.toLowerCase().endsWith('.tmp') ||
    name.endsWith('.partial')
  ) {
    return 'temporary';
  }
  if (name.includes('.sync-conflict-') || /\(conflict/i.test(name)) return 'conflict-copy';
  return 'not-ours';
}

/** Lower-case letters and digits joined by dashes: readable in any file system. */
function slug(text: string, max: number): string {
  const plain = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain.slice(0, max).replace(/-+$/, '');
}

function hashOf(text: string): string {
  return sha256Hex(strToU8(text)).slice(0, 12);
}

/**
 * A person's folder name: a readable slug of the name they make changes
 * under (the author of every change, `--as` or the app's Settings name),
 * then 12 hex digits of that name's SHA-256. Stable for as long as the name
 * is; two names that differ only in capitals or punctuation ("Amara
 * Okafor", "amara okafor") get different folders even on a file system
 * that ignores case. The author's index and every segment repeat the full
 * name, and a reader checks that it leads to the folder it was found in.
 */
export function authorId(author: string): string {
  const readable = slug(author, 40);
  return `${readable === '' ? 'member' : readable}-${hashOf(author)}`;
}

/**
 * The inspection's folder in the team folder: its id when that is already a
 * safe lower-case name (the app and the command mint `insp-…` ids), else a
 * slug and hash as for authors.
 */
export function inspectionFolder(inspectionId: string): string {
  if (SAFE_ID.test(inspectionId)) return inspectionId;
  const readable = slug(inspectionId, 40);
  return `${readable === '' ? 'inspection' : readable}-${hashOf(inspectionId)}`;
}
