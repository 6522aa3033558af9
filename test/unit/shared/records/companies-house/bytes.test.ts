import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateFromFileName,
  forEachChunk,
} from '../../../../../shared/records/companies-house/bytes';
import { utf8 } from './ch-files';

function chunks(text: string, quoted: boolean, size: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  forEachChunk(utf8(text), quoted, (chunk, line) => out.push({ text: chunk, line }), size);
  return out;
}

describe('decoding in chunks cut at line breaks', () => {
  it('cuts only after a line break, and never inside quotes when asked', () => {
    const text = 'a,"b\nc"\nd,e\n"f\n\ng",h\n';
    expect(chunks(text, true, 3).map((c) => c.text)).toEqual([
      'a,"b\nc"\n',
      'd,e\n',
      '"f\n\ng",h\n',
    ]);
    expect(chunks(text, true, 3).map((c) => c.line)).toEqual([1, 3, 4]);
    // Each chunk holds at least `size` bytes, then runs to the next line break.
    expect(chunks(text, false, 3).map((c) => c.text)).toEqual([
      'a,"b\n',
      'c"\nd,e\n',
      '"f\n\n',
      'g",h\n',
    ]);
  });

  it('gives back the whole text, whatever the chunk size (multi-byte characters kept whole)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('\n', '"', ',', 'é', '€', '😀'), fc.string()), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 20 }),
        fc.boolean(),
        (parts, size, quoted) => {
          const text = parts.join('');
          const got = chunks(text, quoted, size);
          expect(got.map((c) => c.text).join('')).toBe(text);
          let line = 1;
          for (const chunk of got) {
            expect(chunk.line).toBe(line);
            line += chunk.text.split('\n').length - 1;
          }
        },
      ),
    );
  });

  it('reads the data date a bulk file name carries', () => {
    expect(dateFromFileName('BasicCompanyDataAsOneFile-2024-05-01.csv')).toBe('2024-05-01');
    expect(dateFromFileName('persons-with-significant-control-snapshot-2024-05-01_1of28.txt')).toBe(
      '2024-05-01',
    );
    expect(dateFromFileName('companies.csv')).toBeNull();
  });
});
