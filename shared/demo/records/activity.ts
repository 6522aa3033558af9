/**
 * What happens to a child in care besides placements: statutory reviews,
 * missing and away episodes, the annual health checks (OC2), social workers
 * (SW_Episodes) and previous permanence. Timescales are the Care Planning,
 * Placement and Case Review (England) Regulations 2010 (reg. 33: first
 * review within 20 working days, second within 3 months, then every 6
 * months); shares are DfE's, "Children looked after in England" 2025 (cited
 * in DfE, Children looked after in England, https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions), as noted per item.
 */
import { REVIEW_CODE } from './distributions';
import {
  ageOn,
  type Away,
  type Child,
  type Context,
  type Health,
  type Period,
  type Worker,
} from './model';
import type { Weighted } from './random';

/** Review days of one period, in the year. About 1 review in 10 is late (assumption). */
function reviewsOf(context: Context, period: Period): number[] {
  const { random } = context;
  const last = period.end ?? context.end;
  const days: number[] = [];
  let day = period.start + (random.chance(0.93) ? random.int(8, 27) : random.int(30, 45));
  while (day <= last) {
    days.push(day);
    const gap = days.length === 1 ? 91 : 182;
    day += random.chance(0.9) ? random.int(gap - 40, gap - 3) : random.int(gap + 3, gap + 45);
  }
  return days.filter((review) => review >= context.start && review <= context.end);
}

/** The child's reviews in the year, with a participation code each (PN0 under 4). */
export function reviewRows(context: Context, child: Child): { day: number; code: string }[] {
  child.reviews = child.periods.flatMap((period) => reviewsOf(context, period));
  return child.reviews.map((day) => ({
    day,
    code: ageOn(child.dob, day) < 4 ? 'PN0' : context.random.weighted(REVIEW_CODE),
  }));
}

/**
 * The in-care stretches of the year, as [first day, last day]. A period
 * that ended stops the day before: a child missing on the day care ended
 * left care as missing (REC E8, DfE rule 580), which the simulation does
 * not draw.
 */
function inYear(context: Context, child: Child): [number, number][] {
  return child.periods.flatMap((period): [number, number][] => {
    const from = Math.max(period.start, context.start);
    const to = Math.min(period.end === undefined ? context.end : period.end - 1, context.end);
    return from <= to ? [[from, to]] : [];
  });
}

/**
 * Missing (M) and away (A) episodes. DfE 2025: about 1 child looked after in
 * 10 went missing in the year, most of them teenagers and those in children's
 * homes or supported accommodation, some many times; fewer were away.
 */
export function drawAway(context: Context, child: Child): void {
  const { random } = context;
  const age = ageOn(child.dob, context.end);
  const base = age < 10 ? 0.004 : age < 13 ? 0.06 : age < 16 ? 0.17 : 0.14;
  const residential = child.periods.some((period) =>
    period.episodes.some((episode) => ['K2', 'H5', 'K1'].includes(episode.placement.place)),
  );
  const spans = inYear(context, child);
  const length = spans.reduce((sum, [from, to]) => sum + to - from + 1, 0);
  if (length === 0) return;
  const draw = (kind: 'M' | 'A', count: number): Away[] =>
    Array.from({ length: count }, () => {
      let offset = random.int(0, length - 1);
      const span = spans.find(([from, to]) => (offset -= to - from + 1) < 0) ?? spans[0] ?? [0, 0];
      const start = span[1] + offset + 1;
      const days = random.weighted<number>([
        [0, 40],
        [1, 35],
        [2, 15],
        [random.int(3, 6), 10],
      ]);
      return { kind, start, end: Math.min(start + days, span[1]) };
    });
  const found: Away[] = [];
  if (random.chance(base * (residential ? 1.8 : 1))) {
    found.push(...draw('M', random.chance(0.12) ? 4 + random.poisson(8) : 1 + random.poisson(1.2)));
  }
  if (random.chance(base * 0.4)) found.push(...draw('A', 1 + random.poisson(0.8)));
  found.sort((a, b) => a.start - b.start);
  // Episodes of one child do not overlap.
  let until = Number.NEGATIVE_INFINITY;
  child.away = found.filter((away) => {
    if (away.start <= until) return false;
    until = away.end;
    return true;
  });
}

const yes = (p: boolean): string => (p ? '1' : '0');

/**
 * The SDQ items by age, as the DfE's rules ask: a score for a child aged 4
 * or over on 1 April and under 17 on 31 March (rule 186); a score or a
 * reason for none for one turning 4 or 17 in the year (197B), the reason
 * SDQ1 (under 4 or over 16 when assessed) fitting them only (157); neither
 * for one under 4 on 31 March (188) or 17 or over on 1 April (189). Some
 * turning 4 or 17 were assessed at 4 and 16 (assumption: half).
 */
function sdqItems(context: Context, dob: number): { SDQ_SCORE: string; SDQ_REASON: string } {
  const { random, start, end } = context;
  const score = (): string => String(Math.min(40, Math.max(0, Math.round(random.normal(14, 6.5)))));
  if (ageOn(dob, end) < 4 || ageOn(dob, start) >= 17) return { SDQ_SCORE: '', SDQ_REASON: '' };
  if (ageOn(dob, start) >= 4 && ageOn(dob, end) < 17) return { SDQ_SCORE: score(), SDQ_REASON: '' };
  return random.chance(0.5)
    ? { SDQ_SCORE: score(), SDQ_REASON: '' }
    : { SDQ_SCORE: '', SDQ_REASON: 'SDQ1' };
}

/**
 * OC2 for a child looked after continuously for 12 months at 31 March. DfE
 * 2025: health assessments 90%, immunisations 81%, dental checks 78%,
 * development checks for under-5s 88%; SDQ scores averaging 14; 3% of those
 * aged 10 or over convicted, 4% with a substance misuse problem. Which items
 * are asked of whom follows the DfE's rules: immunisations, teeth checks,
 * health assessments and substance misuse of every child (182, 191);
 * convictions of those aged 10 or over (542, 543) and development checks of
 * those under 5 (545, 546); whether an intervention was offered only when
 * none was received (158, 159).
 */
export function drawHealth(context: Context, child: Child): Health | undefined {
  const { random, end } = context;
  // Looked after all year: one period, begun by 1 April and still open
  // (the cohort of DfE rules 190 and 191).
  const [only, ...others] = child.periods;
  // A child who left care on 31 March was looked after all year too.
  if (only === undefined || others.length > 0) return undefined;
  if (only.end !== undefined && only.end < context.end) return undefined;
  if (only.start > context.start) return undefined;
  const age = ageOn(child.dob, end);
  const misuse = age >= 10 && random.chance(0.04);
  const received = misuse && random.chance(0.6);
  return {
    ...sdqItems(context, child.dob),
    CONVICTED: age >= 10 ? yes(random.chance(0.03)) : '',
    HEALTH_CHECK: age < 5 ? yes(random.chance(0.88)) : '',
    IMMUNISATIONS: yes(random.chance(0.81)),
    TEETH_CHECK: yes(random.chance(age < 1 ? 0.4 : 0.78)),
    HEALTH_ASSESSMENT: yes(random.chance(0.9)),
    SUBSTANCE_MISUSE: yes(misuse),
    INTERVENTION_RECEIVED: misuse ? yes(received) : '',
    INTERVENTION_OFFERED: misuse && !received ? yes(random.chance(0.7)) : '',
  };
}

/** Why a social worker's time with a child ended (SW_REASON); an assumption, led by staff leaving. */
const SW_REASON: Weighted<string> = [
  ['LEFTRL', 30],
  ['MANAGE', 25],
  ['ORGRST', 10],
  ['CHCHAN', 10],
  ['TSPROC', 10],
  ['ABSENC', 6],
  ['PCCHAN', 4],
  ['OTHERS', 5],
];

/**
 * Social worker episodes. The Children's Commissioner's Stability Index
 * finds about a third of children in care change social worker in a year,
 * 1 in 10 more than once. Each episode carries the reason it began (the
 * change of social worker; `FCONTA` for the child's first), as the DfE's
 * rule SW01bSTG1 asks of every episode from April 2023, and the child's last
 * episode stays open at 31 March, as rule SW17STG2 asks (a child who left
 * care keeps the social worker allocated to them).
 */
export function drawWorkers(context: Context, child: Child, pool: readonly string[]): void {
  const { random } = context;
  const first = child.periods[0];
  const last = child.periods.at(-1);
  if (first === undefined || last === undefined) return;
  const start =
    first.start < context.start
      ? Math.max(first.start, context.start - random.int(20, 700))
      : first.start;
  const changes = random.weighted<number>([
    [0, 66],
    [1, 24],
    [2, 8],
    [3, 2],
  ]);
  const from = Math.max(start + 14, context.start);
  const to = (last.end ?? context.end) - 1;
  const days =
    to <= from
      ? []
      : [...new Set(Array.from({ length: changes }, () => random.int(from, to)))].sort(
          (a, b) => a - b,
        );
  const workers: Worker[] = [];
  let id = random.pick(pool);
  let since = start;
  let reason = 'FCONTA';
  for (const day of days) {
    workers.push({ id, start: since, end: day, reason });
    let next = random.pick(pool);
    while (next === id && pool.length > 1) next = random.pick(pool);
    [id, since, reason] = [next, day, random.weighted(SW_REASON)];
  }
  workers.push({ id, start: since, end: undefined, reason });
  child.workers = workers;
}

/**
 * Where earlier permanence orders were made: LA codes of real councils (DfE
 * LA numbers, Get Information about Schools,
 * https://www.get-information-schools.service.gov.uk/), as the demo's own
 * council has no real code (an assumption: the comparators children.ts cites,
 * 383 Leeds and 380 Bradford, and a neighbour, 384 Wakefield).
 */
const PERMANENCE_LAS = ['383', '380', '384'];

/**
 * Previous permanence for a child entering care in the year: mostly Z1
 * (none), a few after an adoption, SGO or child arrangements order, each
 * with the LA and date of the order, which came before this care (DfE
 * rules 630, 632).
 */
export function drawPrevPerm(context: Context, child: Child): void {
  const { random } = context;
  const entered = child.periods.find((period) => period.start >= context.start);
  if (entered === undefined) return;
  const first = child.periods[0]?.start ?? entered.start;
  const option = random.weighted([
    ['Z1', 90],
    ['P2', 5],
    ['P3', 3],
    ['P1', 2],
  ]);
  if (option === 'Z1' || first - child.dob < 60) {
    child.prevPerm = { option: 'Z1', la: '', date: undefined };
    return;
  }
  const date = random.int(child.dob + 30, first - 20);
  child.prevPerm = { option, la: random.pick(PERMANENCE_LAS), date };
}
