import { createRequire } from 'node:module';
import type { PdfDocument } from '../../../shared/reports';

/** The four faces of a font family: TTF paths. */
export type FontFiles = {
  readonly normal: string;
  readonly bold: string;
  readonly italics: string;
  readonly bolditalics: string;
};

/** pdfmake's singleton in Node (pdfmake's Node API, https://pdfmake.github.io/docs/0.3/). */
export type Pdfmake = {
  setFonts(fonts: Record<string, FontFiles>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(definition: PdfDocument): { getStream(): Promise<unknown> };
};

function isPdfmake(value: unknown): value is Pdfmake {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['setFonts', 'setUrlAccessPolicy', 'setLocalAccessPolicy', 'createPdf'].every(
      (name) => typeof Reflect.get(value, name) === 'function',
    )
  );
}

const require = createRequire(import.meta.url);

/** pdfmake's Node entry (a CommonJS singleton). */
export function loadPdfmake(): Pdfmake {
  const loaded: unknown = require('pdfmake');
  if (!isPdfmake(loaded)) throw new Error('pdfmake did not load: its Node API is missing');
  return loaded;
}

/** The folder of the Roboto TTFs pdfmake ships (pdfmake's Node API, https://pdfmake.github.io/docs/0.3/). */
export function pdfmakeRobotoDir(): string {
  return require.resolve('pdfmake/package.json').replace(/package\.json$/, 'fonts/Roboto');
}
