import { materialise, type Operation } from '../bundle';
import {
  buildOwnershipGraph,
  detectConflicts,
  mergePlacements,
  normaliseCompanyName,
  placementsFrom903,
  placementsFromList8,
  type ConflictReport,
  type EpisodeRow,
  type List8Row,
  type Placement,
} from '../conflicts';
import type { Workbook } from '../domain';
import { normaliseCompanyNumber } from '../domain';
import { readBasicCompanyData, readPscSnapshot } from '../records/companies-house';
import { readOfstedProviders } from '../records/xlsx';
import type { Result } from '../util/result';
import {
  LINK_ENTITY,
  linkRecordSchema,
  REVIEW_ENTITY,
  reviewRecordSchema,
  type LinkRecord,
  type ReviewRecord,
} from './conflict-records';
import { checked, refuse, type CommandContext, type CommandOutcome } from './context';
import { importPartName } from './import-record';
import { importedRecords } from './imported-records';
import { importsFromOperations } from './imports';

function records<T>(
  operations: readonly Operation[],
  entity: string,
  parse: (value: unknown) => T | undefined,
): T[] {
  return Object.values(materialise(operations)[entity] ?? {}).flatMap((record) => {
    const value = parse(record);
    return value === undefined ? [] : [value];
  });
}

/** The link decisions recorded so far. */
function linkDecisions(operations: readonly Operation[]): LinkRecord[] {
  return records(operations, LINK_ENTITY, (r) => linkRecordSchema.safeParse(r).data);
}

/** The flag reviews recorded so far. */
export function flagReviews(operations: readonly Operation[]): ReviewRecord[] {
  return records(operations, REVIEW_ENTITY, (r) => reviewRecordSchema.safeParse(r).data);
}

function isRow(
  value: unknown,
): value is { readonly row: number; readonly values: Readonly<Record<string, unknown>> } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'row' in value &&
    typeof value.row === 'number' &&
    'values' in value &&
    typeof value.values === 'object' &&
    value.values !== null
  );
}

function episodeRows(rows: readonly unknown[]): EpisodeRow[] {
  return rows.filter(isRow).map((row) => ({
    row: row.row,
    values: Object.fromEntries(
      Object.entries(row.values).map(([k, v]) => [k, typeof v === 'string' ? v : '']),
    ),
  }));
}

function list8Rows(rows: readonly unknown[]): List8Row[] {
  return rows.filter(isRow).map((row) => ({
    row: row.row,
    values: Object.fromEntries(
      Object.entries(row.values).map(([k, v]) => [
        k,
        typeof v === 'string' || typeof v === 'number' ? v : null,
      ]),
    ),
  }));
}

/** The last complete collection year before the on-site date. */
function yearBefore(onSiteStart: string): { start: string; end: string } {
  const year = Number(onSiteStart.slice(0, 4));
  const first = Number(onSiteStart.slice(5, 7)) >= 4 ? year - 1 : year - 2;
  return { start: `${first}-04-01`, end: `${first + 1}-03-31` };
}

/**
 * Runs conflict-of-interest detection over a workbook: the ownership graph
 * from the provider lists and Companies House files imported for the whole
 * inspection plus the link decisions; every placement in every owner's 903
 * episodes and Annex A List 8; each delegated provider; and the reviews.
 * The year is the 903 data's collection year, or the last complete year
 * before the on-site date.
 */
export function runConflicts(
  workbook: Workbook,
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
): ConflictReport {
  const settings = [];
  const companies = [];
  const pscs = [];
  for (const entry of importsFromOperations(operations)) {
    const bytes = parts[importPartName(entry.sha256)];
    if (bytes === undefined || entry.owner !== 'inspection') continue;
    if (entry.kind === 'ofsted-providers')
      settings.push(readOfstedProviders(entry.fileName, bytes));
    if (entry.kind === 'ch-basic-company-data')
      companies.push(readBasicCompanyData(entry.fileName, bytes));
    if (entry.kind === 'ch-psc-snapshot') pscs.push(readPscSnapshot(entry.fileName, bytes));
  }
  const placements: Placement[] = [];
  let year: { start: string; end: string } | undefined;
  for (const { owner, files } of importedRecords(operations, parts).owners) {
    if (owner === 'inspection') continue;
    for (const file of files) {
      if (file.year !== undefined) year ??= file.year;
      const episodes = file.tables['Episodes'];
      if (episodes !== undefined)
        placements.push(...placementsFrom903(file.file, episodeRows(episodes)));
      const list8 = file.tables['List 8'];
      if (list8 !== undefined) placements.push(...placementsFromList8(file.file, list8Rows(list8)));
    }
  }
  const graph = buildOwnershipGraph({
    settings,
    companies,
    pscs,
    links: linkDecisions(operations),
  });
  return detectConflicts(graph, {
    providers: workbook.providers.map((p) => ({
      id: p.id,
      name: p.name,
      companyNumber: p.companyNumber,
    })),
    placements: mergePlacements(placements),
    year: year ?? yearBefore(workbook.inspection.onSite.start),
    reviews: flagReviews(operations),
  });
}

/** Records a person's decision on a name ↔ company link (confirmed links count; rejected ones block). */
export function decideLink(
  context: CommandContext,
  input: {
    readonly owner: string;
    readonly company: string;
    readonly decision: 'confirmed' | 'rejected';
  },
): Result<CommandOutcome> {
  const company = normaliseCompanyNumber(input.company);
  if (company === undefined) {
    return refuse(
      'link.company',
      `"${input.company}" is not a Companies House number: use 8 characters such as 01234567.`,
    );
  }
  const id = `${normaliseCompanyName(input.owner)}|${company}`;
  const fields = {
    owner: input.owner.trim(),
    company,
    decision: input.decision,
    by: context.author,
    at: context.now(),
  };
  const exists = linkDecisions(context.operations).some(
    (l) => `${normaliseCompanyName(l.owner)}|${l.company}` === id,
  );
  const operations = exists
    ? Object.entries(fields).flatMap(([field, value]) => {
        const op = context.recorder.change({ entity: LINK_ENTITY, id, field, value });
        return op === null ? [] : [op];
      })
    : context.recorder.create(LINK_ENTITY, id, fields);
  return checked(context, id, operations);
}

/** Marks a flag reviewed with a reason; the review stays in the audit log and the report. */
export function reviewFlag(
  context: CommandContext,
  flagId: string,
  reason: string,
): Result<CommandOutcome> {
  if (reason.trim() === '')
    return refuse(
      'review.reason',
      'A review needs a reason: say why the conflict is managed or not a conflict.',
    );
  const fields = { flagId, by: context.author, at: context.now(), reason };
  const exists = flagReviews(context.operations).some((r) => r.flagId === flagId);
  const operations = exists
    ? Object.entries(fields).flatMap(([field, value]) => {
        const op = context.recorder.change({ entity: REVIEW_ENTITY, id: flagId, field, value });
        return op === null ? [] : [op];
      })
    : context.recorder.create(REVIEW_ENTITY, flagId, fields);
  return checked(context, flagId, operations);
}
