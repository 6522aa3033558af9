import { describe, expect, it } from 'vitest';
import { summarisePdf } from '../../../../electron/main/signing/pdf-summary';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** A minimal one-revision PDF (not renderable: only the parts the summary reads). */
function pdf(info: string, pages: number, extra = ''): Uint8Array {
  const kids = Array.from(
    { length: pages },
    (_, i) => `${10 + i} 0 obj\n<<\n/Type /Page\n/Parent 1 0 R\n>>\nendobj\n`,
  );
  return latin1(
    `%PDF-1.7\n1 0 obj\n<<\n/Type /Pages\n/Count ${pages}\n>>\nendobj\n${kids.join('')}7 0 obj\n<<\n${info}\n>>\nendobj\n${extra}trailer\n<<\n/Root 3 0 R\n/Info 7 0 R\n>>\nstartxref\n0\n%%EOF\n`,
  );
}

describe('summarisePdf (what main shows before signing)', () => {
  it('reads a direct title with escapes, and counts page objects but not the page tree', () => {
    expect(summarisePdf(pdf('/Title (Report \\(draft\\) \\\\ v2\\051)', 3))).toEqual({
      title: 'Report (draft) \\ v2)',
      pages: 3,
    });
  });

  it('reads a UTF-16 title held in another object', () => {
    const text = 'Siân’s report';
    let utf16 = '\xfe\xff';
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      utf16 += String.fromCharCode(unit >> 8, unit & 0xff);
    }
    const title = `8 0 obj\n(${utf16.replace(/[()\\]/g, (c) => `\\${c}`)})\nendobj\n`;
    expect(summarisePdf(pdf('/Title 8 0 R', 1, title))).toEqual({
      title: 'Siân’s report',
      pages: 1,
    });
  });

  it('has no title when the information dictionary has none', () => {
    expect(summarisePdf(pdf('/Producer (x)', 2)).title).toBeNull();
  });

  it.each([
    ['not a PDF', latin1('hello'), /not a PDF/],
    ['a PDF with no pages', pdf('/Title (x)', 0), /no pages/],
    [
      'compressed object streams',
      pdf('/Title (x)', 1, '9 0 obj\n<<\n/Type /ObjStm\n>>\nendobj\n'),
      /object streams/,
    ],
    [
      'a second revision',
      latin1(`${new TextDecoder('latin1').decode(pdf('/Title (x)', 1))}startxref\n0\n%%EOF\n`),
      /more than one revision/,
    ],
  ])('refuses %s', (_label, bytes, reason) => {
    expect(() => summarisePdf(bytes)).toThrow(reason);
  });
});
