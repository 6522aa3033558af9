/**
 * The small part of XML an xlsx needs: a tag cursor over a string, attribute
 * lookup and text decoding. Workbook parts are machine-written XML 1.0
 * (ECMA-376 Part 1); there are no DTDs or custom entities to expand, so the
 * five predefined entities and character references are all there is.
 */

/** A Map, not an object: `&constructor;` in a file must not find Object's own properties. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decodeEntity(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body.startsWith('#x') || body.startsWith('#X');
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    // A reference outside Unicode is left as written rather than throwing.
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return NAMED_ENTITIES.get(body) ?? whole;
}

/**
 * Decodes XML text: entities, then the OOXML `_xHHHH_` escape that xlsx uses
 * for characters XML cannot hold (ECMA-376 Part 1 §22.4.2.4 `ST_Xstring`), so
 * `_x000D_` is a carriage return and `_x005F_` a literal underscore.
 */
export function decodeXmlText(raw: string): string {
  let text = raw;
  if (text.includes('&'))
    text = text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, decodeEntity);
  if (text.includes('_x')) {
    text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  }
  return text;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The decoded value of attribute `name` (with any prefix, e.g. `r:id`) in the
 * tag `xml[start, end)`, or undefined.
 */
function attributeIn(xml: string, start: number, end: number, name: string): string | undefined {
  // Searched within the tag only: searching the rest of the document for an
  // attribute a tag lacks made a part of many such tags quadratic.
  const tag = xml.slice(start, end);
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    const after = at + name.length;
    if (isSpace(tag.charCodeAt(at - 1)) && tag.charCodeAt(after) === 61 /* = */) {
      const quote = tag.charAt(after + 1);
      const close = tag.indexOf(quote, after + 2);
      if (close < 0) return undefined;
      return decodeXmlText(tag.slice(after + 2, close));
    }
    from = after;
  }
}

/**
 * Walks the tags of an XML string in document order. `next()` moves to the
 * next element tag (skipping comments, processing instructions and the
 * declaration) and sets `name` (local name, prefix dropped), `closing`,
 * `selfClosing`, and `start`/`end` (the `<` and one past the `>`).
 */
export class TagCursor {
  start = 0;
  end = 0;
  name = '';
  closing = false;
  selfClosing = false;

  constructor(
    readonly xml: string,
    from = 0,
  ) {
    this.end = from;
  }

  /** Moves to the next tag; false at the end of the text. */
  next(): boolean {
    const xml = this.xml;
    let lt = xml.indexOf('<', this.end);
    while (lt >= 0) {
      const second = xml.charCodeAt(lt + 1);
      if (second === 33 /* ! */) {
        const close = xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt) : xml.indexOf('>', lt);
        lt = close < 0 ? -1 : xml.indexOf('<', close + 1);
      } else if (second === 63 /* ? */) {
        const close = xml.indexOf('?>', lt);
        lt = close < 0 ? -1 : xml.indexOf('<', close + 2);
      } else break;
    }
    if (lt < 0) return false;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return false;
    this.closing = xml.charCodeAt(lt + 1) === 47; /* / */
    let nameStart = this.closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    for (;;) {
      const code = xml.charCodeAt(nameEnd);
      if (nameEnd >= gt || isSpace(code) || code === 47) break;
      if (code === 58 /* : */) nameStart = nameEnd + 1;
      nameEnd += 1;
    }
    this.name = xml.slice(nameStart, nameEnd);
    this.selfClosing = xml.charCodeAt(gt - 1) === 47;
    this.start = lt;
    this.end = gt + 1;
    return true;
  }

  /** The decoded value of an attribute of the current tag, or undefined. */
  attribute(name: string): string | undefined {
    return attributeIn(this.xml, this.start, this.end, name);
  }

  /** The decoded text after the current tag up to the next tag (an element's simple content). */
  text(): string {
    const lt = this.xml.indexOf('<', this.end);
    return decodeXmlText(this.xml.slice(this.end, lt < 0 ? this.xml.length : lt));
  }
}
