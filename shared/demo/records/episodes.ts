/**
 * One period of care as 903 episodes. A new episode starts whenever the
 * placement or the legal status changes (SSDA903 guidance: RNE `P` for a new
 * placement and carer, `L` for a legal change only, `B` for both, `T`/`U` for
 * a new placement type with the same carer), each episode ending on the day
 * the next starts with REC `X1`; the last ends with the reason the period
 * ceased, or stays open at the year's end. Placement moves are a Poisson
 * process (rates in distributions.ts); interim care orders become full care
 * orders after 4 to 11 months (the 26-week limit on care proceedings, often
 * exceeded); police protection and emergency orders last days.
 */
import { PAST_MOVES, REASON_PLACE_CHANGE } from './distributions';
import { ageOn, type Context, type Episode, type Period, type Placement } from './model';
import { adoptivePlacement, choosePlacement, placeForAge } from './placements';

/** What is known about a period before its episodes are drawn. */
export type PeriodPlan = {
  readonly start: number;
  readonly cease: { readonly day: number; readonly rec: string } | undefined;
  readonly entryLs: string;
  /** Placement moves per year during the collection year. */
  readonly movesPerYear: number;
  readonly dob: number;
  readonly homePost: string;
  /** A child placed for adoption on `placed`. */
  readonly adoption?: { readonly placed: number; readonly place: 'A5' | 'A6' };
};

/** Days on which the child moves placement, at least a week apart. */
function moveDays(context: Context, plan: PeriodPlan, horizon: number): number[] {
  const { random } = context;
  const days: number[] = [];
  const add = (from: number, to: number, rate: number): void => {
    let day = from;
    for (;;) {
      day += Math.max(1, Math.ceil((-Math.log(1 - random.next()) * 365) / rate));
      if (day >= to - 3) return;
      days.push(day);
    }
  };
  add(plan.start, Math.min(horizon, context.start), PAST_MOVES);
  add(Math.max(plan.start, context.start), horizon, plan.movesPerYear);
  const limit = plan.adoption === undefined ? horizon : plan.adoption.placed - 14;
  let last = plan.start;
  return days.filter((day) => {
    if (day - last < 7 || day >= limit) return false;
    last = day;
    return true;
  });
}

/**
 * Legal status changes by day. A child to be placed for adoption gets the
 * placement order (E1) before the placement (a placement for adoption under
 * a placement order is legal status E1, DfE rule 408), so a full care order
 * (C2) comes only before it.
 */
function legalChanges(context: Context, plan: PeriodPlan, horizon: number): Map<number, string> {
  const { random } = context;
  const changes = new Map<number, string>();
  let status = plan.entryLs;
  let since = plan.start;
  const order =
    plan.adoption === undefined
      ? horizon
      : Math.max(plan.start + 2, plan.adoption.placed - random.int(30, 150));
  const change = (day: number, to: string): void => {
    if (day <= since || day >= horizon) return;
    changes.set(day, to);
    [status, since] = [to, day];
  };
  if (status === 'L1' || status === 'L2')
    change(since + random.int(1, 3), random.chance(0.6) ? 'C1' : 'V2');
  const full = since + random.int(110, 330);
  if (status === 'C1' && full < order) change(full, 'C2');
  if (plan.adoption !== undefined) change(order, 'E1');
  return changes;
}

const FOSTER = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
/** Legal statuses under which a child may be placed with parents (DfE rule 378: not under s20). */
const WITH_PARENTS = new Set(['C1', 'C2', 'E1']);
/** Special guardianship to former foster carers (E45, E46) and its counterpart to others (E47, E48). */
const SGO_TO_OTHERS: Readonly<Record<string, string>> = { E45: 'E47', E46: 'E48' };

function samePlacement(a: Placement, b: Placement): boolean {
  return (
    a.place === b.place && a.provider === b.provider && a.urn === b.urn && a.plPost === b.plPost
  );
}

/** Draws the episodes of one period of care. */
export function simulatePeriod(context: Context, plan: PeriodPlan): Period {
  const { random } = context;
  const horizon = plan.cease?.day ?? context.end + 1;
  const moves = moveDays(context, plan, horizon);
  const legal = legalChanges(context, plan, horizon);
  const adoption =
    plan.adoption !== undefined && plan.adoption.placed < horizon ? plan.adoption : undefined;
  const placementStarts = [
    plan.start,
    ...moves,
    ...(adoption === undefined ? [] : [adoption.placed]),
  ];
  const endOf = (index: number): number => placementStarts[index + 1] ?? horizon;
  // A move goes somewhere else (RNE P says the placement changed, rule 435),
  // and a child is placed with parents only under a care order (rule 378).
  const place = (day: number, index: number, ls: string, from?: Placement): Placement => {
    for (let tries = 0; ; tries += 1) {
      let type = placeForAge(random, ageOn(plan.dob, day));
      if (type === 'P1' && !WITH_PARENTS.has(ls)) type = 'U6';
      const chosen = choosePlacement(random, type, endOf(index), plan.homePost);
      // Only a child placed with parents lives at the home postcode (rule 392d).
      const atHome = chosen.place !== 'P1' && chosen.plPost === plan.homePost;
      const fine = !atHome && (from === undefined || !samePlacement(chosen, from));
      if (fine || tries >= 20) return chosen;
    }
  };

  let status = plan.entryLs;
  let placement = place(plan.start, 0, status);
  let placementIndex = 0;
  const episodes: Episode[] = [];
  let current: Episode = {
    start: plan.start,
    end: undefined,
    rne: 'S',
    ls: status,
    placement,
    rec: '',
    reason: '',
  };
  const days = [
    ...new Set([...moves, ...legal.keys(), ...(adoption === undefined ? [] : [adoption.placed])]),
  ].sort((a, b) => a - b);
  for (const day of days) {
    const adopt = adoption?.placed === day;
    const move = adopt || moves.includes(day);
    const newStatus = legal.get(day);
    episodes.push({
      ...current,
      end: day,
      rec: 'X1',
      reason: adopt ? 'CARPL' : move ? random.weighted(REASON_PLACE_CHANGE) : '',
    });
    status = newStatus ?? status;
    let rne = newStatus === undefined ? 'P' : 'B';
    if (move) {
      placementIndex += 1;
      if (adopt) {
        // Adoption by the current carers (A5) needs the child to be fostered
        // by them (DfE rule 336); otherwise the adopters are new (A6).
        const withCarers = adoption.place === 'A5' && FOSTER.has(placement.place);
        placement = adoptivePlacement(random, withCarers ? 'A5' : 'A6', placement);
        if (withCarers) rne = newStatus === undefined ? 'T' : 'U';
      } else {
        placement = place(day, placementIndex, status, placement);
      }
    } else {
      rne = 'L';
    }
    current = { start: day, end: undefined, rne, ls: status, placement, rec: '', reason: '' };
  }
  // A special guardianship order to former foster carers (E45, E46) ends a
  // foster placement (DfE rule 516); from elsewhere it is to other carers.
  const ceased = plan.cease?.rec ?? '';
  const rec = FOSTER.has(current.placement.place) ? ceased : (SGO_TO_OTHERS[ceased] ?? ceased);
  episodes.push({ ...current, end: plan.cease?.day, rec });
  return { start: plan.start, end: plan.cease?.day, rec, episodes };
}
