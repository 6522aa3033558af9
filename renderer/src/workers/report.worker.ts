import './buffer-global';
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import { hrefFor } from '../app/router';
import {
  buildReport,
  reportDocument,
  reportHtml,
  reportPreviewHtml,
} from '../../../shared/reports';
import { signatureFieldFor } from '../../../shared/signing/placeholder';
import { renderPdf } from '../../../shared/signing/render-pdf';
import { reportInputs, reportNeedsRecords } from '../../../shared/tasks/report-inputs';
import {
  reportBasisText,
  reportVersionFor,
  reportVersions,
  workbookFromOperations,
} from '../../../shared/workbook';
import { comparatorsInForce } from '../db/comparators-store';
import { openWorkbookDb } from '../db/db';
import { dataKeySettled, takeDataKey, workerKeys } from './worker-keys';
import { storedRecords } from '../db/stored-records';
import { loadOperations } from '../db/workbook-repository';
import {
  reportReplySchema,
  reportRequestSchema,
  type ReportReply,
} from '../features/report/report-protocol';

// Renders the report once, from the workbook, off the main thread: the PDF
// (with the signature placeholder when it is to be signed) and its accessible
// HTML twin. It reads the log and the stored records from the store the page
// names; signing itself happens where the certificate is held (the desktop
// app's main process, or the browser host's signing worker).
pdfMake.addVirtualFileSystem(vfs);
pdfMake.setUrlAccessPolicy(() => false);

/** SHA-256 as lower-case hex, with the worker's own WebCrypto. */
async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Posts a reply, checked against the protocol first so a wrong shape fails here, not in the page. */
function reply(message: ReportReply): void {
  self.postMessage(reportReplySchema.parse(message));
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  // A lock ends this worker's task: the page stops waiting for it (report-client.ts).
  if (takeDataKey(event.data, () => undefined)) return;
  void (async () => {
    try {
      await dataKeySettled();
      const request = reportRequestSchema.safeParse(event.data);
      if (!request.success) throw new Error('The report worker was sent a request it cannot read.');
      const { dbName, inspectionId, previewOnly } = request.data;
      const signed = request.data.signature ?? undefined;
      // The log and the stored records, read from the store the page names: no
      // file is parsed again, and the page ships neither the log nor files.
      const db = openWorkbookDb(dbName, workerKeys);
      const read = await (async () => {
        try {
          const log = await loadOperations(db, inspectionId);
          const records = reportNeedsRecords(log)
            ? await storedRecords(db, inspectionId)
            : undefined;
          // The comparators in force: a newer DfE release loaded in Settings, else the bundled one.
          const comparators = await comparatorsInForce(db);
          return { log, records, comparators };
        } finally {
          db.close();
        }
      })();
      const { log } = read;
      const workbook = workbookFromOperations(log);
      if (!workbook.ok) throw new Error(workbook.error.message);
      const basis = await sha256Hex(reportBasisText(log));
      const { number } = reportVersionFor(reportVersions(log), basis);
      reply({ type: 'progress', step: 'Computing indicators and checking conflicts' });
      // The command's own rule for what the report shows of the records (shared/tasks).
      const { indicators, conflicts, comparators } = reportInputs(
        workbook.data,
        log,
        read.records,
        new Date().toISOString().slice(0, 10),
        undefined,
        read.comparators,
      );
      const report = buildReport(workbook.data, {
        version: number,
        generatedAt: signed?.signedAt ?? new Date().toISOString(),
        ...(signed === undefined ? {} : { signature: signed }),
        ...(indicators === undefined ? {} : { indicators }),
        ...(conflicts === undefined ? {} : { conflicts }),
        ...(comparators === undefined ? {} : { comparators }),
      });
      if (previewOnly) {
        // The page shows the report's content without laying out a PDF.
        const html = reportPreviewHtml(report, (evidenceId) =>
          hrefFor({ name: 'evidence', inspectionId, sub: evidenceId }),
        );
        reply({ type: 'preview', html, version: number });
        return;
      }
      reply({ type: 'progress', step: 'Laying out the report' });
      // The shared pipeline lays it out and adds the signature placeholder;
      // this host supplies pdfmake's browser build.
      const pdf = await renderPdf(
        reportDocument(report),
        (definition) => pdfMake.createPdf(definition).getStream(),
        signed === undefined
          ? undefined
          : signatureFieldFor({
              title: report.title,
              version: number,
              signature: signed,
              location: workbook.data.inspection.council.name,
            }),
      );
      reply({
        type: 'done',
        pdf,
        html: reportHtml(report),
        title: report.title,
        version: number,
        template: report.template,
        evidenceIds: [...report.evidenceIds],
        basis,
      });
    } catch (error: unknown) {
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
