import './buffer-global';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import type { Operation } from '../../../shared/bundle';
import { hrefFor } from '../app/router';
import {
  buildReport,
  reportDocument,
  reportHtml,
  reportPreviewHtml,
  SIGNATURE_BLOCK_ID,
  signatureBox,
  type ReportSignature,
} from '../../../shared/reports';
import {
  importedRecords,
  conflictInputs,
  importsFromOperations,
  indicatorsFor,
  reportBasisText,
  reportConflictsFrom,
  reportIndicatorsFrom,
  reportVersionFor,
  reportVersions,
  runConflicts,
  workbookFromOperations,
  type ImportedRecords,
} from '../../../shared/workbook';
import { openWorkbookDb } from '../db/db';
import { storedRecords } from '../db/stored-records';

// Renders the report once, from the workbook, off the main thread: the PDF
// (with the signature placeholder when it is to be signed) and its accessible
// HTML twin. Signing itself happens in the main process (README, Layout).
pdfMake.addVirtualFileSystem(vfs);
pdfMake.setUrlAccessPolicy(() => false);

/** The imported records: from the store the page names, or from the files it sent. */
async function recordsFor(data: unknown, log: readonly Operation[]): Promise<ImportedRecords> {
  const dbName: unknown = Reflect.get(Object(data), 'dbName');
  const inspectionId: unknown = Reflect.get(Object(data), 'inspectionId');
  if (typeof dbName === 'string' && typeof inspectionId === 'string') {
    const db = openWorkbookDb(dbName);
    try {
      return await storedRecords(db, inspectionId);
    } finally {
      db.close();
    }
  }
  return importedRecords(log, partsFrom(Reflect.get(Object(data), 'parts')));
}

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

/** Bundle part name → bytes, as the page built them from its source-file table. */
function partsFrom(value: unknown): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  if (typeof value !== 'object' || value === null) return parts;
  for (const [name, bytes] of Object.entries(value))
    if (bytes instanceof Uint8Array) parts[name] = bytes;
  return parts;
}

/** The signature block the page sends (from the certificate main returned), or undefined for a draft. */
function signatureFrom(value: unknown): ReportSignature | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (name: string) => String(Reflect.get(value, name) ?? '');
  const role = field('role') === 'Council officer' ? 'Council officer' : 'Lead inspector';
  return {
    signer: field('signer'),
    subject: field('subject'),
    signedBy: field('signedBy'),
    role,
    signedAt: field('signedAt'),
  };
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void (async () => {
    try {
      const data = event.data;
      const operations: unknown = Reflect.get(Object(data), 'operations');
      const signature: unknown = Reflect.get(Object(data), 'signature');
      if (!Array.isArray(operations)) throw new Error('no workbook');
      // The page sends the log it read from its own database.
      // oxlint-disable-next-line typescript/no-unsafe-type-assertion
      const log = operations as Operation[];
      const workbook = workbookFromOperations(log);
      if (!workbook.ok) throw new Error(workbook.error.message);
      const { number } = reportVersionFor(reportVersions(log), reportBasisText(log));
      const signed = signatureFrom(signature);
      // The same records the command reads: what the readers made of each
      // imported file, from the store when the page names it (no file is
      // parsed again), else from the files the page sent.
      const imports = importsFromOperations(log);
      self.postMessage({ type: 'progress', step: 'Computing indicators and checking conflicts' });
      const records = imports.length === 0 ? undefined : await recordsFor(data, log);
      const indicators =
        records === undefined
          ? undefined
          : reportIndicatorsFrom(indicatorsFor(workbook.data, records), workbook.data);
      // The same rule as the Conflicts screen's "not checked".
      const conflicts =
        records !== undefined && conflictInputs(workbook.data, log).checked
          ? reportConflictsFrom(
              runConflicts(workbook.data, log, records),
              new Date().toISOString().slice(0, 10),
            )
          : undefined;
      const report = buildReport(workbook.data, {
        version: number,
        generatedAt: signed?.signedAt ?? new Date().toISOString(),
        ...(signed === undefined ? {} : { signature: signed }),
        ...(indicators === undefined ? {} : { indicators }),
        ...(conflicts === undefined ? {} : { conflicts }),
      });
      if (Reflect.get(Object(data), 'previewOnly') === true) {
        // The page shows the report's content without laying out a PDF.
        const inspectionId = workbook.data.inspection.id;
        const html = reportPreviewHtml(report, (evidenceId) =>
          hrefFor({ name: 'evidence', inspectionId, sub: evidenceId }),
        );
        self.postMessage({ type: 'preview', html, version: number });
        return;
      }
      self.postMessage({ type: 'progress', step: 'Laying out the report' });
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
      self.postMessage({
        type: 'done',
        pdf,
        html: reportHtml(report),
        title: report.title,
        version: number,
        template: report.template,
        evidenceIds: [...report.evidenceIds],
      });
    } catch (error: unknown) {
      self.postMessage({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  })();
});
