import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusCase } from './case';
import { GOOD } from './bundle-tools';

/**
 * Damaged and hostile PDFs for `workbook verify`: each must be refused
 * with one line naming the file, never accepted and never a crash.
 */

/** A one-page PDF written by hand (ISO 32000-1, 7.5), with `extra` in its catalogue. */
function pdf(extra = '', trailer = ''): string {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${extra}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

/** A signature dictionary with the given byte range and contents. */
function signed(byteRange: string, contents: string): string {
  return pdf(
    `/AcroForm << /Fields [4 0 R] /SigFlags 3 >> `,
    `/Sig << /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [${byteRange}] /Contents <${contents}> >> `,
  );
}

function pdfCase(name: string, body: () => string | Uint8Array, message?: RegExp): CorpusCase {
  return {
    name,
    damage: 'pdf',
    exit: 1,
    unchanged: true,
    ...(message === undefined ? {} : { message }),
    make: async (dir) => {
      const file = path.join(dir, `${name}.pdf`);
      await writeFile(file, body());
      return { args: () => ['verify', file], names: `${name}.pdf` };
    },
  };
}

export const pdfCases: readonly CorpusCase[] = [
  pdfCase('pdf-empty', () => ''),
  pdfCase('pdf-not-a-pdf', () => 'PK\u0003\u0004 this is a zip, not a PDF'),
  pdfCase('pdf-random-bytes', () => new Uint8Array(randomBytes(64 * 1024))),
  pdfCase('pdf-unsigned', () => pdf()),
  pdfCase('pdf-truncated', () => pdf().slice(0, 120)),
  pdfCase('pdf-byte-range-past-the-end', () => signed('0 10 999999999 999999999', '00')),
  pdfCase('pdf-byte-range-negative', () => signed('0 -5 10 20', '00')),
  pdfCase('pdf-contents-not-cms', () => signed('0 100 200 50', 'deadbeef'.repeat(2_000))),
  pdfCase('pdf-contents-huge', () => signed('0 10 20 30', '00'.repeat(4 * 1024 * 1024))),
  {
    name: 'pdf-unsigned-checked-against-the-workbook',
    damage: 'pdf',
    exit: 1,
    unchanged: true,
    make: async (dir) => {
      const file = path.join(dir, 'unsigned.pdf');
      await writeFile(file, pdf());
      return { args: (workbook) => ['verify', file, '--bundle', workbook], names: 'unsigned.pdf' };
    },
  },
  {
    name: 'pdf-is-the-workbook',
    damage: 'pdf',
    exit: 1,
    unchanged: true,
    make: async () => ({ args: (workbook) => ['verify', workbook], names: GOOD }),
  },
];
