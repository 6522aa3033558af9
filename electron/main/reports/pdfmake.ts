import { createRequire } from 'node:module';
import type { PdfDocument } from '../../../shared/reports';

/**
 * The part of pdfmake 0.3's Node API the report uses, declared here rather
 * than taken from @types/pdfmake, whose `interfaces.d.ts` pulls the DOM type
 * library into the whole electron/ project (README, Layout: declare
 * the small typed surface you use). Checked at run time by {@link loadPdfmake}.
 */
export type PdfKitDocument = {
  readonly page: { readonly height: number };
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  end(): void;
};

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

function hasFunctions(value: unknown, names: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    names.every((name) => typeof Reflect.get(value, name) === 'function')
  );
}

function isPdfmake(value: unknown): value is Pdfmake {
  return hasFunctions(value, [
    'setFonts',
    'setUrlAccessPolicy',
    'setLocalAccessPolicy',
    'createPdf',
  ]);
}

/** True for the pdfkit document `getStream()` resolves to. */
export function isPdfKitDocument(value: unknown): value is PdfKitDocument {
  if (!hasFunctions(value, ['on', 'end', 'ref', 'initForm'])) return false;
  const page: unknown = Reflect.get(Object(value), 'page');
  return (
    typeof page === 'object' && page !== null && typeof Reflect.get(page, 'height') === 'number'
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
