import { open } from 'node:fs/promises';
import path from 'node:path';
import { ReportError } from './errors';
import { pdfmakeRobotoDir, type FontFiles } from './pdfmake';

/** The Roboto faces pdfmake ships; Roboto covers Łódź, Siân and the rest of Latin Extended-A. */
const robotoFaces = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

// TrueType (0x00010000, 'true') and OpenType ('OTTO') signatures.
const signatures = ['00010000', '74727565', '4f54544f'];

async function checkFont(file: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new ReportError(
      'font-missing',
      `${file}: font file not found; reinstall the app or pass --font-dir with the four Roboto TTF files`,
    );
  }
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    if (bytesRead < 4 || !signatures.includes(head.toString('hex'))) {
      throw new ReportError('font-invalid', `${file}: not a TrueType or OpenType font file`);
    }
  } finally {
    await handle.close();
  }
}

/**
 * The report's font files (Roboto, embedded and subset in the PDF), from
 * `dir` or pdfmake's own copy, each checked to exist and be a font, so a
 * missing font is a one-line error naming the file rather than a pdfmake
 * stack trace.
 */
export async function reportFonts(dir: string = pdfmakeRobotoDir()): Promise<FontFiles> {
  const files: FontFiles = {
    normal: path.resolve(dir, robotoFaces.normal),
    bold: path.resolve(dir, robotoFaces.bold),
    italics: path.resolve(dir, robotoFaces.italics),
    bolditalics: path.resolve(dir, robotoFaces.bolditalics),
  };
  for (const file of Object.values(files)) await checkFont(file);
  return files;
}
