/**
 * The demo's CIN census for the collection year: the council's whole return
 * and one per delegated provider, with the same children as the 903 where
 * they overlap (the same child id, in letters and digits only, date of
 * birth, sex and ethnicity).
 *
 * - Children who came into care during the year are children in need
 *   first: each has an episode begun a few weeks before care, still open,
 *   with the 903's category of need as its primary need.
 * - About 4,000 other children in need, drawn as cin-children.ts draws them
 *   (referrals, assessments, CIN plans, enquiries and child protection
 *   plans); the trust, which holds the council's help-and-protection work,
 *   holds nine in ten of them, the council's own front door the rest.
 *
 * Planted on purpose: an invalid ethnicity code (DfE rule 4220) and an
 * assessment authorised before it started (8608); two children on a child protection plan while looked
 * after in the 903; and two of the trust's children missing from the
 * trust's own census (in the council's only) — what the cross-checks find.
 *
 * Northmoor's LA number (899) is fictional, so a UPN allocated there would
 * break DfE rule 1530 ("characters 2-4 not a recognised LA code") in every
 * record: the census gives those children the reason UN5 (sources disagree)
 * instead, and draws the other children's UPNs under a neighbouring LA.
 * A separate seeded stream keeps the 903 files byte-identical.
 */
import { dayOf } from '../../records/cin/dates';
import { cinYear } from '../../records/cin/year';
import { isWorkingDay } from '../../util/working-days';
import type { CinCensusInput, CinChildInput, CinSex } from '../../records/cin/write-xml';
import { isoFromDay } from '../../records/ssda903/dates';
import { censusDays, drawCinChild, drawCinPerson, type CinPerson } from './cin-children';
import type { Child, Scope } from './model';
import { seededRandom, type Random } from './random';

/** Children in need the demo draws beside those who came into care. */
export const DEMO_CIN_CHILDREN = 4000;

/** A real LA number for the UPNs of children first schooled outside Northmoor. */
const NEIGHBOUR_LA = '352';

export type DemoCinCensus = {
  readonly council: CinCensusInput;
  readonly trust: CinCensusInput;
  readonly swp: CinCensusInput;
  /** Children on a plan in the census while looked after in the 903 (planted). */
  readonly protectedInCare: readonly string[];
  /** The trust's children left out of the trust's census (planted). */
  readonly missingFromTrust: readonly string[];
  /** Each planted rule with its child. */
  readonly planted: readonly { readonly rule: string; readonly child: string }[];
};

function sexOf(code: string): CinSex {
  return code === '1' || code === 'M' ? 'M' : code === '2' || code === 'F' ? 'F' : 'U';
}

/**
 * The child's id in the census: the 903's, letters and digits only, as DfE
 * rule 1580 allows (NM-2003 is NM2003), the form councils' systems export.
 */
export function cinIdOf(id903: string): string {
  return id903.replace(/[^A-Za-z0-9]/g, '');
}

function personOf(child: Child): CinPerson {
  return {
    id: cinIdOf(child.id),
    birth: isoFromDay(child.dob),
    sex: sexOf(child.sex),
    ethnicity: child.ethnic,
    upn: child.upn.startsWith('UN') ? child.upn : 'UN5',
  };
}

/** A child who came into care on day `entered`: referred a few weeks before, the episode still open. */
function inCareChild(random: Random, census: number, child: Child, entered: number): CinChildInput {
  const drawn = drawCinChild(random, census, personOf(child), 'assessed');
  const referral = Math.max(censusDays(census).start, entered - random.int(14, 60));
  return {
    ...drawn,
    disabilities: child.disability ? ['LD'] : ['NONE'],
    episodes: [
      {
        referral: isoFromDay(referral),
        source: random.pick(['3A', '4', '5A', '1A']),
        need: child.need,
        nfa: false,
        assessments: [
          {
            start: isoFromDay(referral),
            end: isoFromDay(Math.min(entered, referral + 20)),
            factors: [random.pick(['3A', '4B', '22A', '2B'])],
          },
        ],
        plans: [],
        s47: [],
        cpps: [],
      },
    ],
  };
}

function working(day: number): number {
  let at = day;
  while (!isWorkingDay(at)) at += 1;
  return at;
}

type Held = { readonly input: CinChildInput; readonly scope: Scope | 'council' };

/** Changes one child's record to break one rule, naming the child. */
function plant(
  held: Held[],
  at: number,
  rule: string,
  change: (c: CinChildInput) => CinChildInput,
) {
  const found = held[at];
  if (found === undefined) return undefined;
  held[at] = { ...found, input: change(found.input) };
  return { rule, child: found.input.id };
}

export function buildDemoCinCensus(
  children: readonly Child[],
  year: number,
  la: string,
  seed: number,
): DemoCinCensus {
  const census = year + 1;
  const random = seededRandom(seed * 7919 + 15);
  const { start, end } = censusDays(census);
  const held: Held[] = [];
  for (const child of children) {
    const entered = child.periods[0]?.start;
    if (entered === undefined || entered < start || entered > end) continue;
    held.push({ input: inCareChild(random, census, child, entered), scope: child.scope });
  }
  const inCare = held.length;
  for (let at = 1; at <= DEMO_CIN_CHILDREN; at += 1) {
    const input = drawCinChild(random, census, drawCinPerson(random, census, at, NEIGHBOUR_LA));
    held.push({ input, scope: random.chance(0.9) ? 'trust' : 'council' });
  }
  const assessed = held.findIndex(
    (entry, at) =>
      at > inCare + 3 && entry.input.episodes.some((e) => e.assessments.some((a) => a.end)),
  );
  const planted = [
    plant(held, inCare + 3, 'cin.dfe.4220', (c) => ({ ...c, ethnicity: 'WBR' })),
    plant(held, assessed, 'cin.dfe.8608', (c) => ({
      ...c,
      episodes: c.episodes.map((e) => ({
        ...e,
        assessments: e.assessments.map((a) => ({ ...a, end: e.referral, start: a.end ?? a.start })),
      })),
    })),
  ].filter((entry) => entry !== undefined);
  // Two children in care also on a plan, begun the day after they came into care.
  const protectedInCare = held.slice(0, 2).map(({ input }, at) => {
    const episode = input.episodes[0];
    const done = dayOf(episode?.assessments[0]?.end ?? cinYear(census).start) ?? start;
    const conference = isoFromDay(working(done + 1 + at));
    held[at] = {
      scope: held[at]?.scope ?? 'council',
      input: {
        ...input,
        episodes: input.episodes.map((e) => ({
          ...e,
          s47: [{ start: e.referral, conference, notRequired: false }],
          cpps: [{ start: conference, initial: 'NEG', latest: 'NEG', previous: 0, reviews: [] }],
        })),
      },
    };
    return input.id;
  });
  // Two of the trust's children in care, in its 903 and the council's census, left out of its own.
  const missingFromTrust = held
    .slice(2, inCare)
    .filter((entry) => entry.scope === 'trust')
    .slice(0, 2)
    .map((entry) => entry.input.id);
  const of = (keep: (entry: Held) => boolean): CinCensusInput => ({
    census,
    la,
    children: held.filter(keep).map((entry) => entry.input),
  });
  return {
    council: of(() => true),
    trust: of((entry) => entry.scope === 'trust' && !missingFromTrust.includes(entry.input.id)),
    swp: of((entry) => entry.scope === 'swp'),
    protectedInCare,
    missingFromTrust,
    planted,
  };
}
