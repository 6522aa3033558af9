/**
 * How serious a flag is. The concern behind it: the 2014 Regulations
 * (SI 2014/2407) let councils delegate their wider children's social care
 * functions only to not-for-profit bodies, a rule added because of
 * privatisation and conflict-of-interest worries — a provider placing
 * children with itself or with companies of its own group (CMA market study of children’s social care, https://www.gov.uk/cma-cases/childrens-social-care-study;
 * Lords Hansard 6 Jul 2016). Delegated trusts already own children's homes
 * and fostering agencies (CMA market study of children’s social care, https://www.gov.uk/cma-cases/childrens-social-care-study, the 2023 ODS table), so the check
 * weighs how direct the tie is and how much the council's children depend on
 * it:
 *
 * - **high**: the same legal entity (the body that decides placements is the
 *   body paid for them), or a group tie involving at least 3 children, at
 *   least 365 placement days in the year, or at least 10% of all the
 *   council's placements in the year;
 * - **medium**: a group tie involving 2 children or at least 90 days;
 * - **low**: any other group tie (one child, a short placement).
 *
 * The thresholds are the app's own judgement, not a statutory test: a
 * reviewer records why a flag is acceptable (reviews).
 */
import type { Conflict } from './types';

/** Children, days or share of placements that make a group tie high. */
const HIGH = { children: 3, days: 365, share: 0.1 } as const;
/** Children or days that make a group tie medium. */
const MEDIUM = { children: 2, days: 90 } as const;

/** The severity of a flag of `kind` with these figures. */
export function severityOf(
  kind: Conflict['kind'],
  figures: { readonly children: number; readonly days: number; readonly groupShare: number },
): Conflict['severity'] {
  if (kind === 'same-entity') return 'high';
  if (
    figures.children >= HIGH.children ||
    figures.days >= HIGH.days ||
    figures.groupShare >= HIGH.share
  ) {
    return 'high';
  }
  if (figures.children >= MEDIUM.children || figures.days >= MEDIUM.days) return 'medium';
  return 'low';
}

const RANK: Readonly<Record<Conflict['severity'], number>> = { high: 0, medium: 1, low: 2 };

/** Orders flags: most severe first, then by delegated provider id and URN. */
export function flagOrder(a: Conflict, b: Conflict): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    (a.delegatedProvider.id < b.delegatedProvider.id
      ? -1
      : a.delegatedProvider.id > b.delegatedProvider.id
        ? 1
        : 0) ||
    (a.setting.urn < b.setting.urn ? -1 : a.setting.urn > b.setting.urn ? 1 : 0)
  );
}
