import { strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { MAX_SEQ } from './names';

/*
 * `<inspection>/<author id>/index.json`: the one file in the team folder
 * that is ever rewritten, and only by its author (to a temporary name in
 * the same folder, flushed, then renamed). It lists the author's segments
 * with the size and SHA-256 of their bytes as written, so a reader can tell
 * a segment that has fully arrived from one a sync engine is still
 * bringing (or one that arrived before the index naming it): those are
 * skipped until they match, never taken for damage.
 */

const INDEX_FORMAT = 'inspection-workbook-team-index';

/** One segment as its author lists it. */
const listedSegmentSchema = z.strictObject({
  seq: z.number().int().min(1).max(MAX_SEQ),
  /** Bytes of the file as written (sealed, when encrypted). */
  size: z.number().int().nonnegative(),
  /** SHA-256 of those bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * Set when this segment repeats every change of the author's segments 1 to
   * this number, written again for a key the team gained. It is here, in the
   * plain index, because a reader who cannot open those earlier segments
   * cannot open them to find out: they are passed over without a notice.
   */
  resends: z.number().int().min(1).max(MAX_SEQ).optional(),
});

/** `index.json`, format version 1. */
export const authorIndexSchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  formatVersion: z.literal(1),
  inspectionId: z.string().min(1).max(200),
  author: z.string().min(1).max(200),
  authorId: z.string().min(1).max(80),
  /** When the author last wrote a segment (ISO 8601): "who has synced when". */
  updatedAt: z.iso.datetime({ offset: true }),
  segments: z.array(listedSegmentSchema),
});

/** An author's index. */
export type AuthorIndex = z.infer<typeof authorIndexSchema>;
/** One listed segment. */
export type ListedSegment = z.infer<typeof listedSegmentSchema>;

/** The index's bytes. */
export function encodeIndex(index: Omit<AuthorIndex, 'format' | 'formatVersion'>): Uint8Array {
  const full: AuthorIndex = { format: INDEX_FORMAT, formatVersion: 1, ...index };
  return strToU8(`${JSON.stringify(full, null, 1)}\n`);
}

/**
 * Parses an index's bytes, or undefined when they are not a whole index
 * (a copy still arriving, cut short): the reader waits for the next pass.
 */
export function decodeIndex(bytes: Uint8Array): AuthorIndex | undefined {
  try {
    const parsed = authorIndexSchema.safeParse(JSON.parse(strFromU8(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The highest segment number a later listed segment repeats in full (0: none). */
export function coveredThrough(index: AuthorIndex): number {
  let covered = 0;
  for (const entry of index.segments) {
    if (entry.resends !== undefined && entry.resends < entry.seq) {
      covered = Math.max(covered, entry.resends);
    }
  }
  return covered;
}
