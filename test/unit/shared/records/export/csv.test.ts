import { describe, expect, it } from 'vitest';
import { csvText, writeCsv } from '../../../../../shared/records/export/csv';

describe('the CSV writer', () => {
  it('writes RFC 4180: CRLF after every record, quotes only where needed, quotes doubled', () => {
    expect(
      csvText([
        ['a', 'b,c', 'say "hi"', 'two\nlines', 3, null],
        ['plain', '', 'x', 'y', 0, 'z'],
      ]),
    ).toBe('a,"b,c","say ""hi""","two\nlines",3,\r\nplain,,x,y,0,z\r\n');
  });

  it('prefixes text that could start a formula with a single quote (OWASP), numbers left alone', () => {
    expect(csvText([['=1+2', '+44', '-x', '@SUM(A1)', '\tTab', 'a=b', -5]])).toBe(
      "'=1+2,'+44,'-x,'@SUM(A1),'\tTab,a=b,-5\r\n",
    );
    // A hostile value with a comma is both defused and quoted.
    expect(csvText([['=HYPERLINK("http://x.invalid","y")']])).toBe(
      '"\'=HYPERLINK(""http://x.invalid"",""y"")"\r\n',
    );
  });

  it('is UTF-8 with a byte order mark, so Excel reads accents', () => {
    const bytes = writeCsv([['Zoë']]);
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFZoë\r\n');
  });
});
