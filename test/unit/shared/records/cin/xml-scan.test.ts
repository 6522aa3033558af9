/**
 * The census's single-pass XML scan against saxes, the reference: every
 * document the scan reads gives exactly saxes's events, and every document
 * that is not well formed (or uses XML the scan leaves alone) is handed back.
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../../../../shared/records/cin/dates';
import { writeCinXml } from '../../../../../shared/records/cin/write-xml';
import { scanXml } from '../../../../../shared/records/cin/xml-scan';
import { cleanCensus } from './clean-census';

/** The events as the census reader sees them: opens, texts inside the root, closes. */
function saxesEvents(text: string): string[] {
  const events: string[] = [];
  const parser = new SaxesParser();
  let depth = 0;
  parser.on('opentag', (tag) => {
    depth += 1;
    events.push(`<${tag.name}`);
  });
  parser.on('text', (chunk) => {
    if (depth > 0) events.push(`"${chunk}" ${chunk.trim() === '' ? 'blank' : ''}`);
  });
  parser.on('closetag', () => {
    depth -= 1;
    events.push('>');
  });
  parser.write(text).close();
  return events;
}

function scanEvents(text: string): string[] | undefined {
  const events: string[] = [];
  const read = scanXml(text, {
    open: (source, start, end) => events.push(`<${source.slice(start, end)}`),
    text: (source, start, end, blank) =>
      events.push(`"${source.slice(start, end)}" ${blank ? 'blank' : ''}`),
    close: () => events.push('>'),
  });
  return read ? events : undefined;
}

const census = writeCinXml(cleanCensus(2025));

describe('the single-pass scan reads what a census export writes, as saxes does', () => {
  it.each([
    ['a census', census],
    ['a census with Windows line ends', census.replaceAll('\n', '\r\n')],
    ['a census without its declaration', census.replace(/^<\?xml[^>]*>/, '')],
    ['entities', '<Message><A>Smith &amp; Jones &lt;3&gt; &quot;x&quot; &apos;</A></Message>'],
    ['comments', '<!-- made by -->\n<Message><!--a--><A>1<!-- in -->2</A></Message>\n<!-- end -->'],
    [
      'attributes',
      `<Message xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" a='1' ><A/></Message>`,
    ],
    ['self-closing and spaced tags', '<Message ><A /><B></B ></Message >'],
    ['a lone carriage return in a value', '<Message><A>1\r2</A></Message>'],
    ['accented text', '<Message><A>Zoë Ñ €</A></Message>'],
  ])('%s', (_, text) => {
    expect(scanEvents(text)).toEqual(saxesEvents(text));
  });

  it('says which runs are blank, so the reader makes no string of them', () => {
    expect(scanEvents('<Message>\n  <A> x </A>\n</Message>')).toEqual([
      '<Message',
      '"\n  " blank',
      '<A',
      '" x " ',
      '>',
      '"\n" blank',
      '>',
    ]);
  });
});

describe('the scan hands back what it does not read, for saxes to read or refuse', () => {
  it.each([
    ['a cut-short file', census.slice(0, census.length / 2)],
    ['a mismatched end tag', '<Message><A>1</B></Message>'],
    ['an undefined entity', '<Message><A>&xxe;</A></Message>'],
    ['a character reference', '<Message><A>&#65;</A></Message>'],
    ['a bare ampersand', '<Message><A>a & b</A></Message>'],
    ['a control character', '<Message><A>\u0001</A></Message>'],
    ['"]]>" in text', '<Message><A>]]></A></Message>'],
    ['a duplicated attribute', '<Message a="1" a="2"/>'],
    ['an unquoted attribute', '<Message a=1/>'],
    ['a "<" in an attribute', '<Message a="<"/>'],
    ['a second root', '<Message/><Message/>'],
    ['text after the root', '<Message/>x'],
    ['text before the root', 'x<Message/>'],
    ['a DOCTYPE', '<!DOCTYPE Message [<!ENTITY e "x">]><Message>&e;</Message>'],
    ['CDATA', '<Message><A><![CDATA[x]]></A></Message>'],
    ['a processing instruction', '<Message><?pi x?></Message>'],
    ['"--" in a comment', '<Message><!-- a -- b --></Message>'],
    ['a declaration not at the start', ' <?xml version="1.0"?><Message/>'],
    ['a declaration of XML 2.0', '<?xml version="2.0"?><Message/>'],
    ['a name outside ASCII', '<Message><Zoë/></Message>'],
    ['a character beyond U+FFFF', '<Message><A>😀</A></Message>'],
    ['no root', '<!-- nothing -->'],
  ])('%s', (_, text) => {
    expect(scanEvents(text)).toBeUndefined();
  });
});

describe('census dates read character by character', () => {
  it.each([
    ['2024-02-29', Date.UTC(2024, 1, 29) / 86_400_000],
    ['2000-02-29', Date.UTC(2000, 1, 29) / 86_400_000],
    ['1969-12-31', -1],
    ['1600-03-01', Date.UTC(1600, 2, 1) / 86_400_000],
    ['2025-03-31Z', Date.UTC(2025, 2, 31) / 86_400_000],
    ['2025-03-31+01:00', Date.UTC(2025, 2, 31) / 86_400_000],
  ])('%s is day %d', (text, day) => {
    expect(dayOf(text)).toBe(day);
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '0050-01-01',
    '2024-1-01',
    '2024-01-01T00:00',
    '2024-01-01+1:00',
    '2024-01-01 ',
  ])('%s is not a date', (text) => {
    expect(dayOf(text)).toBeUndefined();
  });
});
