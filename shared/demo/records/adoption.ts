/**
 * The adoption records of a child on an adoption plan: the local
 * authority's decision that the child should be placed for adoption
 * (PlacedAdoption DATE_PLACED, the same day as AD1 DATE_INT) and, for a
 * child adopted in the year, the match with the adopters and who they are
 * (AD1). The order of events follows the DfE's rules: the decision comes
 * after the child started to be looked after (1003, 334) and on or before
 * the placement order (554), the match between the decision and the
 * placement (333, 331), the adoption after the match (582); FOSTER_CARE says
 * whether the adopters are the foster carers (A5) or not (A6) (335); the
 * adopters' sex and legal status agree (511, 514, 517–520, 524). Shares are
 * assumptions in line with DfE's adoption statistics (most children adopted
 * by couples, about one in eight by a single adopter; DfE, Children looked
 * after in England, https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions).
 */
import type { Adoption, Child, Context } from './model';
import type { Weighted } from './random';

/** Adopters: how many, their sex (SEX_ADOPTR) and legal status (LS_ADOPTR). */
const ADOPTERS: Weighted<readonly [number, string, string]> = [
  [[1, 'F1', 'L0'], 11],
  [[1, 'M1', 'L0'], 1],
  [[2, 'MF', 'L11'], 62],
  [[2, 'MF', 'L3'], 12],
  [[2, 'FF', 'L12'], 3],
  [[2, 'MM', 'L12'], 3],
  [[2, 'FF', 'L2'], 3],
  [[2, 'MM', 'L4'], 2],
  [[2, 'FF', 'L4'], 3],
];

const ADOPTED = new Set(['E11', 'E12']);

/** Draws the adoption records of a child whose episodes include a placement order (E1). */
export function drawAdoption(context: Context, child: Child): void {
  const { random } = context;
  const period = child.periods.find((candidate) =>
    candidate.episodes.some((episode) => episode.ls === 'E1'),
  );
  const order = period?.episodes.find((episode) => episode.ls === 'E1');
  if (period === undefined || order === undefined) return;
  const decided = Math.max(period.start, child.dob + 1, order.start - random.int(20, 120));
  const placed = period.episodes.find((episode) => episode.placement.place.startsWith('A'));
  const last = period.episodes.at(-1);
  if (placed === undefined || last === undefined || !ADOPTED.has(last.rec)) {
    child.adoption = { decided };
    return;
  }
  const [adopters, sex, legal] = random.weighted(ADOPTERS);
  const adoption: Adoption = {
    decided,
    adopted: {
      matched: Math.max(decided, placed.start - random.int(7, 60)),
      fosterCarers: placed.placement.place === 'A5',
      adopters,
      sex,
      legal,
    },
  };
  child.adoption = adoption;
}
