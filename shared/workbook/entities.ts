import { z } from 'zod';
import { bytesPart, type EntityRegistry, type PartRule } from '../bundle';
import {
  acceptanceSchema,
  evidenceSchema,
  findingSchema,
  improvementSchema,
  inspectionSchema,
  judgementSchema,
  priorityActionSchema,
  providerSchema,
} from '../domain';
import {
  LINK_ENTITY,
  linkRecordSchema,
  REVIEW_ENTITY,
  reviewRecordSchema,
} from './conflict-records';
import { IMPORT_ENTITY, importRecordSchema } from './import-record';
import { MEMBER_KEY_ENTITY, memberKeyRecordSchema } from './member-key-record';
import { REPORT_VERSION_ENTITY, reportVersionRecordSchema } from './report-version';
import {
  ROSTER_ENTITY,
  ROSTER_SEAL_ENTITY,
  rosterMemberSchema,
  rosterSealSchema,
} from './roster-record';

/**
 * How the domain model is kept in the operation log: one entity type per
 * kind of record, each record stored under a key. Records with an `id` are
 * keyed by it; a judgement is keyed by its area (one per area), an
 * acceptance by its rule, and the headline summary is a single record.
 */
export const entityTypes = {
  inspection: 'inspection',
  provider: 'provider',
  evidence: 'evidence',
  judgement: 'judgement',
  finding: 'finding',
  improvement: 'improvement',
  priorityAction: 'priority-action',
  acceptance: 'acceptance',
  summary: 'summary',
} as const;

/** The key of the one summary record. */
export const SUMMARY_ID = 'summary';

/**
 * Validates a materialised record (which the bundle stores without its id)
 * with a domain schema that expects the id inside the record.
 */
function keyedBy(schema: z.ZodType, key: string | null) {
  return z.record(z.string(), z.unknown()).superRefine((record, ctx) => {
    const candidate = key === null ? record : { [key]: 'key', ...record };
    const result = schema.safeParse(candidate);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });
}

/** The record schemas the bundle checks every materialised record against. */
export const workbookEntities: EntityRegistry = {
  [entityTypes.inspection]: keyedBy(inspectionSchema, 'id'),
  [entityTypes.provider]: keyedBy(providerSchema, 'id'),
  [entityTypes.evidence]: keyedBy(evidenceSchema, 'id'),
  [entityTypes.judgement]: keyedBy(judgementSchema, null),
  [entityTypes.finding]: keyedBy(findingSchema, 'id'),
  [entityTypes.improvement]: keyedBy(improvementSchema, 'id'),
  [entityTypes.priorityAction]: keyedBy(priorityActionSchema, 'id'),
  [entityTypes.acceptance]: keyedBy(acceptanceSchema, null),
  [entityTypes.summary]: z.object({ text: z.string() }),
  [IMPORT_ENTITY]: importRecordSchema,
  [LINK_ENTITY]: linkRecordSchema,
  [REVIEW_ENTITY]: reviewRecordSchema,
  [REPORT_VERSION_ENTITY]: reportVersionRecordSchema,
  [MEMBER_KEY_ENTITY]: memberKeyRecordSchema,
  [ROSTER_ENTITY]: rosterMemberSchema,
  [ROSTER_SEAL_ENTITY]: rosterSealSchema,
};

/**
 * The named parts a workbook bundle may carry besides its log; each is
 * checked on read. Attachments are opaque bytes named by their SHA-256.
 */
export const workbookParts: readonly PartRule[] = [
  { name: 'attachments/', schema: bytesPart },
  // The source files of imports, named by their SHA-256.
  { name: 'imports/', schema: bytesPart, namedBy: 'sha256' },
  // What the readers made of each import (rows and problems), named by the
  // import's id; checked where it is read (shared/records/stored-read.ts),
  // and made again from the source file when damaged or from other rules.
  { name: 'reads/', schema: bytesPart },
  // What each member's copy remembers of the team folder (shared/sync/state.ts),
  // read and checked by the sync pass, which starts again from the folder when damaged.
  { name: 'sync/', schema: bytesPart },
];
