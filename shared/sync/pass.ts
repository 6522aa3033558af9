import type { BundleParts, Clash, EditOfDeleted, Operation } from '../bundle';
import { importPartName } from '../workbook/import-record';
import { sha256Hex } from '../bundle/sha256';
import { attachmentPartName } from './attachments';
import type { Hasher, SyncCrypt, SyncFolder } from './folder';
import { mergeIn, type Arrival } from './merge-in';
import { authorId, inspectionFolder } from './names';
import { readTheirs, type Member, type Notice } from './read-theirs';
import { decodeState, emptyState, encodeState, syncPartName, type SyncState } from './state';
import { writeMine, type Written } from './write-mine';

/** What one pass needs: the workbook as read, who is syncing, and the team folder. */
export type SyncPassInput = {
  readonly folder: SyncFolder;
  readonly crypt: SyncCrypt;
  readonly inspectionId: string;
  readonly operations: readonly Operation[];
  readonly parts: BundleParts;
  /** The name this member's changes are authored under. */
  readonly author: string;
  readonly now?: () => Date;
  /** SHA-256 as the host computes it fastest (default: the bundle layer's, in JavaScript). */
  readonly sha256?: Hasher;
};

/** What one pass did. */
export type SyncPassResult = {
  /** Whether the workbook changed (merged changes, or its sync record): save it. */
  readonly changed: boolean;
  readonly operations: readonly Operation[];
  readonly parts: BundleParts;
  /** The inspection's folder inside the team folder. */
  readonly root: string;
  readonly authorId: string;
  /** My segment written now, or null when I had nothing new. */
  readonly written: Written | null;
  /** Who sent how many changes. */
  readonly arrivals: readonly Arrival[];
  readonly clashes: readonly Clash[];
  readonly editsOfDeleted: readonly EditOfDeleted[];
  /** Refused now (reported once): damaged, not decryptable, another inspection's. */
  readonly refused: readonly Notice[];
  /** Not complete yet, or waiting for changes not arrived: tried again next pass. */
  readonly waiting: readonly Notice[];
  /** The colleagues whose index was read, and when each last wrote. */
  readonly team: readonly Member[];
};

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * One pass over the team folder: write my changes since my last segment,
 * then merge every colleague's segments not merged yet. Idempotent: a
 * second pass with nothing new in the folder or the workbook changes
 * nothing. The caller saves the workbook when `changed` (and holds it
 * locked from read to save).
 */
export async function syncPass(input: SyncPassInput): Promise<SyncPassResult> {
  const now = (input.now ?? (() => new Date()))();
  const me = authorId(input.author);
  const root = inspectionFolder(input.inspectionId);
  const partName = syncPartName(me);
  const stateBytes = input.parts[partName];
  const before: SyncState = decodeState(stateBytes) ?? emptyState(input.author, me);
  const context = {
    folder: input.folder,
    crypt: input.crypt,
    root,
    inspectionId: input.inspectionId,
    author: input.author,
    authorId: me,
    sha256: input.sha256 ?? sha256Hex,
  };
  const written = await writeMine({ ...context, now }, input.operations, input.parts, before);
  const scan = await readTheirs({ ...context, now: now.getTime(), parts: input.parts }, before);
  const merged = mergeIn(input.operations, scan.authors);
  const refused = [...scan.refused, ...merged.refused];
  const state: SyncState = {
    ...before,
    written: written === null ? before.written : { seq: written.seq, through: written.through },
    ...(written === null ? {} : { sealedTo: [...new Set(input.crypt.recipients ?? [])].sort() }),
    merged: {
      ...before.merged,
      ...Object.fromEntries([...merged.through].map(([id, through]) => [id, { through }])),
    },
    refused: [...before.refused, ...refused],
  };
  const newState = encodeState(state);
  const parts: Record<string, Uint8Array> = { ...input.parts, [partName]: newState };
  for (const [sha, bytes] of merged.files) parts[importPartName(sha)] = bytes;
  for (const [sha, bytes] of merged.attachments) parts[attachmentPartName(sha)] = bytes;
  return {
    changed: merged.arrivals.length > 0 || !sameBytes(stateBytes, newState),
    operations: merged.operations,
    parts,
    root,
    authorId: me,
    written,
    arrivals: merged.arrivals,
    clashes: merged.clashes,
    editsOfDeleted: merged.editsOfDeleted,
    refused: refused.map(({ file, reason }) => ({ file, reason })),
    waiting: [...scan.waiting, ...merged.held],
    team: scan.authors.map((author) => author.member),
  };
}
