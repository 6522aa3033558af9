/**
 * The text of the leaf element being read (a date, a code, an id). Most
 * leaves hold one run of text, so it is kept as a place in the file until
 * the leaf closes, then trimmed in place and made a string once. Dates and
 * codes repeat across a census (a few hundred days, a few dozen codes):
 * each distinct text is kept once and found again without making a string,
 * so a million cells share a few thousand strings.
 */

/** Distinct date and code texts kept once each; a census has a few thousand. */
const MAX_SHARED_TEXTS = 65_536;

/** What `String.prototype.trim` takes off (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmed(code: number): boolean {
  return code <= 32
    ? code === 32 || (code >= 9 && code <= 13)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

/** A slot of `table` for `hash` (the table's length is a power of two). */
function place(table: readonly (string | undefined)[], hash: number): number {
  return hash & (table.length - 1);
}

/** FNV-1a of `text[start, end)` (http://www.isthe.com/chongo/tech/comp/fnv/). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at += 1) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

/** The texts kept once: an open-addressed table found by a hash of the characters in place. */
function sharedTexts(): (source: string, start: number, end: number) => string {
  let slots: (string | undefined)[] = Array.from({ length: 1024 }, () => undefined);
  let count = 0;
  const grow = (): void => {
    const old = slots;
    slots = Array.from({ length: old.length * 2 }, () => undefined);
    for (const kept of old) {
      if (kept === undefined) continue;
      let at = place(slots, hashOf(kept, 0, kept.length));
      while (slots[at] !== undefined) at = (at + 1) & (slots.length - 1);
      slots[at] = kept;
    }
  };
  return (source, start, end) => {
    const length = end - start;
    // No date or code is this long: a long text is made as it is, not kept.
    if (length > 32) return source.slice(start, end);
    let at = place(slots, hashOf(source, start, end));
    for (let kept = slots[at]; kept !== undefined; kept = slots[at]) {
      if (kept.length === length && source.startsWith(kept, start)) return kept;
      at = (at + 1) & (slots.length - 1);
    }
    const made = source.slice(start, end);
    if (count < MAX_SHARED_TEXTS) {
      slots[at] = made;
      count += 1;
      if (count * 2 > slots.length) grow();
    }
    return made;
  };
}

export type LeafText = {
  /** A leaf opens: its text starts empty. */
  readonly begin: () => void;
  /** Not in a leaf (a group, or an element the schema does not have inside a leaf). */
  readonly end: () => void;
  readonly inLeaf: () => boolean;
  /** Adds a run of text to the leaf's; returns the leaf's length so far. */
  readonly add: (source: string, start: number, end: number) => number;
  /** The leaf's text, trimmed (kept once when `shared`); the leaf is then over. */
  readonly take: (shared: boolean) => string;
};

export function leafText(): LeafText {
  const share = sharedTexts();
  let inLeaf = false;
  let runs = 0;
  let source = '';
  let from = 0;
  let to = 0;
  let joined = '';
  return {
    begin: () => {
      inLeaf = true;
      runs = 0;
    },
    end: () => {
      inLeaf = false;
      runs = 0;
    },
    inLeaf: () => inLeaf,
    add: (text, start, end) => {
      if (runs === 0) {
        source = text;
        from = start;
        to = end;
        runs = 1;
        return end - start;
      }
      joined = (runs === 1 ? source.slice(from, to) : joined) + text.slice(start, end);
      runs = 2;
      return joined.length;
    },
    take: (shared) => {
      const runsRead = runs;
      inLeaf = false;
      runs = 0;
      if (runsRead === 0) return '';
      if (runsRead > 1) {
        const trimmed = joined.trim();
        joined = '';
        return shared ? share(trimmed, 0, trimmed.length) : trimmed;
      }
      let start = from;
      let end = to;
      while (start < end && isTrimmed(source.charCodeAt(start))) start += 1;
      while (end > start && isTrimmed(source.charCodeAt(end - 1))) end -= 1;
      const text = source;
      source = '';
      if (start === end) return '';
      return shared ? share(text, start, end) : text.slice(start, end);
    },
  };
}
