/**
 * DfE 903 rules 440–460: participation in reviews by age, the unique pupil
 * number, the placement order status before December 2005, and staying put
 * at 18. Each rule's text is in catalogue.ts; a comment gives the reading
 * where the text leaves a choice. Codes are the DfE SSDA903 guidance's
 * (https://www.gov.uk/guidance/children-looked-after-return).
 */
import { dayNumber } from '../dates';
import type { DfeFlag, DfeInput, DfeRule } from './rule';
import { addYears, ageAtEnd, dfeDay } from './helpers-3xx';
import { view } from './view';

/** REVIEW_CODE for a child under 4 at the review (PN0); PN1–PN7 are ways a child of 4 or over took part. */
const UNDER_FOUR = 'PN0';
const FOUR_OR_OVER = new Set(['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);

/** UPN codes for a child with no UPN (UN1–UN5), which many children share. */
const NO_UPN = new Set(['UN1', 'UN2', 'UN3', 'UN4', 'UN5']);

/** Placement orders (LS E1) began with the Adoption and Children Act 2002 on 30 December 2005; the rule says December 2005. */
const PLACEMENT_ORDERS_FROM = dayNumber(2005, 12, 1);

/**
 * The review's participation code against the child's age on the review
 * day (the Reviews row's own DOB): a child is 4 from their 4th birthday.
 * `under` says which way round the code is wrong.
 */
function participationAge(under: boolean) {
  return ({ tables }: DfeInput, flag: DfeFlag): void => {
    const reviews = view(tables.Reviews);
    const dobs = reviews.date('DOB');
    const days = reviews.date('REVIEW');
    reviews.code('REVIEW_CODE').forEach((participation, at) => {
      const dob = dobs[at];
      const review = days[at];
      if (dob === undefined || review === undefined) return;
      const four = review >= addYears(dob, 4);
      if (under ? participation === UNDER_FOUR && four : FOUR_OR_OVER.has(participation) && !four) {
        reviews.flag(flag, at, ['REVIEW_CODE', 'REVIEW'], `born ${dfeDay(dob)}`);
      }
    });
  };
}

export const RULES_4XX_B: readonly DfeRule[] = [
  { code: '440', check: participationAge(true) },
  { code: '441', check: participationAge(false) },
  {
    // A child with any episode not on respite (V3/V4) needs a UPN (or a UN code).
    code: '442',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const statuses = episodes.code('LS');
      const needed = new Set(
        episodes.child.filter((_, at) => !['V3', 'V4'].includes(statuses[at] ?? '')),
      );
      const header = view(tables.Header);
      header.code('UPN').forEach((upn, at) => {
        if (upn === '' && needed.has(header.child[at] ?? '')) header.flag(flag, at, 'UPN');
      });
    },
  },
  {
    // A UPN (not one of the shared UN1–UN5) on more than one Header row:
    // each is flagged. UPNs are compared trimmed and upper-cased.
    code: '444',
    check: ({ tables }, flag) => {
      const header = view(tables.Header);
      const upns = header.code('UPN');
      const counts = new Map<string, number>();
      for (const upn of upns) {
        if (upn !== '' && !NO_UPN.has(upn)) counts.set(upn, (counts.get(upn) ?? 0) + 1);
      }
      upns.forEach((upn, at) => {
        const times = counts.get(upn) ?? 0;
        if (times > 1) header.flag(flag, at, 'UPN', `on ${times} children`);
      });
    },
  },
  {
    code: '446',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      episodes.code('LS').forEach((status, at) => {
        const decom = decoms[at];
        if (status === 'E1' && decom !== undefined && decom < PLACEMENT_ORDERS_FROM) {
          episodes.flag(flag, at, ['LS', 'DECOM']);
        }
      });
    },
  },
  // Stayed with current carers at 18 or over (E17) before the 18th birthday.
  { code: '460', check: ageAtEnd(['E17'], 18, true) },
];
