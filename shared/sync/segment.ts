import { base64 } from '@scure/base';
import { strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import {
  BundleError,
  hlcSchema,
  jsonPart,
  readBundle,
  writeBundle,
  type EntityRegistry,
  type Hlc,
  type Operation,
} from '../bundle';
import { verifySignature } from '../crypto/identity';
import { err, ok, type Result } from '../util/result';
import { workbookEntities } from '../workbook';
import { authorId, MAX_SEQ } from './names';

/*
 * A segment is a workbook bundle (shared/bundle: manifest, operation log,
 * parts) holding one member's own changes since their previous segment,
 * plus a header part, `segment.json`, saying whose changes they are, their
 * number, and which imported source files they need. It is written once
 * and never changed; encrypted, it is the bundle sealed with age to the
 * workbook's recipients, as a workbook file is.
 *
 * Signing (a key per member, the team roster) is not built yet. The header
 * reserves `signature`: an Ed25519 signature by the author over
 * {@link signedBytes}. A reader verifies it when present and refuses the
 * segment when it does not match; which key belongs to whom is for the
 * roster to say, so today a signature proves only that the segment is
 * intact since its signer wrote it.
 */

/** The header part's name inside the segment bundle. */
export const SEGMENT_HEADER_PART = 'segment.json';
const SEGMENT_FORMAT = 'inspection-workbook-segment';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in hex' });

/** `segment.json`, format version 1. */
export const segmentHeaderSchema = z.strictObject({
  format: z.literal(SEGMENT_FORMAT),
  formatVersion: z.literal(1),
  inspectionId: z.string().min(1).max(200),
  /** The name every change in it is authored under. */
  author: z.string().min(1).max(200),
  /** The author's folder, {@link authorId} of `author`. */
  authorId: z.string().min(1).max(80),
  seq: z.number().int().min(1).max(MAX_SEQ),
  /** How many changes it holds. */
  operations: z.number().int().nonnegative(),
  /** The newest change's HLC: the author's changes up to here are written. */
  through: hlcSchema.nullable(),
  /** The imported source files (SHA-256 of their plain bytes) its changes need, in `files/`. */
  files: z.array(sha256).max(10_000),
  /**
   * The evidence attachments its changes name that its author held, in
   * `attachments/`: SHA-256 and size of the plain bytes, so a reader tells a
   * copy still arriving (shorter) from a wrong one (whole, other bytes).
   */
  attachments: z
    .array(z.strictObject({ sha256, size: z.number().int().nonnegative() }))
    .max(10_000)
    .optional(),
  /**
   * Set when it repeats every change of its author's segments 1 to this
   * number (written again for a key the team gained): a reader who cannot
   * open those earlier segments has lost nothing by it.
   */
  resends: z.number().int().min(1).max(MAX_SEQ).optional(),
  /**
   * The keys its files and attachments are sealed to, as their names end
   * (names.ts `storedFileName`); absent when they are named by SHA-256 alone.
   */
  keyset: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .optional(),
  /** Reserved for signing; see above. */
  signature: z
    .strictObject({
      algorithm: z.literal('ed25519'),
      /** The signer's public key, `ssh-ed25519 AAAA…`. */
      key: z.string().max(200),
      /** Base64 of the 64-byte signature. */
      value: z.string().max(200),
    })
    .optional(),
});

/** A segment's header. */
export type SegmentHeader = z.infer<typeof segmentHeaderSchema>;

/** A segment as read: its header and changes. */
export type Segment = { readonly header: SegmentHeader; readonly operations: readonly Operation[] };

/**
 * Every entity type the workbook knows, without checking records (nor
 * materialising them, `checkRecords: false`): a segment holds a part of one
 * member's changes, whose records are whole only with the rest of the log,
 * so records are checked on the merged workbook.
 */
const anyRecord: EntityRegistry = Object.fromEntries(
  Object.keys(workbookEntities).map((entity) => [entity, z.unknown()]),
);
const segmentParts = [{ name: SEGMENT_HEADER_PART, schema: jsonPart(segmentHeaderSchema) }];

/** What {@link encodeSegment} needs. */
export type SegmentInput = Omit<SegmentHeader, 'format' | 'formatVersion' | 'operations'> & {
  readonly changes: readonly Operation[];
  readonly writtenAt: string;
  readonly recipients?: readonly string[] | undefined;
};

/** The bytes a signature covers: the header without it, and the log, as the segment holds them. */
export function signedBytes(header: SegmentHeader, operations: readonly Operation[]): Uint8Array {
  const { signature: _unused, ...rest } = header;
  return strToU8(JSON.stringify([rest, operations]));
}

/** A segment's plain bytes (a bundle; the caller seals it when the workbook is encrypted). */
export function encodeSegment(input: SegmentInput): Uint8Array {
  const header: SegmentHeader = {
    format: SEGMENT_FORMAT,
    formatVersion: 1,
    inspectionId: input.inspectionId,
    author: input.author,
    authorId: input.authorId,
    seq: input.seq,
    operations: input.changes.length,
    through: input.through,
    files: [...input.files],
    ...(input.attachments === undefined || input.attachments.length === 0
      ? {}
      : { attachments: input.attachments.map((entry) => ({ ...entry })) }),
    ...(input.resends === undefined ? {} : { resends: input.resends }),
    ...(input.keyset === undefined ? {} : { keyset: input.keyset }),
    ...(input.signature === undefined ? {} : { signature: input.signature }),
  };
  return writeBundle({
    inspectionId: input.inspectionId,
    exportedBy: input.author,
    exportedAt: input.writtenAt,
    operations: input.changes,
    parts: { [SEGMENT_HEADER_PART]: strToU8(JSON.stringify(header)) },
    ...(input.recipients === undefined ? {} : { recipients: input.recipients }),
  });
}

/** Where a segment was found, which its header must agree with. */
export type SegmentPlace = {
  readonly inspectionId: string;
  readonly authorId: string;
  readonly seq: number;
};

function readHeader(bytes: Uint8Array, now: number): Segment {
  const bundle = readBundle(bytes, {
    entities: anyRecord,
    parts: segmentParts,
    now: () => now,
    checkRecords: false,
  });
  const part = bundle.parts[SEGMENT_HEADER_PART];
  if (part === undefined) {
    throw new BundleError('missing-part', { part: SEGMENT_HEADER_PART }, 'it has no segment.json');
  }
  const header = segmentHeaderSchema.parse(JSON.parse(strFromU8(part)));
  if (bundle.manifest.inspectionId !== header.inspectionId) {
    throw new Error('its manifest and its header name different inspections');
  }
  return { header, operations: bundle.operations };
}

/** Why a segment is refused: of another inspection, or damaged. */
export type SegmentRefusal = 'other-inspection' | 'damaged';

/**
 * Reads a segment's plain bytes and checks them against where they were
 * found: the header's inspection, author folder and number, every change
 * authored by the header's author, and the count. Refuses, with the
 * reason, anything else.
 */
export function decodeSegment(
  bytes: Uint8Array,
  place: SegmentPlace,
  now: number,
): Result<Segment> {
  let segment: Segment;
  try {
    segment = readHeader(bytes, now);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    // The bundle reader's first sentence says what is wrong; its advice (which file to
    // choose) is for a person opening a bundle, not for a file found in the team folder.
    const what = (reason.split(/(?<=[.!?])\s/)[0] ?? reason).replace(/[.!?]$/, '');
    const said = what.charAt(0).toLowerCase() + what.slice(1);
    return err('damaged', `it is not a readable segment (${said.slice(0, 300)})`);
  }
  const { header, operations } = segment;
  if (header.inspectionId !== place.inspectionId) {
    return err(
      'other-inspection',
      `it belongs to another inspection ("${header.inspectionId.slice(0, 80)}")`,
    );
  }
  if (header.authorId !== place.authorId || authorId(header.author) !== header.authorId) {
    return err(
      'damaged',
      `it says it is by ${header.author.slice(0, 80)}, whose folder is not this one`,
    );
  }
  if (header.seq !== place.seq) {
    return err('damaged', `it says it is segment ${header.seq}, not the number in its name`);
  }
  if (header.resends !== undefined && header.resends >= header.seq) {
    return err('damaged', `it says it repeats segment ${header.resends}, which is not before it`);
  }
  if (header.operations !== operations.length) {
    return err(
      'damaged',
      `it says it holds ${header.operations} changes but holds ${operations.length}`,
    );
  }
  if (header.signature !== undefined && !signatureHolds(header, operations)) {
    return err(
      'damaged',
      'its signature does not match its contents: it was altered after it was signed',
    );
  }
  const stranger = operations.find((op) => op.author !== header.author);
  if (stranger !== undefined) {
    return err(
      'damaged',
      `it holds a change by ${stranger.author.slice(0, 80)}, not by its author ${header.author.slice(0, 80)}`,
    );
  }
  return ok(segment);
}

function signatureHolds(header: SegmentHeader, operations: readonly Operation[]): boolean {
  const signature = header.signature;
  if (signature === undefined) return true;
  let value: Uint8Array;
  try {
    value = base64.decode(signature.value);
  } catch {
    return false;
  }
  return verifySignature(signature.key, signedBytes(header, operations), value);
}

/** The newest HLC of `operations`, or null. */
export function newestHlc(operations: readonly Operation[]): Hlc | null {
  let newest: Hlc | null = null;
  for (const op of operations) if (newest === null || op.hlc > newest) newest = op.hlc;
  return newest;
}
