import { materialise, type Operation } from '../bundle';
import { normaliseCompanyName, type LinkDecision } from '../conflicts';
import { normaliseCompanyNumber } from '../domain';
import type { Result } from '../util/result';
import {
  LINK_ENTITY,
  linkRecordSchema,
  REVIEW_ENTITY,
  reviewRecordSchema,
  reviewStatuses,
  type LinkRecord,
  type ReviewRecord,
  type ReviewStatus,
} from './conflict-records';
import { checked, refuse, type CommandContext, type CommandOutcome } from './context';

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

/** A link someone confirmed or rejected (an undone one is undecided and left out). */
export type DecidedLink = LinkRecord & { readonly decision: 'confirmed' | 'rejected' };

function isDecided(link: LinkRecord): link is DecidedLink {
  return link.decision !== 'undecided';
}

/** The key of a link: the owner name as the engine compares names, and the company number. */
export function linkKey(owner: string, company: string): string {
  return `${normaliseCompanyName(owner)}|${company}`;
}

function linkRecords(operations: readonly Operation[]): LinkRecord[] {
  return records(operations, LINK_ENTITY, (r) => linkRecordSchema.safeParse(r).data);
}

/** The link decisions in force: confirmed and rejected links, not those undone. */
export function linkDecisions(operations: readonly Operation[]): DecidedLink[] {
  return linkRecords(operations).filter(isDecided);
}

/** The flag reviews recorded so far. */
export function flagReviews(operations: readonly Operation[]): ReviewRecord[] {
  return records(operations, REVIEW_ENTITY, (r) => reviewRecordSchema.safeParse(r).data);
}

/**
 * A link decision someone is about to make (or undo, `undecided`), so the
 * page can say what it would change before anything is recorded.
 */
export type LinkChange = {
  readonly owner: string;
  readonly company: string;
  readonly decision: LinkRecord['decision'];
};

/** The link decisions in force with `change` made (a what-if), or as they are. */
export function linksWith(links: readonly DecidedLink[], change?: LinkChange): LinkDecision[] {
  if (change === undefined) return [...links];
  const key = linkKey(change.owner, change.company);
  const others = links.filter((link) => linkKey(link.owner, link.company) !== key);
  return change.decision === 'undecided'
    ? others
    : [...others, { ...change, decision: change.decision, by: 'what if', at: '' }];
}

function companyNumber(input: string): Result<string> {
  const company = normaliseCompanyNumber(input);
  return company === undefined
    ? refuse(
        'link.company',
        `"${input}" is not a Companies House number: use 8 characters such as 01234567.`,
      )
    : { ok: true, data: company };
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
  const number = companyNumber(input.company);
  if (!number.ok) return number;
  const company = number.data;
  if (input.owner.trim() === '')
    return refuse('link.owner', 'A link needs the owner name as the provider list writes it.');
  const id = linkKey(input.owner, company);
  const fields = {
    owner: input.owner.trim(),
    company,
    decision: input.decision,
    by: context.author,
    at: context.now(),
  };
  // An undone link is still in the log under its key: decide it again by changing it.
  const exists = linkRecords(context.operations).some((l) => linkKey(l.owner, l.company) === id);
  const operations = exists
    ? Object.entries(fields).flatMap(([field, value]) => {
        const op = context.recorder.change({ entity: LINK_ENTITY, id, field, value });
        return op === null ? [] : [op];
      })
    : context.recorder.create(LINK_ENTITY, id, fields);
  return checked(context, id, operations);
}

/**
 * Returns a confirmed or rejected link to undecided: a new change in the log
 * (the decision before it stays in the audit trail), after which the names
 * match, or lead, as if no one had decided.
 */
export function undoLink(
  context: CommandContext,
  input: { readonly owner: string; readonly company: string },
): Result<CommandOutcome> {
  const number = companyNumber(input.company);
  if (!number.ok) return number;
  const id = linkKey(input.owner, number.data);
  const decided = linkDecisions(context.operations).find((l) => linkKey(l.owner, l.company) === id);
  if (decided === undefined)
    return refuse(
      'link.undecided',
      `No decided link between "${input.owner.trim()}" and ${number.data}: there is nothing to undo.`,
    );
  const fields = { decision: 'undecided', by: context.author, at: context.now() };
  const operations = Object.entries(fields).flatMap(([field, value]) => {
    const op = context.recorder.change({ entity: LINK_ENTITY, id, field, value });
    return op === null ? [] : [op];
  });
  return checked(context, id, operations);
}

function isReviewStatus(value: string): value is ReviewStatus {
  return reviewStatuses.some((status) => status === value);
}

/**
 * Records a flag's review: its status (a conflict, mitigated, or not a
 * conflict) and the reason. Reviewing again changes it; every version stays
 * in the audit log, and the latest is the one the report prints.
 */
export function reviewFlag(
  context: CommandContext,
  flagId: string,
  reason: string,
  status: string = 'confirmed',
): Result<CommandOutcome> {
  if (!isReviewStatus(status))
    return refuse(
      'review.status',
      `"${status}" is not a review status: use ${reviewStatuses.join(', ')}.`,
    );
  if (reason.trim() === '')
    return refuse(
      'review.reason',
      'A review needs a reason: say why the conflict is managed or not a conflict.',
    );
  const fields = { flagId, status, by: context.author, at: context.now(), reason };
  const exists = flagReviews(context.operations).some((r) => r.flagId === flagId);
  const operations = exists
    ? Object.entries(fields).flatMap(([field, value]) => {
        const op = context.recorder.change({ entity: REVIEW_ENTITY, id: flagId, field, value });
        return op === null ? [] : [op];
      })
    : context.recorder.create(REVIEW_ENTITY, flagId, fields);
  return checked(context, flagId, operations);
}
