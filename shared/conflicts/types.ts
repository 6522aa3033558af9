/**
 * Inputs and outputs of the conflict-of-interest engine. Inputs
 * are plain data as the readers return it (provider-list settings, 903
 * episodes, Annex A List 8 rows, Companies House companies and PSCs) plus the
 * workbook's own records (delegated providers, link decisions, reviews);
 * outputs are JSON-ready (`conflicts --json`). Dates are `YYYY-MM-DD`.
 */
import type { Provider } from '../domain/model/provider';
import type { Company, Psc } from '../records/companies-house/types';
import type { Setting } from '../records/xlsx/setting';

/** Where a fact comes from: the file as the user chose it, and the data's date if known. */
export type Source = { readonly file: string; readonly date: string | null };

/** The fields of a provider-list {@link Setting} the engine uses (a `Setting` fits). */
export type SettingRecord = Pick<
  Setting,
  | 'urn'
  | 'name'
  | 'providerType'
  | 'sector'
  | 'ownerId'
  | 'ownerName'
  | 'topCompany'
  | 'placementCodes'
  | 'status'
  | 'closedDate'
  | 'postcode'
> & { readonly sheet?: string; readonly row?: number };

/** One Ofsted provider list as read (`readOfstedProviders` fits), with the list's date if known. */
export type SettingList = {
  readonly file: string;
  readonly date?: string | null;
  readonly settings: readonly SettingRecord[];
};

/** One basic company data file as read (`readBasicCompanyData` fits). */
export type CompanyList = {
  readonly file: string;
  readonly date?: string | null;
  readonly companies: readonly Company[];
};

/** One PSC snapshot part as read (`readPscSnapshot` fits). */
export type PscList = {
  readonly file: string;
  readonly date?: string | null;
  readonly pscs: readonly Psc[];
};

/**
 * A person's decision on a link between a name (an owner name, a top
 * company or a delegated provider's name) and a company number. Confirmed
 * links count; rejected ones stop a name match or proposal from being made.
 */
export type LinkDecision = {
  readonly owner: string;
  readonly company: string;
  readonly decision: 'confirmed' | 'rejected';
  readonly by: string;
  readonly at: string;
};

/** What {@link buildOwnershipGraph} takes. */
export type GraphInput = {
  readonly settings: readonly SettingList[];
  readonly companies?: readonly CompanyList[];
  readonly pscs?: readonly PscList[];
  readonly links?: readonly LinkDecision[];
  /** Controls that ceased on or before this date (or were notified after it) do not count. */
  readonly asOf?: string | null;
};

/** A delegated provider as the workbook holds it (a domain `Provider` fits). */
export type DelegatedProvider = Pick<Provider, 'id' | 'name'> & {
  readonly companyNumber?: string | undefined;
};

/** Where a placement was read: file, row (as the user sees it) and which return. */
export type PlacementSource = {
  readonly file: string;
  readonly row: number;
  readonly kind: 'ssda903' | 'annex-a';
};

/** One placement of one child, from a 903 episode or an Annex A List 8 row. */
export type Placement = {
  readonly child: string;
  /** Start (903 DECOM; List 8 start of most recent placement), or null when unreadable. */
  readonly start: string | null;
  /** End (903 DEC; List 8 date ceased to be looked after), or null while open. */
  readonly end: string | null;
  /** The placement type (903 PLACE), e.g. `K2`. */
  readonly place: string | null;
  /** The placement provider code (903 PLACE_PROVIDER), e.g. `PR4`. */
  readonly provider: string | null;
  /** The URN as written (`''` when blank, `XXXXXXX` for no Ofsted setting). */
  readonly urn: string;
  readonly postcode: string | null;
  readonly sources: readonly PlacementSource[];
};

/** What a review concluded: a conflict, one with mitigation in place, or none. */
export type ReviewStatus = 'confirmed' | 'mitigated' | 'dismissed';

/** An inspector's review of a flag or lead (no status: a confirmation, as first recorded). */
export type Review = {
  readonly flagId: string;
  readonly status?: ReviewStatus;
  readonly by: string;
  readonly at: string;
  readonly reason: string;
};

/** A collection year (or any period), as ISO dates, both inclusive. */
export type Period = { readonly start: string; readonly end: string };

/** What {@link detectConflicts} takes besides the graph. */
export type DetectInput = {
  readonly providers: readonly DelegatedProvider[];
  readonly placements: readonly Placement[];
  readonly year: Period;
  readonly reviews?: readonly Review[];
};

/** One step of the evidence chain from a setting to a delegated provider. */
export type ChainLink = {
  readonly from: string;
  readonly to: string;
  readonly via: string;
  readonly source: Source;
};

/** A company or other body in a group; `number` is null for a body known only by name. */
export type GroupMember = { readonly number: string | null; readonly name: string };

/** A placement affected by a flag, with its days inside the year. */
export type AffectedPlacement = Omit<Placement, 'sources' | 'postcode'> & {
  readonly days: number;
  readonly sources: readonly PlacementSource[];
};

/** One flag: a delegated provider and a setting its council placed children with. */
export type Conflict = {
  /** Stable across runs: `conflict:` (or `lead:`) + delegated provider id + `:` + URN. */
  readonly id: string;
  readonly kind: 'same-entity' | 'same-group';
  readonly severity: 'high' | 'medium' | 'low';
  readonly delegatedProvider: { readonly id: string; readonly name: string };
  readonly setting: {
    readonly urn: string;
    readonly name: string | null;
    readonly type: string | null;
    readonly sector: string | null;
  };
  readonly owner: {
    readonly name: string;
    /** Every Ofsted Owner ID seen under this owner name. */
    readonly ids: readonly string[];
    readonly company: {
      readonly number: string;
      readonly name: string;
      readonly link: 'matched by name' | 'confirmed';
    } | null;
  };
  /** The group's ultimate parent (null when the two meet without one) and its members. */
  readonly group: { readonly parent: GroupMember | null; readonly members: readonly GroupMember[] };
  /** CHILD ids, sorted. */
  readonly children: readonly string[];
  readonly placements: readonly AffectedPlacement[];
  /** Placement types (PLACE codes) seen, sorted. */
  readonly placementTypes: readonly string[];
  /** Days in placement within the year, summed over the placements. */
  readonly days: number;
  /** Share (0–1, 4 places) of the council's placements in the year that were with the group. */
  readonly groupShare: number;
  readonly groupPlacements: number;
  readonly allPlacements: number;
  readonly chain: readonly ChainLink[];
  readonly review: {
    readonly status: ReviewStatus;
    readonly by: string;
    readonly at: string;
    readonly reason: string;
  } | null;
};

/** A possible conflict a person must look at: not a flag until a link is confirmed. */
export type Lead = Conflict & { readonly reason: string };

/** A placement that could not be used, and why. */
export type SkippedPlacement = PlacementSource & { readonly reason: string };

/** The engine's output (`conflicts --json`). */
export type ConflictReport = {
  readonly asOf: string | null;
  readonly year: Period;
  readonly conflicts: readonly Conflict[];
  readonly leads: readonly Lead[];
  readonly skipped: readonly SkippedPlacement[];
  /** Reviews whose flag no longer exists (the data changed), kept so nothing is lost. */
  readonly unmatchedReviews: readonly Review[];
};
