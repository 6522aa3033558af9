import type { BundleParts, Operation } from '../bundle';
import { entityTypes } from '../workbook/entities';
import type { Hasher, SyncCrypt, SyncFolder } from './folder';
import { ATTACHMENTS_FOLDER, keysetOf, storedFileName } from './names';

/*
 * Evidence attachments travel as source files do: each is its own file in
 * `<inspection>/attachments/<sha256>`, named by the SHA-256 of its plain
 * bytes, sealed as segments are, written once by whoever puts it there
 * first. A segment's header lists the attachments its changes name with
 * their sizes; a reader fetches those its copy lacks and keeps each only
 * when its bytes hash to its name. In a workbook an attachment is the part
 * `attachments/<sha256>` (shared/workbook/entities.ts).
 */

/** The workbook part holding an attachment's bytes. */
export function attachmentPartName(sha256: string): string {
  return `attachments/${sha256}`;
}

const ATTACHMENT_PREFIX = 'attachments/';
const SHA256 = /^[0-9a-f]{64}$/;

/** An attachment as a segment's header lists it: SHA-256 and size of its plain bytes. */
export type ListedAttachment = { readonly sha256: string; readonly size: number };

/** The attachments (SHA-256) that evidence changes among `changes` name, sorted. */
export function attachmentRefs(changes: readonly Operation[]): string[] {
  const found = new Set<string>();
  for (const op of changes) {
    if (op.entity !== entityTypes.evidence || op.field !== 'attachments') continue;
    if (!Array.isArray(op.value)) continue;
    for (const item of op.value) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
      const sha = item['sha256'];
      if (typeof sha === 'string' && SHA256.test(sha)) found.add(sha);
    }
  }
  return [...found].sort();
}

/**
 * Finds an attachment's bytes among the workbook's parts: by its name, or,
 * for a bundle that named its attachment parts otherwise (`attachments/visit.pdf`),
 * by hashing those parts once, only when one is looked for and not found by name.
 */
export function attachmentFinder(
  parts: BundleParts,
  sha256: Hasher,
): (sha: string) => Uint8Array | undefined {
  let byHash: Map<string, Uint8Array> | undefined;
  return (sha) => {
    const named = parts[attachmentPartName(sha)];
    if (named !== undefined) return named;
    if (byHash === undefined) {
      byHash = new Map();
      for (const name of Object.keys(parts)) {
        if (
          !name.startsWith(ATTACHMENT_PREFIX) ||
          SHA256.test(name.slice(ATTACHMENT_PREFIX.length))
        )
          continue;
        const bytes = parts[name];
        if (bytes !== undefined) byHash.set(sha256(bytes), bytes);
      }
    }
    return byHash.get(sha);
  };
}

/** Where attachments are written and read. */
export type AttachmentPlace = {
  readonly folder: SyncFolder;
  readonly crypt: SyncCrypt;
  /** The inspection's folder name. */
  readonly root: string;
  readonly sha256: Hasher;
};

/**
 * Puts each attachment my changes name and my copy holds in `attachments/`
 * unless one is there already (a colleague may have put it there first);
 * returns those held, for the segment's header, and how many it wrote.
 */
export async function writeAttachments(
  place: AttachmentPlace,
  refs: readonly string[],
  parts: BundleParts,
): Promise<{ listed: ListedAttachment[]; written: number }> {
  const listed: ListedAttachment[] = [];
  if (refs.length === 0) return { listed, written: 0 };
  const find = attachmentFinder(parts, place.sha256);
  const present = new Set(
    (await place.folder.list([place.root, ATTACHMENTS_FOLDER])).map((entry) => entry.name),
  );
  const keyset = keysetOf(place.crypt.recipients);
  let written = 0;
  for (const sha of refs) {
    const bytes = find(sha);
    if (bytes === undefined) continue;
    listed.push({ sha256: sha, size: bytes.length });
    const name = storedFileName(sha, keyset);
    if (present.has(name)) continue;
    const sealed = await place.crypt.seal(bytes);
    if (await place.folder.create([place.root, ATTACHMENTS_FOLDER, name], sealed)) written += 1;
  }
  return { listed, written };
}

/** What reading one attachment came to. */
export type AttachmentRead =
  | { readonly kind: 'got'; readonly bytes: Uint8Array }
  /** Not there whole yet: the segment naming it waits. */
  | { readonly kind: 'wait'; readonly reason: string }
  /** Whole, but not the bytes its name promises: refused, never stored. */
  | {
      readonly kind: 'wrong';
      readonly file: string;
      readonly sha256: string;
      readonly reason: string;
    };

/**
 * Reads one attachment from the folder and checks it: a file missing, not
 * yet openable or shorter than listed is still arriving (a sync engine
 * part-way through copying it); one of the listed size or more whose
 * SHA-256 is not its name is wrong.
 */
export async function readAttachment(
  place: AttachmentPlace,
  listed: ListedAttachment,
  keyset: string | undefined,
): Promise<AttachmentRead> {
  const path = [place.root, ATTACHMENTS_FOLDER, storedFileName(listed.sha256, keyset)];
  const short = `${listed.sha256.slice(0, 12)}…`;
  const bytes = await place.folder.read(path);
  if (bytes === undefined) {
    return { kind: 'wait', reason: `the attachment ${short} it needs has not arrived yet` };
  }
  let plain: Uint8Array;
  try {
    plain = await place.crypt.open(bytes);
  } catch {
    return { kind: 'wait', reason: `the attachment ${short} it needs is still arriving` };
  }
  if (plain.length < listed.size) {
    return { kind: 'wait', reason: `the attachment ${short} it needs is still arriving` };
  }
  if (plain.length === listed.size && place.sha256(plain) === listed.sha256) {
    return { kind: 'got', bytes: plain };
  }
  return {
    kind: 'wrong',
    file: path.join('/'),
    sha256: place.sha256(bytes),
    reason: `it is not the attachment its name says (its SHA-256 differs); it was not stored`,
  };
}
