/**
 * Damaged and hostile SSDA903 CSV tables and XML returns for the corpus.
 */
import { strToU8 } from 'fflate';
import type { CorpusCase } from './case';
import { refused, reported } from './reader-files';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const CHILD = '1001,1,01/01/2010,WBRI,A123456789012,,';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

/** `text` with a NUL byte at character `at`. */
function withNul(text: string, at: number): Uint8Array {
  const bytes = strToU8(text);
  bytes[at] = 0;
  return bytes;
}

/** UTF-16 bytes of `text`, little- or big-endian, with or without a byte-order mark. */
function utf16(text: string, little: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, little);
    at = 2;
  }
  for (let k = 0; k < text.length; k += 1) view.setUint16(at + k * 2, text.charCodeAt(k), little);
  return out;
}

const XML_CHILD =
  '<CHILD><HEADER><CHILDID>1001</CHILDID><SEX>1</SEX><DOB>2010-01-01</DOB><ETHNIC>WBRI</ETHNIC>' +
  '<UPN>A123456789012</UPN></HEADER><EPISODE><DECOM>2023-05-01</DECOM><RNE>S</RNE><LS>C2</LS>' +
  '<CIN>N1</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE></CHILD>';

function xml903(children: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><EXPSSDA903>${children}</EXPSSDA903>`;
}

const GOOD_XML = xml903(XML_CHILD);

export const csvCases: readonly CorpusCase[] = [
  reported('csv-good-header', 'control', 'header.csv', () => `${HEADER}\n${CHILD}\n`),
  reported('csv-crlf', 'control', 'header.csv', () => `${HEADER}\r\n${CHILD}\r\n`),
  reported('csv-windows-1252', 'encoding', 'header.csv', () =>
    Uint8Array.from([...strToU8(`${HEADER}\n1001,1,01/01/2010,WBRI,A123456789012,`), 0xe9, 10]),
  ),
  reported('csv-cr-only-120k-rows', 'csv-cr-only', 'header.csv', () =>
    [HEADER, ...Array.from({ length: 120_000 }, (_, k) => `${k},1,01/01/2010,WBRI,,,`)].join('\r'),
  ),
  reported(
    'csv-20k-rows-one-field',
    'problems-per-rule',
    'header.csv',
    () => `${HEADER}\n${'x\n'.repeat(20_000)}`,
  ),
  refused(
    'csv-million-one-field-rows',
    'rows-per-table',
    'header.csv',
    () => `${HEADER}\n${'x\n'.repeat(1_000_000)}`,
  ),
  refused(
    'csv-nul-after-8k',
    'nul-bytes',
    'header.csv',
    () => withNul(`${HEADER}\n${`${CHILD}\n`.repeat(1000)}`, 20_000),
    { message: /NUL/ },
  ),
  refused('csv-nul-at-start', 'nul-bytes', 'header.csv', () =>
    withNul(`${HEADER}\n${CHILD}\n`, 50),
  ),
  refused(
    'csv-million-column-header',
    'message-length',
    'header.csv',
    () => `${Array.from({ length: 500_000 }, (_, k) => `C${k}`).join(',')}\n`,
  ),
  refused(
    'csv-wide-data-row',
    'fields-per-row',
    'header.csv',
    () => `${HEADER}\n${','.repeat(20_000)}\n`,
  ),
  refused(
    'csv-long-quoted-field',
    'field-length',
    'header.csv',
    () => `${HEADER}\n"${'A'.repeat(100_000)}",1,01/01/2010,WBRI,,,\n`,
  ),
  refused('csv-open-quote', 'truncated', 'header.csv', () => `${HEADER}\n"1001,1,01/01/2010`),
  refused('csv-cut-mid-line', 'truncated', 'header.csv', () => `${HEADER}\n${CHILD}\n1002,1`),
  refused('csv-utf16-bom', 'encoding', 'header.csv', () =>
    utf16(`${HEADER}\n${CHILD}\n`, true, true),
  ),
  refused('csv-binary', 'not-text', 'header.csv', () =>
    Uint8Array.from({ length: 4096 }, (_, k) => (k * 7919) % 256),
  ),
  refused('csv-gzip', 'not-text', 'header.csv', () => Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0])),
  refused('csv-pdf', 'not-text', 'header.csv', () => '%PDF-1.7\n%âãÏÓ\n'),
  refused('csv-empty', 'empty', 'header.csv', () => ''),
  refused('csv-only-bom', 'empty', 'header.csv', () => Uint8Array.from([0xef, 0xbb, 0xbf])),
  refused('csv-duplicate-column', 'header', 'header.csv', () => `${HEADER},CHILD\n${CHILD},1\n`),
  refused('csv-unknown-header', 'header', 'header.csv', () => 'name,address\nA,B\n'),
  refused(
    'csv-proto-header',
    'prototype-keys',
    'header.csv',
    () => '__proto__,constructor,prototype\n1,2,3\n',
  ),
  reported(
    'csv-episodes-bad-dates',
    'problems-per-rule',
    'episodes.csv',
    () =>
      `${EPISODES}\n${Array.from({ length: 3000 }, (_, k) => `${k},99/99/2023,S,C2,N1,U1,PR1,,,,,,`).join('\n')}\n`,
  ),
];

export const xmlCases: readonly CorpusCase[] = [
  reported('xml-good', 'control', 'return.xml', () => GOOD_XML),
  reported('xml-proto-elements', 'prototype-keys', 'return.xml', () =>
    xml903(
      XML_CHILD.replace(
        '</HEADER>',
        '<__proto__>x</__proto__><constructor>y</constructor><hasOwnProperty/></HEADER>',
      ).replace(
        '</EPISODE>',
        '<toString>1</toString></EPISODE><constructor><DECOM/></constructor>',
      ),
    ),
  ),
  refused('xml-utf16-le-bom', 'utf-16-xml', 'return.xml', () => utf16(GOOD_XML, true, true), {
    message: /XML saved as UTF-16/,
  }),
  refused('xml-utf16-be-bom', 'utf-16-xml', 'return.xml', () => utf16(GOOD_XML, false, true), {
    message: /XML saved as UTF-16/,
  }),
  refused('xml-utf16-no-bom', 'utf-16-xml', 'return.xml', () => utf16(GOOD_XML, true, false), {
    message: /XML saved as UTF-16/,
  }),
  refused(
    'xml-billion-laughs',
    'entity-expansion',
    'return.xml',
    () =>
      '<?xml version="1.0"?><!DOCTYPE EXPSSDA903 [<!ENTITY a "aaaaaaaaaa">' +
      Array.from(
        { length: 9 },
        (_, k) =>
          `<!ENTITY ${String.fromCharCode(98 + k)} "${`&${String.fromCharCode(97 + k)};`.repeat(10)}">`,
      ).join('') +
      ']><EXPSSDA903><CHILD><HEADER><CHILDID>&j;</CHILDID></HEADER></CHILD></EXPSSDA903>',
  ),
  refused(
    'xml-xxe',
    'external-entity',
    'return.xml',
    () =>
      '<?xml version="1.0"?><!DOCTYPE EXPSSDA903 [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
      '<EXPSSDA903><CHILD><HEADER><CHILDID>&x;</CHILDID></HEADER></CHILD></EXPSSDA903>',
  ),
  refused('xml-truncated', 'truncated', 'return.xml', () =>
    GOOD_XML.slice(0, GOOD_XML.length - 40),
  ),
  refused('xml-wrong-root', 'not-903', 'return.xml', () => '<?xml version="1.0"?><Other/>'),
  refused('xml-mismatched-tags', 'malformed', 'return.xml', () =>
    xml903('<CHILD><HEADER></CHILD>'),
  ),
  refused('xml-long-value', 'field-length', 'return.xml', () =>
    xml903(
      XML_CHILD.replace('<CHILDID>1001</CHILDID>', `<CHILDID>${'9'.repeat(100_000)}</CHILDID>`),
    ),
  ),
  refused('xml-long-root-name', 'message-length', 'return.xml', () => `<${'R'.repeat(200_000)}/>`),
  refused('xml-nul-after-8k', 'nul-bytes', 'return.xml', () => {
    const text = xml903(XML_CHILD.repeat(100));
    return withNul(text, text.length - 100);
  }),
];
