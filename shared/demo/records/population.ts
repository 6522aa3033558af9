/**
 * The whole demo population: children looked after during the year and the
 * OC3 care leavers, each given to one delegated provider and an id.
 *
 * Who serves whom: Harbour Lane Social Work Practice works with about a
 * quarter of the children in care aged 14 or over and a fifth of the care
 * leavers (some 190 young people); Northmoor Children's Trust with everyone
 * else. No child is shared: each provider's return holds only its own
 * children, and the council's return is the union of the two (the
 * indicators engine counts a child held by several sources once anyway).
 *
 * Ids are `NM-` and a number, as the demo's evidence writes them
 * (shared/demo/content.ts): children in care NM-2001…NM-2999 then
 * NM-4001…, care leavers NM-3001…. The evidence's children exist with the
 * right provider: NM-2011 and NM-2030 (trust), NM-2044, NM-2045 and NM-2048
 * (practice), NM-2052 and NM-2060 (practice, aged 16, placed in unregistered
 * accommodation: an other placement, Z1, with no provider code and URN
 * XXXXXXX; year-codes.ts writes it in the year's code) and the care leaver NM-3005
 * (practice).
 */
import { drawAway, drawHealth, drawPrevPerm, drawWorkers } from './activity';
import { drawAdoption } from './adoption';
import { drawCaseDates } from './case-dates';
import { CHILDREN_IN_CARE, drawChildInCare } from './children';
import { drawLeaving, drawOc3Leaver, OC3_LEAVERS } from './leavers';
import { ageOn, episodesOf, type Child, type Context } from './model';
import { NO_URN } from './placements';
import { postcodeIn } from './places';

/**
 * Social worker ids: the trust's (SWNCT…) and the practice's (SWHLP…). An id
 * begins `SW` (DfE rule SW02STG1).
 */
const WORKERS = {
  trust: Array.from({ length: 70 }, (_, index) => `SWNCT${101 + index}`),
  swp: Array.from({ length: 12 }, (_, index) => `SWHLP${String(11 + index)}`),
} as const;

const SWP_SHARE = { inCare: 0.25, leavers: 0.22 };

function inCareAtEnd(child: Child): boolean {
  const last = child.periods.at(-1);
  return last !== undefined && last.end === undefined;
}

function assignIds(context: Context, inCare: Child[], leavers: Child[]): void {
  const given = new Set<Child>();
  const give = (child: Child | undefined, number: number): void => {
    if (child === undefined) return;
    child.id = `NM-${number}`;
    given.add(child);
  };
  const free = (child: Child): boolean => !given.has(child);
  const unregistered = inCare.filter((child) => {
    const last = episodesOf(child).at(-1);
    return (
      child.scope === 'swp' &&
      inCareAtEnd(child) &&
      ageOn(child.dob, context.end) === 16 &&
      last !== undefined &&
      ['S', 'P', 'B'].includes(last.rne) &&
      last.start <= context.end - 60
    );
  });
  for (const [index, number] of [2052, 2060].entries()) {
    const child = unregistered[index];
    const last = child === undefined ? undefined : episodesOf(child).at(-1);
    if (last === undefined) continue;
    // Not at the home postcode: only a child placed with parents is (rule 392d).
    let plPost = postcodeIn(context.random, 'northmoor');
    while (plPost === child?.homePost) plPost = postcodeIn(context.random, 'northmoor');
    last.placement = { place: 'Z1', provider: '', urn: NO_URN, plPost, area: 'northmoor' };
    give(child, number);
  }
  const swpInCare = inCare.filter(
    (child) => child.scope === 'swp' && inCareAtEnd(child) && free(child),
  );
  [2044, 2045, 2048].forEach((number, index) => give(swpInCare[index], number));
  const trustInCare = inCare.filter((child) => child.scope === 'trust' && inCareAtEnd(child));
  [2011, 2030].forEach((number, index) => give(trustInCare[index], number));
  const reserved = new Set([2011, 2030, 2044, 2045, 2048, 2052, 2060]);
  let next = 2001;
  for (const child of inCare) {
    if (given.has(child)) continue;
    while (reserved.has(next)) next += 1;
    if (next >= 3000 && next < 4001) next = 4001;
    child.id = `NM-${next}`;
    next += 1;
  }
  give(
    leavers.find((child) => child.scope === 'swp'),
    3005,
  );
  next = 3001;
  for (const child of leavers) {
    if (given.has(child)) continue;
    if (next === 3005) next += 1;
    child.id = `NM-${next}`;
    next += 1;
  }
}

/**
 * Draws what happens to a child in care besides placements (missing
 * episodes, health, social workers, previous permanence, adoption, leaving
 * care), with social workers from `workers`.
 */
export function drawCareRecords(context: Context, child: Child, workers: readonly string[]): void {
  drawAway(context, child);
  child.health = drawHealth(context, child);
  drawWorkers(context, child, workers);
  drawPrevPerm(context, child);
  drawAdoption(context, child);
  const last = child.periods.at(-1);
  if (last?.end !== undefined) drawLeaving(context, child, ageOn(child.dob, last.end));
}

/** Simulates every child of the demo council, sorted by id. */
export function simulatePopulation(context: Context): Child[] {
  const { random } = context;
  const inCare = Array.from({ length: CHILDREN_IN_CARE }, () => drawChildInCare(context));
  const leavers = Array.from({ length: OC3_LEAVERS }, () => drawOc3Leaver(context));
  for (const child of inCare) {
    const adoption = episodesOf(child).some((episode) => episode.ls === 'E1');
    if (!adoption && ageOn(child.dob, context.end) >= 14 && random.chance(SWP_SHARE.inCare)) {
      child.scope = 'swp';
    }
    drawCareRecords(context, child, WORKERS[child.scope]);
  }
  for (const child of leavers) if (random.chance(SWP_SHARE.leavers)) child.scope = 'swp';
  assignIds(context, inCare, leavers);
  for (const child of inCare) drawCaseDates(context, child);
  return [...inCare, ...leavers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
