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

/** Legal status changes by day. */
function legalChanges(context: Context, plan: PeriodPlan, horizon: number): Map<number, string> {
  const { random } = context;
  const changes = new Map<number, string>();
  let status = plan.entryLs;
  let since = plan.start;
  const change = (day: number, to: string): void => {
    if (day <= since || day >= horizon - 1) return;
    changes.set(day, to);
    [status, since] = [to, day];
  };
  if (status === 'L1' || status === 'L2')
    change(since + random.int(1, 3), random.chance(0.6) ? 'C1' : 'V2');
  if (status === 'C1') change(since + random.int(110, 330), 'C2');
  if (plan.adoption !== undefined) change(plan.adoption.placed - random.int(30, 150), 'E1');
  return changes;
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
  const place = (day: number, index: number): Placement =>
    choosePlacement(random, placeForAge(random, ageOn(plan.dob, day)), endOf(index), plan.homePost);

  let placement = place(plan.start, 0);
  let placementIndex = 0;
  let status = plan.entryLs;
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
        placement = adoptivePlacement(random, adoption.place, placement);
        if (adoption.place === 'A5') rne = newStatus === undefined ? 'T' : 'U';
      } else {
        placement = place(day, placementIndex);
      }
    } else {
      rne = 'L';
    }
    current = { start: day, end: undefined, rne, ls: status, placement, rec: '', reason: '' };
  }
  episodes.push({ ...current, end: plan.cease?.day, rec: plan.cease?.rec ?? '' });
  return { start: plan.start, end: plan.cease?.day, rec: plan.cease?.rec ?? '', episodes };
}
