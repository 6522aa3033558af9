import type { Operation } from '../bundle';
import type { Conflict, ConflictReport, Lead } from '../conflicts';
import type { Workbook } from '../domain';
import { importsFromOperations } from './imports';

/** Kinds of file that hold placements (a child's setting by URN). */
const placementKinds = new Set(['ssda903-csv', 'ssda903-xml', 'annex-a']);

/** What the conflicts check has to work with, and what it lacks, in words. */
export type ConflictInputs = {
  /**
   * Whether the check can run at all: as the report decides, only once an
   * Ofsted provider list is held (without one no placement has an owner, so
   * "no conflicts" would be a claim the data cannot support).
   */
  readonly checked: boolean;
  /** Each missing input, as a sentence saying what to import or add. */
  readonly missing: readonly string[];
};

/**
 * The inputs of the conflicts check, so a screen can say "not checked" and
 * what is missing rather than "no conflicts found": placements imported for the council or a delegated provider, Ofsted
 * provider lists and Companies House files imported for the whole inspection,
 * and the delegated providers themselves.
 */
export function conflictInputs(
  workbook: Workbook,
  operations: readonly Operation[],
): ConflictInputs {
  const imports = importsFromOperations(operations);
  const wide = imports.filter((i) => i.owner === 'inspection');
  const hasLists = wide.some((i) => i.kind === 'ofsted-providers');
  const hasCompanies = wide.some(
    (i) => i.kind === 'ch-basic-company-data' || i.kind === 'ch-psc-snapshot',
  );
  const hasPlacements = imports.some((i) => i.owner !== 'inspection' && placementKinds.has(i.kind));
  const missing = [
    hasPlacements
      ? undefined
      : 'No placement records: import SSDA903 episodes or Annex A List 8 for the council or a delegated provider.',
    hasLists
      ? undefined
      : 'No Ofsted provider list: import one for the whole inspection, so each placement’s setting has an owner.',
    hasCompanies
      ? undefined
      : 'No ownership data: import Companies House basic company data and PSC files for the whole inspection, so corporate groups can be followed.',
    workbook.providers.length > 0
      ? undefined
      : 'No delegated providers: add the bodies the council has delegated services to.',
  ].filter((line) => line !== undefined);
  return { checked: hasLists, missing };
}

/** What a link decision would change: flags and leads that appear or disappear. */
export type ConflictChanges = {
  readonly flagsAdded: readonly Conflict[];
  readonly flagsRemoved: readonly Conflict[];
  readonly leadsAdded: readonly Lead[];
  readonly leadsRemoved: readonly Lead[];
};

function missingFrom<T extends { readonly id: string }>(
  from: readonly T[],
  other: readonly T[],
): T[] {
  const ids = new Set(other.map((entry) => entry.id));
  return from.filter((entry) => !ids.has(entry.id));
}

/** The flags and leads in one report and not the other, by id (ids are stable across runs). */
export function conflictChanges(before: ConflictReport, after: ConflictReport): ConflictChanges {
  return {
    flagsAdded: missingFrom(after.conflicts, before.conflicts),
    flagsRemoved: missingFrom(before.conflicts, after.conflicts),
    leadsAdded: missingFrom(after.leads, before.leads),
    leadsRemoved: missingFrom(before.leads, after.leads),
  };
}

/** Flags that share a corporate group (its ultimate parent), in the order of their first flag. */
export type FlagGroup<T> = {
  /** The group's parent company name, or the owner's name where no parent was found. */
  readonly name: string;
  readonly flags: readonly T[];
};

/**
 * Gathers flags by corporate group, keeping the check's order inside each
 * group and ordering groups by their first (most severe) flag. A flag whose
 * owner has no parent company on record is its own group, named by owner.
 */
export function flagGroups<T extends Pick<Conflict, 'group' | 'owner'>>(
  flags: readonly T[],
): FlagGroup<T>[] {
  const groups = new Map<string, { name: string; flags: T[] }>();
  for (const flag of flags) {
    const parent = flag.group.parent;
    const key =
      parent === null ? `owner:${flag.owner.name}` : `group:${parent.number ?? parent.name}`;
    const name = parent === null ? flag.owner.name : parent.name;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { name, flags: [flag] });
    else group.flags.push(flag);
  }
  return [...groups.values()];
}

/** A names-alike link a person can confirm or dismiss, with the leads resting on it. */
export type LeadLink = {
  readonly owner: string;
  readonly company: string;
  readonly companyName: string;
  readonly reason: string;
  readonly leads: readonly Lead[];
};

/** The company a names-alike lead points at, from its chain: `NAME (01234567)`. */
function companyOf(lead: Lead): { number: string; name: string } | undefined {
  const step = lead.chain.find((link) => link.via.startsWith('names alike'));
  const match = step === undefined ? null : /^(.*) \(([A-Z0-9]{8})\)$/.exec(step.to);
  return match?.[1] === undefined || match[2] === undefined
    ? undefined
    : { name: match[1], number: match[2] };
}

/**
 * Leads gathered by the link they rest on (one owner name and one company),
 * so one decision is offered once however many settings it touches; leads
 * with no such link (a blank URN matched by postcode) are returned apart.
 */
export function leadLinks(leads: readonly Lead[]): {
  readonly links: readonly LeadLink[];
  readonly other: readonly Lead[];
} {
  const links = new Map<string, LeadLink & { leads: Lead[] }>();
  const other: Lead[] = [];
  for (const lead of leads) {
    const company = companyOf(lead);
    if (company === undefined) {
      other.push(lead);
      continue;
    }
    const key = `${lead.owner.name}|${company.number}`;
    const known = links.get(key);
    if (known === undefined)
      links.set(key, {
        owner: lead.owner.name,
        company: company.number,
        companyName: company.name,
        reason: lead.reason,
        leads: [lead],
      });
    else known.leads.push(lead);
  }
  return { links: [...links.values()], other };
}
