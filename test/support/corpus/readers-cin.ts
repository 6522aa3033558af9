/**
 * Damaged and hostile CIN census XML returns for the corpus: the census
 * reader's single pass hands anything it does not read to saxes, and every
 * refusal must still come out as one line naming the file.
 */
import { strToU8 } from 'fflate';
import { generateCinXml } from '../cin-generate';
import type { CorpusCase } from './case';
import { refused, reported } from './reader-files';

/** A valid census of a few children (about a kilobyte each), as text. */
function census(children = 5): string {
  return new TextDecoder().decode(generateCinXml(children, 2026, 3));
}

/** The census with `inside` put in the first child's identifiers. */
function withinChild(inside: string): string {
  return census().replace('<LAchildID>', `${inside}<LAchildID>`);
}

export const cinCases: readonly CorpusCase[] = [
  reported('cin-good', 'control', 'cin-census.xml', () => census()),
  reported('cin-crlf', 'control', 'cin-census.xml', () => census().replaceAll('\n', '\r\n')),
  reported('cin-deep-unknown-nesting', 'nesting-depth', 'cin-census.xml', () =>
    withinChild(`${'<Extra>'.repeat(50_000)}${'</Extra>'.repeat(50_000)}`),
  ),
  refused('cin-truncated', 'truncated', 'cin-census.xml', () => census().slice(0, 1500), {
    message: /cut short/,
  }),
  refused(
    'cin-undefined-entity',
    'entity-expansion',
    'cin-census.xml',
    () => withinChild('<Note>&xxe;</Note>'),
    { message: /not well formed/ },
  ),
  refused(
    'cin-billion-laughs',
    'entity-expansion',
    'cin-census.xml',
    () =>
      '<?xml version="1.0"?><!DOCTYPE Message [<!ENTITY a "aaaaaaaaaa">' +
      Array.from({ length: 9 }, (_, k) => {
        const from = String.fromCharCode(97 + k);
        const to = String.fromCharCode(98 + k);
        return `<!ENTITY ${to} "${`&${from};`.repeat(10)}">`;
      }).join('') +
      ']><Message><Header/><Children><Child>&j;</Child></Children></Message>',
  ),
  refused(
    'cin-10mb-text-node',
    'text-length',
    'cin-census.xml',
    () => census().replace(/<LAchildID>[^<]*</, `<LAchildID>${'x'.repeat(10_000_000)}<`),
    { message: /characters/ },
  ),
  refused(
    'cin-nul-after-8k',
    'nul-bytes',
    'cin-census.xml',
    () => {
      // Past the first 8 KiB, which are sniffed for binary content.
      const bytes = strToU8(census(30));
      bytes[9000] = 0;
      return bytes;
    },
    { message: /NUL/ },
  ),
];
