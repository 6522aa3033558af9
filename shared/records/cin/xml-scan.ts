/**
 * A single pass over a census's text for the XML a census export writes:
 * an XML declaration, elements with ASCII names (attributes checked and
 * skipped), character data with the five predefined entities, comments.
 * It reports what saxes reports (reader.ts): an element opened, the
 * character data between two pieces of markup (entities replaced), an
 * element closed. Anything else — a DOCTYPE, CDATA, a processing
 * instruction, a character reference, a character outside ASCII names
 * or the Basic Multilingual Plane, and every
 * well-formedness fault (XML 1.0, https://www.w3.org/TR/xml/) — makes it
 * stop and answer false, and the whole text is read again by saxes, whose
 * checks and messages are the reference. So a file it reads is one saxes
 * reads the same way; it is only faster (no per-character state machine).
 */

/** What the scan reports, in document order. */
export type XmlEvents = {
  /**
   * An element starts, named `text.slice(start, end)` (a self-closing
   * element is opened, then closed). The name is given as a place, not a
   * string, so a reader that knows its names makes none.
   */
  readonly open: (text: string, start: number, end: number) => void;
  /**
   * Character data inside the root element, between two pieces of markup,
   * entities replaced: `text.slice(start, end)`, never empty. `blank` when
   * it is only spaces, tabs and line ends.
   */
  readonly text: (text: string, start: number, end: number, blank: boolean) => void;
  readonly close: () => void;
};

/** 1: may continue a name; 2: may start one (ASCII only: the census's names are). */
const NAME = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const char = String.fromCharCode(code);
  if (/[A-Za-z_:]/.test(char)) NAME[code] = 3;
  else if (/[0-9.-]/.test(char)) NAME[code] = 1;
}

const LT = 60;
const GT = 62;
const AMP = 38;
const SLASH = 47;
const BANG = 33;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const BRACKET = 93;

/** The XML declaration (XML 1.0 §2.8, as saxes checks it), spaces as tab, line feed or space. */
const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>$/;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** A character this scan accepts in data: XML's Char, less surrogates (characters beyond U+FFFF). */
function isPlain(code: number): boolean {
  return code >= 32
    ? code < 0xd800 || (code >= 0xe000 && code <= 0xfffd)
    : code === 9 || code === 10 || code === 13;
}

/** XML's line ends: CR LF and a lone CR are each read as LF (XML 1.0 §2.11). */
function linesEnded(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Whether `text[start, end)` holds only characters this scan accepts. */
function allPlain(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) if (!isPlain(text.charCodeAt(at))) return false;
  return true;
}

/** `text[start, end)` with its predefined entities replaced, or undefined for any other reference. */
function unescaped(text: string, start: number, end: number): string | undefined {
  let out = '';
  let from = start;
  for (let amp = text.indexOf('&', start); amp !== -1 && amp < end; amp = text.indexOf('&', from)) {
    const semicolon = text.indexOf(';', amp + 1);
    if (semicolon === -1 || semicolon >= end) return undefined;
    const replaced = ENTITIES[text.slice(amp + 1, semicolon)];
    if (replaced === undefined) return undefined;
    out += text.slice(from, amp) + replaced;
    from = semicolon + 1;
  }
  return out + text.slice(from, end);
}

/** The end of the name starting at `at` (ASCII name characters), or -1 for any other character. */
function nameEnd(text: string, at: number): number {
  let end = at;
  for (; end < text.length; end += 1) {
    const code = text.charCodeAt(end);
    if (code >= 128) return -1;
    if ((NAME[code] ?? 0) === 0) break;
  }
  return end;
}

/**
 * Skips a start tag's attributes from `at` (just after its name): the
 * offset of its `>` or `/>`, or -1 when they are not well formed or use an
 * entity.
 */
function attributesEnd(text: string, at: number): number {
  // A census's start tags have no attributes: the list of names is made for the first one.
  let end = at;
  let names: string[] | undefined;
  for (;;) {
    const code = text.charCodeAt(end);
    if (code === GT || code === SLASH) return end;
    if (!isSpace(code)) return -1;
    while (isSpace(text.charCodeAt(end))) end += 1;
    const next = text.charCodeAt(end);
    if (next === GT || next === SLASH) return end;
    if (next >= 128 || ((NAME[next] ?? 0) & 2) === 0) return -1;
    const nameStop = nameEnd(text, end);
    if (nameStop === -1) return -1;
    const name = text.slice(end, nameStop);
    if (names === undefined) names = [name];
    else if (names.includes(name)) return -1;
    else names.push(name);
    end = nameStop;
    while (isSpace(text.charCodeAt(end))) end += 1;
    if (text.charCodeAt(end) !== EQUALS) return -1;
    end += 1;
    while (isSpace(text.charCodeAt(end))) end += 1;
    const quote = text.charCodeAt(end);
    if (quote !== QUOTE && quote !== APOSTROPHE) return -1;
    const close = text.indexOf(quote === QUOTE ? '"' : "'", end + 1);
    if (close === -1) return -1;
    for (let inside = end + 1; inside < close; inside += 1) {
      const char = text.charCodeAt(inside);
      if (char === LT || char === AMP || !isPlain(char)) return -1;
    }
    end = close + 1;
  }
}

/**
 * Character data from `start` to `end` inside the root: reported, or false
 * when it is not plain (a character or reference left to saxes, `]]>`).
 */
function reportText(text: string, start: number, end: number, events: XmlEvents): boolean {
  let blank = true;
  let entities = false;
  let returns = false;
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 13) returns = true;
    if (isSpace(code)) continue;
    blank = false;
    if (!isPlain(code)) return false;
    if (code === AMP) entities = true;
    else if (
      code === GT &&
      at >= start + 2 &&
      text.charCodeAt(at - 1) === BRACKET &&
      text.charCodeAt(at - 2) === BRACKET
    ) {
      return false;
    }
  }
  if (!entities && !returns) {
    events.text(text, start, end, blank);
    return true;
  }
  const plain = entities ? unescaped(text, start, end) : text.slice(start, end);
  if (plain === undefined) return false;
  const ended = returns ? linesEnded(plain) : plain;
  events.text(ended, 0, ended.length, blank);
  return true;
}

/** Whether the name at `other` in `text` is the one at `start`–`end`, character for character. */
function sameName(text: string, start: number, end: number, other: number): boolean {
  for (let at = start; at < end; at += 1)
    if (text.charCodeAt(at) !== text.charCodeAt(other + at - start)) return false;
  return true;
}

/** Reads `text` to the end, reporting to `events`; false when saxes must read it instead. */
export function scanXml(text: string, events: XmlEvents): boolean {
  const length = text.length;
  let at = 0;
  if (text.startsWith('<?xml', 0)) {
    const end = text.indexOf('?>', 5);
    if (end === -1 || !DECLARATION.test(text.slice(0, end + 2))) return false;
    at = end + 2;
  }
  // Where each open element's name is, by depth: an end tag is compared in place.
  const starts: number[] = [];
  const ends: number[] = [];
  let depth = 0;
  let sawRoot = false;
  while (at < length) {
    const lt = text.indexOf('<', at);
    const stop = lt === -1 ? length : lt;
    if (stop > at) {
      if (depth === 0) {
        for (let k = at; k < stop; k += 1) if (!isSpace(text.charCodeAt(k))) return false;
      } else if (lt === -1 || !reportText(text, at, stop, events)) {
        return false;
      }
    }
    if (lt === -1) break;
    const next = text.charCodeAt(lt + 1);
    if (next === SLASH) {
      if (depth === 0 || !sameName(text, starts[depth - 1] ?? 0, ends[depth - 1] ?? 0, lt + 2))
        return false;
      let end = lt + 2 + ((ends[depth - 1] ?? 0) - (starts[depth - 1] ?? 0));
      while (isSpace(text.charCodeAt(end))) end += 1;
      if (text.charCodeAt(end) !== GT) return false;
      depth -= 1;
      events.close();
      at = end + 1;
    } else if (next === BANG) {
      if (!text.startsWith('<!--', lt)) return false;
      const dashes = text.indexOf('--', lt + 4);
      if (dashes === -1 || text.charCodeAt(dashes + 2) !== GT || !allPlain(text, lt + 4, dashes))
        return false;
      at = dashes + 3;
    } else {
      if (next >= 128 || ((NAME[next] ?? 0) & 2) === 0) return false;
      const nameStop = nameEnd(text, lt + 1);
      if (nameStop === -1) return false;
      const end = attributesEnd(text, nameStop);
      if (end === -1) return false;
      const selfClosing = text.charCodeAt(end) === SLASH;
      if (selfClosing && text.charCodeAt(end + 1) !== GT) return false;
      if (depth === 0) {
        if (sawRoot) return false;
        sawRoot = true;
      }
      events.open(text, lt + 1, nameStop);
      if (selfClosing) events.close();
      else {
        starts[depth] = lt + 1;
        ends[depth] = nameStop;
        depth += 1;
      }
      at = end + (selfClosing ? 2 : 1);
    }
  }
  return sawRoot && depth === 0;
}
