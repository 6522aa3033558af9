import { z } from 'zod';
import type { Operation } from '../bundle';
import { reportTemplates } from '../reports/types';
import { err, ok, type Result } from '../util/result';
import type { CommandContext, CommandOutcome } from './context';
import { firstIssue } from '../util/zod-issues';

/** The entity type of signed report versions in the log. */
export const REPORT_VERSION_ENTITY = 'report-version';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 digest' });

/**
 * One signed, locked report version as the log records it: the SHA-256 of the final signed PDF and of its HTML twin, who
 * signed (the certificate's subject, and the team member and role), when,
 * the evidence ids the report rests on, and `basis`, the SHA-256 of the
 * workbook's log without report versions, so any later change to the
 * workbook makes a new draft version. Versions are numbered 1, 2, … and are
 * only ever created, never changed.
 */
export const reportVersionRecordSchema = z.object({
  number: z.number().int().min(1),
  template: z.enum(reportTemplates),
  pdfSha256: sha256,
  htmlSha256: sha256,
  signer: z.string().min(1),
  signerName: z.string().min(1),
  signedBy: z.string().min(1),
  role: z.enum(['lead', 'council-officer']),
  signedAt: z.iso.datetime({ offset: true }),
  evidenceIds: z.array(z.string().min(1)),
  basis: sha256,
});

/** A signed report version, as recorded. */
export type ReportVersionRecord = z.output<typeof reportVersionRecordSchema>;

/** A signed report version with its id. */
export type ReportVersion = ReportVersionRecord & { readonly id: string };

/**
 * The signed versions in a log, oldest first. Each field is read from the
 * op that created it (`prev === null`): a signed version never changes, so
 * a later op on it (from a hand-edited or merged log) is ignored.
 */
export function reportVersions(operations: readonly Operation[]): ReportVersion[] {
  const fields = new Map<string, Record<string, unknown>>();
  for (const op of operations) {
    if (op.entity !== REPORT_VERSION_ENTITY || op.prev !== null || op.field.startsWith('$')) {
      continue;
    }
    const record = fields.get(op.entityId) ?? {};
    if (!(op.field in record)) record[op.field] = op.value;
    fields.set(op.entityId, record);
  }
  const versions: ReportVersion[] = [];
  for (const [id, record] of fields) {
    const parsed = reportVersionRecordSchema.safeParse(record);
    if (parsed.success) versions.push({ ...parsed.data, id });
  }
  return versions.sort((a, b) => a.number - b.number);
}

/**
 * The text whose SHA-256 is a version's `basis`: the ids of every op in the
 * log except report versions, sorted, one per line. Two logs with the same
 * ops (in any order, e.g. after a merge) have the same basis.
 */
export function reportBasisText(operations: readonly Operation[]): string {
  return operations
    .filter((op) => op.entity !== REPORT_VERSION_ENTITY)
    .map((op) => op.id)
    .sort()
    .join('\n');
}

/**
 * Where the report stands for a workbook state: the number the next report
 * takes and, if this very state was already signed, that version.
 */
export function reportVersionFor(
  versions: readonly ReportVersion[],
  basis: string,
): { readonly number: number; readonly signed: ReportVersion | null } {
  const signed = versions.find((v) => v.basis === basis) ?? null;
  if (signed !== null) return { number: signed.number, signed };
  return { number: Math.max(0, ...versions.map((v) => v.number)) + 1, signed: null };
}

/**
 * Records a signed report version. Refused if this workbook state is already
 * signed (a signed version never changes; change the workbook to make a new
 * version) or if the number is not the next one.
 */
export function recordReportVersion(
  context: CommandContext,
  record: ReportVersionRecord,
): Result<CommandOutcome> {
  const parsed = reportVersionRecordSchema.safeParse(record);
  if (!parsed.success) {
    return err('report-version.invalid', firstIssue(parsed.error).message);
  }
  const versions = reportVersions(context.operations);
  const existing = reportVersionFor(versions, record.basis);
  if (existing.signed !== null) {
    return err(
      'report-version.signed',
      `this state of the workbook is already signed as report version ${existing.signed.number}; a signed version never changes (change the workbook to make a new version)`,
    );
  }
  if (record.number !== existing.number) {
    return err(
      'report-version.number',
      `the next report version is ${existing.number}, not ${record.number}`,
    );
  }
  const id = context.newId('rv');
  return ok({
    id,
    operations: context.recorder.create(REPORT_VERSION_ENTITY, id, parsed.data),
  });
}
