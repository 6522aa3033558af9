import type { ReportSignature } from '../../../../shared/reports';
import { pageKeys } from '../../db/protection/page-keys';
import { shareDataKey } from '../../workers/share-data-key';
import { reportReplySchema, type ReportReply, type ReportRequest } from './report-protocol';

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
  /** SHA-256 of the log the report was made from, as a signed version records it. */
  readonly basis: string;
};

/** Where the report comes from: the app's store and one inspection in it. */
export type ReportSource = { readonly dbName: string; readonly inspectionId: string };

/**
 * Runs one request in a fresh report worker, passing each progress step on
 * and settling with the final reply (checked against the protocol).
 */
function ask(
  request: ReportRequest,
  onStep: (step: string) => void,
): Promise<Exclude<ReportReply, { type: 'progress' }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/report.worker.ts', import.meta.url), {
      type: 'module',
    });
    // The worker reads the store itself: it gets the data key first, and a lock ends it.
    const stopSharing = shareDataKey(worker, pageKeys);
    const stopOnLock = pageKeys.subscribe(() => {
      if (pageKeys.current() !== undefined) return;
      end();
      reject(new Error('The workbook was locked before the report was made.'));
    });
    const end = () => {
      stopSharing();
      stopOnLock();
      worker.terminate();
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = reportReplySchema.safeParse(event.data);
      if (!reply.success) {
        end();
        return reject(new Error('The report worker answered in a form not known.'));
      }
      const data = reply.data;
      if (data.type === 'progress') return onStep(data.step);
      end();
      if (data.type === 'failed') return reject(new Error(data.message));
      return resolve(data);
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new Error(event.message || 'The report worker stopped.'));
    });
    worker.postMessage(request);
  });
}

/** Renders the report in a Web Worker; `signature` adds the placeholder and visible block for signing. */
export async function renderReport(
  source: ReportSource,
  signature: ReportSignature | undefined,
  onStep: (step: string) => void,
): Promise<RenderedReport> {
  const reply = await ask({ ...source, signature: signature ?? null, previewOnly: false }, onStep);
  if (reply.type !== 'done') throw new Error('The report worker made no PDF.');
  const { type: _type, ...report } = reply;
  return report;
}

/**
 * The report's content for the in-page preview: the same report data as the
 * PDF and the HTML twin, built in the report worker without a PDF layout.
 */
export async function previewReport(source: ReportSource): Promise<string> {
  const reply = await ask({ ...source, signature: null, previewOnly: true }, () => undefined);
  if (reply.type !== 'preview') throw new Error('No preview was made.');
  return reply.html;
}
