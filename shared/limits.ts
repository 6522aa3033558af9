/**
 * Named limits that keep memory and time bounded on damaged or hostile
 * files. Each is well above the largest legitimate input (a 100,000-episode
 * SSDA903 return, a 100,000-row Annex A, a full Companies House snapshot
 * part) and far below what would exhaust the command's bounded heap.
 */

const MIB = 1024 * 1024;

/** Total bytes every entry of one `.inspection` bundle may inflate to, counted from the zip's directory before anything is inflated. */
export const MAX_BUNDLE_INFLATED_BYTES = 1024 * MIB;

/** Bytes one part of a bundle (an imported file, its stored read, an attachment) may inflate to. */
export const MAX_BUNDLE_PART_INFLATED_BYTES = 512 * MIB;

/**
 * How many times a bundle entry larger than {@link BUNDLE_RATIO_FLOOR_BYTES}
 * may inflate its compressed size. Text compresses about 5 to 50 times; a
 * zip bomb about 1,000 times.
 */
export const MAX_BUNDLE_PART_RATIO = 400;

/** Entries below this inflated size are never refused for their ratio. */
export const BUNDLE_RATIO_FLOOR_BYTES = MIB;

/** Entries one bundle zip may hold. */
export const MAX_BUNDLE_ENTRIES = 10_000;

/** Bytes of one line of a bundle's `operations.jsonl` (one change). */
export const MAX_OPERATION_LINE_BYTES = 4 * MIB;

/**
 * Characters of one text value in a workbook (a judgement's text, an
 * evidence note, a report paragraph). Report layout time grows with it,
 * so it is bounded where it is written and where it is read.
 */
export const MAX_TEXT_VALUE_LENGTH = 200_000;

/** How far ahead of the local clock a change's time may be: clocks drift, but not by more than a day. */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/** Characters of a report paragraph laid out as one block; longer ones are split at spaces first. */
export const MAX_LAYOUT_PARAGRAPH_LENGTH = 2_000;
