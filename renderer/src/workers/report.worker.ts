import './buffer-global';
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import type { Operation } from '../../../shared/bundle';
import { hrefFor } from '../app/router';
import {
  buildReport,
  reportDocument,
  reportHtml,
  reportPreviewHtml,
  type ReportSignature,
} from '../../../shared/reports';
import { signatureFieldFor } from '../../../shared/signing/placeholder';
import { renderPdf } from '../../../shared/signing/render-pdf';
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
// HTML twin. Signing itself happens where the certificate is held: the
// desktop app's main process, or the browser host's signing worker.
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
