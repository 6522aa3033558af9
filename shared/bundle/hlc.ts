import { z } from 'zod';
import { MAX_CLOCK_AHEAD_MS } from '../limits';

/**
 * Hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014), as
 * sketched and benchmarked in hybrid logical clocks, https://cse.buffalo.edu/tech-reports/2014-04.pdf. A timestamp is a string
 * `${wall}-${counter}-${node}` with wall time and counter in fixed-width
 * base 36, so plain string comparison orders timestamps by (wall, counter,
 * node): the same order in JavaScript, in an IndexedDB index or in `sort`.
 */

/** An HLC timestamp string, e.g. `0lx2k9c3a00-00000-Jane~0020Smith`. */
export type Hlc = string;

/** The parts of an HLC timestamp. */
export type HlcParts = {
  /** Milliseconds since the Unix epoch (physical part, never behind any seen timestamp). */
  readonly wallMs: number;
  /** Logical counter that orders events within one millisecond. */
  readonly counter: number;
  /** The replica (inspector's device) that issued the timestamp, decoded. */
  readonly node: string;
};

const WALL_DIGITS = 11;
const COUNTER_DIGITS = 5;
/** The largest counter that still fits its fixed width. */
export const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
/** The largest wall time a JavaScript Date can hold (year 275760). */
export const MAX_WALL_MS = 8_640_000_000_000_000;
/** Longest node name accepted, in UTF-16 code units, before encoding. */
const MAX_NODE_LENGTH = 100;

const SAFE = /^[A-Za-z0-9._-]$/;
const HLC_PATTERN = /^([0-9a-z]{11})-([0-9a-z]{5})-((?:[A-Za-z0-9._-]|~[0-9a-f]{4})+)$/;

/**
 * Encodes a node name to `[A-Za-z0-9._-]` plus `~xxxx` escapes (one per
 * UTF-16 code unit). Unlike `encodeURIComponent` it never throws, even on a
 * lone surrogate, and its ASCII output sorts the same under any collation.
 */
export function encodeNode(node: string): string {
  let out = '';
  for (let index = 0; index < node.length; index += 1) {
    const char = node.charAt(index);
    out += SAFE.test(char) ? char : `~${node.charCodeAt(index).toString(16).padStart(4, '0')}`;
  }
  return out;
}

/** Reverses {@link encodeNode}. Assumes well-formed input (checked by the HLC pattern). */
export function decodeNode(encoded: string): string {
  return encoded.replace(/~([0-9a-f]{4})/g, (_match, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** Builds a timestamp string. Throws a RangeError if a part is out of range. */
export function formatHlc(wallMs: number, counter: number, node: string): Hlc {
  if (!Number.isSafeInteger(wallMs) || wallMs < 0 || wallMs > MAX_WALL_MS) {
    throw new RangeError(`HLC wall time ${wallMs} is not a millisecond time a Date can hold`);
  }
  if (!Number.isSafeInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
    throw new RangeError(`HLC counter ${counter} is outside 0…${MAX_COUNTER}`);
  }
  if (node.length === 0 || node.length > MAX_NODE_LENGTH) {
    throw new RangeError(`An HLC node name must have 1 to ${MAX_NODE_LENGTH} characters`);
  }
  const wall = wallMs.toString(36).padStart(WALL_DIGITS, '0');
  return `${wall}-${counter.toString(36).padStart(COUNTER_DIGITS, '0')}-${encodeNode(node)}`;
}

/** Parses a timestamp string, or returns `undefined` if it is malformed. */
export function parseHlc(hlc: string): HlcParts | undefined {
  const match = HLC_PATTERN.exec(hlc);
  if (match === null) return undefined;
  const [, wall = '', counter = '', encoded = ''] = match;
  const wallMs = Number.parseInt(wall, 36);
  const node = decodeNode(encoded);
  // Re-encoding must give the same text, so each timestamp has one spelling
  // (no `~0041` for `A`) and string equality means timestamp equality.
  if (wallMs > MAX_WALL_MS || node.length > MAX_NODE_LENGTH || encodeNode(node) !== encoded) {
    return undefined;
  }
  return { wallMs, counter: Number.parseInt(counter, 36), node };
}

/** Zod schema for a well-formed HLC timestamp. */
export const hlcSchema = z.string().refine((value) => parseHlc(value) !== undefined, {
  error: 'expected an HLC timestamp like 0lx2k9c3a00-00000-node',
});

/** Orders timestamps; the same as comparing the strings. */
export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A replica's clock. Every timestamp it issues is greater than all it issued or received. */
export type Clock = {
  /** The replica's node name (an inspector and device, unique across the team). */
  readonly node: string;
  /** Timestamp for a local event (a change being recorded). */
  tick(): Hlc;
  /**
   * Takes in a timestamp seen on an imported op, so later local events sort
   * after it even if this machine's clock is behind. Returns the receive event's timestamp.
   * Throws a RangeError for a timestamp past the end of year 9999 (and a day).
   */
  receive(remote: Hlc): Hlc;
};

/**
 * The latest wall time the clock takes from the system clock (the end of
 * year 9999). With remote times refused beyond a day ahead of it, the
 * clock's wall time stays far below {@link MAX_WALL_MS}: borrowing one
 * millisecond per {@link MAX_COUNTER} events could never close the gap, so
 * the clock cannot overflow.
 */
const MAX_PHYSICAL_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** The latest wall time the clock takes from a remote timestamp. */
const MAX_RECEIVED_MS = MAX_PHYSICAL_MS + MAX_CLOCK_AHEAD_MS;

function physical(now: () => number): number {
  const value = Math.floor(now());
  // A broken system clock must not break ordering: clamp it into range.
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), MAX_PHYSICAL_MS) : 0;
}

/**
 * Creates a clock for `node`. `now` is injectable for tests; it defaults to
 * `Date.now`. If the counter would overflow within one millisecond the clock
 * borrows the next millisecond, which keeps strict monotonicity.
 */
export function createClock(node: string, now: () => number = Date.now): Clock {
  // Validates the node name once, up front, rather than on first tick.
  formatHlc(0, 0, node);
  let wall = 0;
  let counter = -1;

  const issue = (nextWall: number, nextCounter: number): Hlc => {
    wall = nextWall;
    counter = nextCounter;
    if (counter > MAX_COUNTER) {
      // formatHlc throws past MAX_WALL_MS (year 275760) rather than repeat a timestamp.
      wall += 1;
      counter = 0;
    }
    return formatHlc(wall, counter, node);
  };

  return {
    node,
    tick() {
      const pt = physical(now);
      return pt > wall ? issue(pt, 0) : issue(wall, counter + 1);
    },
    receive(remote) {
      const parts = parseHlc(remote);
      if (parts === undefined) throw new RangeError(`Not an HLC timestamp: ${remote.slice(0, 80)}`);
      const pt = physical(now);
      // Readers and merges refuse a change more than a day ahead of the local clock
      // (read-operations.ts); the clock itself takes nothing past its own ceiling,
      // so no timestamp it receives can bring it near overflow.
      if (parts.wallMs > MAX_RECEIVED_MS) {
        throw new RangeError(
          `The change dated ${new Date(parts.wallMs).toISOString()} is later than any clock reaches; the bundle was altered.`,
        );
      }
      const next = Math.max(wall, parts.wallMs, pt);
      if (next === wall && next === parts.wallMs) {
        return issue(next, Math.max(counter, parts.counter) + 1);
      }
      if (next === wall) return issue(next, counter + 1);
      if (next === parts.wallMs) return issue(next, parts.counter + 1);
      return issue(next, 0);
    },
  };
}
