import type { Operation } from '../../../../shared/bundle';
import type { ReportSignature } from '../../../../shared/reports';

/** A rendered report: the PDF, its accessible HTML twin, its title and version. */
export type RenderedReport = {
  readonly pdf: Uint8Array;
  readonly html: string;
  readonly title: string;
  readonly version: number;
  /** The report template (ilacs, focused-visit, …), as a signed version records it. */
  readonly template: string;
  /** The evidence the report rests on. */
  readonly evidenceIds: readonly string[];
};

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/** Renders the report in a Web Worker; `signature` adds the placeholder and visible block for signing. */
export function renderReport(
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
  signature: ReportSignature | undefined,
  onStep: (step: string) => void,
): Promise<RenderedReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/report.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data: unknown = event.data;
      const type: unknown = Reflect.get(Object(data), 'type');
      if (type === 'progress') return onStep(String(Reflect.get(Object(data), 'step')));
      worker.terminate();
      const pdf: unknown = Reflect.get(Object(data), 'pdf');
      if (type === 'done' && pdf instanceof Uint8Array) {
        return resolve({
          pdf,
          html: String(Reflect.get(Object(data), 'html')),
          title: String(Reflect.get(Object(data), 'title')),
          version: Number(Reflect.get(Object(data), 'version')),
          template: String(Reflect.get(Object(data), 'template')),
          evidenceIds: stringsOf(Reflect.get(Object(data), 'evidenceIds')),
        });
      }
      return reject(
        new Error(String(Reflect.get(Object(data), 'message') ?? 'The report could not be made.')),
      );
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The report worker stopped.'));
    });
    worker.postMessage({ operations, parts, signature: signature ?? null });
  });
}

/**
 * The report's content for the in-page preview: the same report data as the
 * PDF and the HTML twin, built in the report worker without a PDF layout.
 */
export function previewReport(
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/report.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const type: unknown = Reflect.get(Object(event.data), 'type');
      if (type === 'progress') return undefined;
      worker.terminate();
      const html: unknown = Reflect.get(Object(event.data), 'html');
      if (type === 'preview' && typeof html === 'string') return resolve(html);
      return reject(
        new Error(String(Reflect.get(Object(event.data), 'message') ?? 'No preview was made.')),
      );
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The report worker stopped.'));
    });
    worker.postMessage({ operations, parts, signature: null, previewOnly: true });
  });
}
