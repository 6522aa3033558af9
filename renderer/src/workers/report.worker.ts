import './buffer-global';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import { hrefFor } from '../app/router';
import {
  buildReport,
  reportDocument,
  reportHtml,
  reportPreviewHtml,
  SIGNATURE_BLOCK_ID,
  signatureBox,
} from '../../../shared/reports';
import { reportInputs, reportNeedsRecords } from '../../../shared/tasks/report-inputs';
import {
  reportBasisText,
  reportVersionFor,
  reportVersions,
  workbookFromOperations,
} from '../../../shared/workbook';
import { openWorkbookDb } from '../db/db';
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

/** Room for the CMS in /Contents, as in the Node renderer. */
const SIGNATURE_LENGTH = 16_384;

type PdfKitDoc = {
  page: { height: number };
  on(event: string, listener: (chunk?: Uint8Array) => void): void;
  end(): void;
};

function isDoc(value: unknown): value is PdfKitDoc {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'end') === 'function'
  );
}

function widgetRect(
  definition: { content: unknown[] },
  doc: PdfKitDoc,
  pageCount: number,
): [number, number, number, number] {
  const block = definition.content.find(
    (node) =>
      typeof node === 'object' && node !== null && Reflect.get(node, 'id') === SIGNATURE_BLOCK_ID,
  );
  const positions: unknown =
    block === undefined ? undefined : Reflect.get(Object(block), 'positions');
  const first: unknown = Array.isArray(positions) ? positions[0] : undefined;
  const page = Number(Reflect.get(Object(first), 'pageNumber'));
  const left = Number(Reflect.get(Object(first), 'left'));
  const topAt = Number(Reflect.get(Object(first), 'top'));
  if (!Number.isFinite(left) || page !== pageCount) return [0, 0, 0, 0];
  const x = left - signatureBox.offsetX;
  const top = doc.page.height - (topAt - signatureBox.offsetY);
  return [x, top - signatureBox.height, x + signatureBox.width, top];
}

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
  void (async () => {
    try {
      const request = reportRequestSchema.safeParse(event.data);
      if (!request.success) throw new Error('The report worker was sent a request it cannot read.');
      const { dbName, inspectionId, previewOnly } = request.data;
      const signed = request.data.signature ?? undefined;
      // The log and the stored records, read from the store the page names: no
      // file is parsed again, and the page ships neither the log nor files.
      const db = openWorkbookDb(dbName);
      const read = await (async () => {
        try {
          const log = await loadOperations(db, inspectionId);
          const records = reportNeedsRecords(log)
            ? await storedRecords(db, inspectionId)
            : undefined;
          return { log, records };
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
      const { indicators, conflicts } = reportInputs(
        workbook.data,
        log,
        read.records,
        new Date().toISOString().slice(0, 10),
      );
      const report = buildReport(workbook.data, {
        version: number,
        generatedAt: signed?.signedAt ?? new Date().toISOString(),
        ...(signed === undefined ? {} : { signature: signed }),
        ...(indicators === undefined ? {} : { indicators }),
        ...(conflicts === undefined ? {} : { conflicts }),
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
      const definition = reportDocument(report);
      let pageCount = 0;
      const footer = definition.footer;
      const counted = {
        ...definition,
        footer: (current: number, count: number) => ((pageCount = count), footer(current, count)),
      };
      const doc: unknown = await pdfMake.createPdf(counted).getStream();
      if (!isDoc(doc)) throw new Error('pdfmake returned no document');
      if (signed !== undefined) {
        pdfkitAddPlaceholder({
          pdf: doc,
          pdfBuffer: Buffer.alloc(0),
          reason: `${report.title}, version ${number}, approved by the ${signed.role.toLowerCase()}`,
          contactInfo: signed.signedBy,
          name: signed.signer,
          location: workbook.data.inspection.council.name,
          signingTime: new Date(signed.signedAt),
          signatureLength: SIGNATURE_LENGTH,
          subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
          widgetRect: widgetRect(counted, doc, pageCount),
          appName: 'InspectionWorkbook',
        });
      }
      const chunks: Uint8Array[] = [];
      const pdf = await new Promise<Uint8Array>((resolve) => {
        doc.on('data', (chunk) => {
          if (chunk !== undefined) chunks.push(chunk);
        });
        doc.on('end', () => {
          const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
          let at = 0;
          for (const chunk of chunks) {
            out.set(chunk, at);
            at += chunk.byteLength;
          }
          resolve(out);
        });
        doc.end();
      });
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
