/**
 * The simulated children behind the demo records, before they are written
 * out as 903 tables and Annex A lists. Dates are day numbers (days since
 * 1970-01-01, as shared/records/ssda903/dates.ts counts them).
 */
import { dayNumber, isoFromDay } from '../../records/ssda903/dates';
import type { AreaKey } from './places';
import type { Random } from './random';

/** Which delegated provider works with the child. */
export type Scope = 'trust' | 'swp';

/** Where a child lives during one episode. */
export type Placement = {
  readonly place: string;
  readonly provider: string;
  /** Ofsted URN, or `XXXXXXX` where Ofsted does not inspect the setting. */
  readonly urn: string;
  readonly plPost: string;
  readonly area: AreaKey;
};

/** One 903 episode. */
export type Episode = {
  readonly start: number;
  /** The day it ceased; undefined when still open at the end of the year. */
  end: number | undefined;
  readonly rne: string;
  readonly ls: string;
  placement: Placement;
  /** REC: `X1` when the child stayed in care, an E-code when the period ended, '' when open. */
  rec: string;
  readonly reason: string;
};

/** One period of care: from entering care to leaving it (or the year's end). */
export type Period = {
  readonly start: number;
  readonly end: number | undefined;
  readonly rec: string;
  readonly episodes: Episode[];
};

/** A missing (`M`) or away (`A`) episode. */
export type Away = { readonly kind: 'M' | 'A'; readonly start: number; readonly end: number };

/** A social worker's time with the child (SW_Episodes). */
export type Worker = {
  readonly id: string;
  readonly start: number;
  readonly end: number | undefined;
  readonly reason: string;
};

/** A care leaver's situation (OC3, Annex A List 9). */
export type Leaver = {
  readonly inTouch: string;
  readonly activity: string;
  readonly accommodation: string;
  readonly eligibility: 'Relevant child' | 'Former relevant child';
};

/** PrevPerm: the option (PREV_PERM), and where and when it was ordered ('' and undefined for Z1). */
export type PrevPerm = {
  readonly option: string;
  readonly la: string;
  readonly date: number | undefined;
};

/**
 * A child's adoption: the decision that the child should be placed
 * (PlacedAdoption DATE_PLACED, AD1 DATE_INT) and, for a child adopted in the
 * year, the AD1 items.
 */
export type Adoption = {
  readonly decided: number;
  readonly adopted?: {
    readonly matched: number;
    readonly fosterCarers: boolean;
    readonly adopters: number;
    readonly sex: string;
    readonly legal: string;
  };
};

/** OC2 answers, by 903 column. */
export type Health = Readonly<Record<string, string>>;

/** Dates kept for Annex A List 8 (ISO day numbers); undefined when none recorded. */
export type CaseDates = {
  readonly visit: number | undefined;
  readonly iro: number | undefined;
  readonly healthAssessment: number | undefined;
  readonly dental: number | undefined;
  readonly plan: string;
  readonly returnOffered: boolean;
  readonly returnAccepted: boolean;
};

/** One simulated child or young person. */
export type Child = {
  id: string;
  scope: Scope;
  readonly sex: string;
  readonly dob: number;
  readonly ethnic: string;
  readonly upn: string;
  readonly mother: string;
  readonly mcDob: number | undefined;
  readonly uasc: boolean;
  readonly disability: boolean;
  readonly need: string;
  readonly homePost: string;
  /** Periods of care overlapping the year, oldest first; empty for OC3-only care leavers. */
  readonly periods: Period[];
  reviews: number[];
  away: Away[];
  health: Health | undefined;
  workers: Worker[];
  /** Previous permanence for a child who started a period of care in the year. */
  prevPerm: PrevPerm | undefined;
  /** The decision to place for adoption and the adoption, for a child on an adoption plan. */
  adoption: Adoption | undefined;
  leaver: Leaver | undefined;
  /** True for a care leaver in the OC3 cohort (aged 19–21 in the year). */
  readonly oc3: boolean;
  dates: CaseDates | undefined;
};

/** The collection year and the seeded generator, shared by every step. */
export type Context = {
  readonly random: Random;
  /** 1 April, as a day number. */
  readonly start: number;
  /** 31 March, as a day number. */
  readonly end: number;
  /** The UPNs given so far, so each child's is their own (DfE rule 444). */
  readonly upns: Set<string>;
};

/**
 * The day a child born on `dob` turns `age`. A 29 February birthday falls on
 * 28 February in a common year, as the DfE's validator counts a birthday
 * (so its age rules and the simulation agree on every child's age).
 */
export function birthday(dob: number, age: number): number {
  const iso = isoFromDay(dob);
  const year = Number(iso.slice(0, 4)) + age;
  const month = Number(iso.slice(5, 7));
  const date = Number(iso.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return dayNumber(year, month, month === 2 && date === 29 && !leap ? 28 : date);
}

/** A child's age in whole years on `day`. */
export function ageOn(dob: number, day: number): number {
  const years = Number(isoFromDay(day).slice(0, 4)) - Number(isoFromDay(dob).slice(0, 4));
  return birthday(dob, years) <= day ? years : years - 1;
}

/** Every episode of a child, oldest first. */
export function episodesOf(child: Child): Episode[] {
  return child.periods.flatMap((period) => period.episodes);
}
