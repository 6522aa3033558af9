import { z } from 'zod';

/**
 * The report worker's messages, one module for both ends, each checked with
 * its schema where it arrives. The page names the store and the inspection;
 * the worker reads the log and the stored records itself, so no page ships
 * the log or any file's bytes to it.
 */

const signatureSchema = z.object({
  signer: z.string().min(1),
  subject: z.string().min(1),
  signedBy: z.string().min(1),
  role: z.enum(['Lead inspector', 'Council officer']),
  signedAt: z.iso.datetime(),
});

/** What the page asks for: a preview, a draft PDF, or a PDF made ready to sign. */
export const reportRequestSchema = z.object({
  /** The IndexedDB database's name (the app's, or a test's). */
  dbName: z.string().min(1),
  inspectionId: z.string().min(1),
  /** For a PDF to sign: the signature block and placeholder; null for a draft. */
  signature: signatureSchema.nullable(),
  previewOnly: z.boolean(),
});

export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** What the worker answers: progress steps, then one of preview, done or failed. */
export const reportReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), step: z.string() }),
  z.object({ type: z.literal('preview'), html: z.string(), version: z.number().int() }),
  z.object({
    type: z.literal('done'),
    pdf: z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
      error: 'expected PDF bytes',
    }),
    html: z.string(),
    title: z.string(),
    version: z.number().int().positive(),
    template: z.string(),
    evidenceIds: z.array(z.string()),
    /** SHA-256 of the log the report was made from (shared/workbook `reportBasisText`). */
    basis: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

export type ReportReply = z.infer<typeof reportReplySchema>;
