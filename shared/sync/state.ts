import { strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { hlcSchema, type BundleParts } from '../bundle';
import { MAX_SEQ } from './names';

/*
 * What a member's workbook remembers of the team folder, kept in the
 * workbook itself as the part `sync/<author id>.json` (one per member whose
 * copy this is, so copies merged with `workbook merge` keep each member's
 * own): the last segment they wrote and the newest of their changes in it,
 * how far they have taken in each colleague's segments, and the segments
 * they refused, so a pass is idempotent and a refusal is reported once.
 */

/** The folder of these parts inside the workbook bundle. */
export const SYNC_PART_FOLDER = 'sync/';

const seq = z.number().int().min(0).max(MAX_SEQ);

/** The sync record, format version 1. */
export const syncStateSchema = z.strictObject({
  format: z.literal('inspection-workbook-sync-state'),
  formatVersion: z.literal(1),
  author: z.string().min(1).max(200),
  authorId: z.string().min(1).max(80),
  /** My last segment (0: none yet) and the newest of my changes written. */
  written: z.strictObject({ seq, through: hlcSchema.nullable() }),
  /**
   * The public keys my last segment was encrypted to (sorted). When the
   * team gains a key, my next segment carries all my changes again, so the
   * new member can read what the earlier segments, not encrypted to them, held.
   */
  sealedTo: z.array(z.string().max(2000)).max(200).optional(),
  /** Per colleague (author id): every segment up to `through` has been merged or refused. */
  merged: z.record(z.string(), z.strictObject({ through: seq })),
  /** Segments refused, by file and the SHA-256 of their bytes, with the reason given. */
  refused: z.array(
    z.strictObject({ file: z.string().max(300), sha256: z.string(), reason: z.string().max(600) }),
  ),
});

/** A member's sync record. */
export type SyncState = z.infer<typeof syncStateSchema>;

/** The part holding `authorIdValue`'s record. */
export function syncPartName(authorIdValue: string): string {
  return `${SYNC_PART_FOLDER}${authorIdValue}.json`;
}

/** A record for a member who has not synced yet. */
export function emptyState(author: string, authorIdValue: string): SyncState {
  return {
    format: 'inspection-workbook-sync-state',
    formatVersion: 1,
    author,
    authorId: authorIdValue,
    written: { seq: 0, through: null },
    merged: {},
    refused: [],
  };
}

/** The record in `bytes`, or undefined when it is missing or not one (then it starts again). */
export function decodeState(bytes: Uint8Array | undefined): SyncState | undefined {
  if (bytes === undefined) return undefined;
  try {
    const parsed = syncStateSchema.safeParse(JSON.parse(strFromU8(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The record's bytes, with keys in a fixed order so equal records are equal bytes. */
export function encodeState(state: SyncState): Uint8Array {
  const merged = Object.fromEntries(
    Object.keys(state.merged)
      .sort()
      .map((key) => [key, state.merged[key]]),
  );
  const refused = [...state.refused].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.sha256 < b.sha256 ? -1 : 1,
  );
  return strToU8(JSON.stringify({ ...state, merged, refused }));
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * Two copies of one member's record combined (their workbooks merged):
 * the further of each mark, every refusal once. Commutative and idempotent,
 * as the merge of the logs is.
 */
export function combineStates(a: SyncState, b: SyncState): SyncState {
  const merged: Record<string, { through: number }> = { ...a.merged };
  for (const [key, value] of Object.entries(b.merged)) {
    merged[key] = { through: Math.max(merged[key]?.through ?? 0, value.through) };
  }
  const refused = new Map(a.refused.map((entry) => [`${entry.file}\n${entry.sha256}`, entry]));
  for (const entry of b.refused) {
    const key = `${entry.file}\n${entry.sha256}`;
    const seen = refused.get(key);
    if (seen === undefined || entry.reason < seen.reason) refused.set(key, entry);
  }
  // A key only one copy sealed to may be missing from the other's segments: keep what both did.
  const sealedTo =
    a.sealedTo === undefined || b.sealedTo === undefined
      ? undefined
      : a.sealedTo.filter((key) => b.sealedTo?.includes(key) === true);
  return {
    ...a,
    ...(sealedTo === undefined ? {} : { sealedTo }),
    written: {
      seq: Math.max(a.written.seq, b.written.seq),
      through: later(a.written.through, b.written.through),
    },
    merged,
    refused: [...refused.values()],
  };
}

/**
 * The parts of two workbooks about to be merged, with each member's sync
 * record that both hold but differently replaced by the two combined, so
 * the merge keeps one record rather than refusing two parts of one name.
 */
export function reconcileSyncParts(a: BundleParts, b: BundleParts): [BundleParts, BundleParts] {
  const outA: Record<string, Uint8Array> = {};
  const outB: Record<string, Uint8Array> = {};
  let changed = false;
  for (const name of Object.keys(a)) {
    if (!name.startsWith(SYNC_PART_FOLDER) || !Object.hasOwn(b, name)) continue;
    const first = decodeState(a[name]);
    const second = decodeState(b[name]);
    if (first === undefined || second === undefined) continue;
    const bytes = encodeState(combineStates(first, second));
    outA[name] = bytes;
    outB[name] = bytes;
    changed = true;
  }
  if (!changed) return [a, b];
  return [withParts(a, outA), withParts(b, outB)];
}

/** `parts` with some replaced, keeping the others as they are (lazy parts stay lazy). */
function withParts(parts: BundleParts, replaced: Record<string, Uint8Array>): BundleParts {
  const out: Record<string, Uint8Array> = {};
  for (const name of Object.keys(parts)) {
    const bytes = replaced[name];
    if (bytes !== undefined) Object.defineProperty(out, name, { enumerable: true, value: bytes });
    else Object.defineProperty(out, name, { enumerable: true, get: () => parts[name] });
  }
  return out;
}
