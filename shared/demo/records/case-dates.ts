/**
 * The case-work dates Annex A List 8 asks for and the 903 does not hold:
 * the last social work visit (Care Planning Regulations 2010, reg. 28: at
 * least every 6 weeks, every 3 months in a long-term placement), the last
 * contact by the independent reviewing officer, the last health assessment
 * and dental check (consistent with the child's OC2 answers), the
 * permanence plan and return interviews after going missing. Shares are
 * assumptions in line with the demo's evidence (shared/demo/content.ts).
 */
import { ageOn, episodesOf, type Child, type Context } from './model';

/** The permanence plans of the Annex A template (`a) Return to family` … `g) other`; data-to-insight ssd-data-model's Annex A extract). */
const PLANS = {
  home: 'a) Return to family',
  adoption: 'b) Adoption',
  sgo: 'c) SGO/CAO',
  supported: 'd) Supported living in the community',
  residential: 'e) Long-term residential placement',
  fostering: 'f) Long-term fostering',
  other: 'g) other',
} as const;

function planOf(context: Context, child: Child): string {
  const last = episodesOf(child).at(-1);
  const place = last?.placement.place ?? '';
  if (place.startsWith('A') || last?.ls === 'E1') return PLANS.adoption;
  if (place === 'P1' || last?.ls === 'V2')
    return context.random.chance(0.7) ? PLANS.home : PLANS.fostering;
  if (place === 'U1' || place === 'U3') return PLANS.sgo;
  if (place === 'H5' || place === 'Z1') return PLANS.supported;
  if (place === 'K2' || place === 'K1')
    return context.random.chance(0.6) ? PLANS.residential : PLANS.fostering;
  if (place.startsWith('U')) return context.random.chance(0.85) ? PLANS.fostering : PLANS.other;
  return PLANS.other;
}

/** Draws the child's Annex A dates, as at the end of the year or the day the child left care. */
export function drawCaseDates(context: Context, child: Child): void {
  const { random } = context;
  const last = child.periods.at(-1);
  if (last === undefined) return;
  const asAt = last.end ?? context.end;
  const since = (day: number): number => Math.max(last.start, day);
  const health = child.health;
  let healthAssessment: number | undefined;
  let dental: number | undefined;
  if (health !== undefined) {
    healthAssessment =
      asAt - (health.HEALTH_ASSESSMENT === '1' ? random.int(10, 350) : random.int(380, 520));
    dental =
      health.TEETH_CHECK === '1'
        ? asAt - random.int(20, 360)
        : random.chance(0.6)
          ? asAt - random.int(370, 600)
          : undefined;
  } else {
    // The initial health assessment is due within 20 working days of entering care.
    const initial = last.start + random.int(10, 40);
    healthAssessment = initial <= asAt ? initial : undefined;
    dental = random.chance(0.5) ? since(asAt - random.int(20, 300)) : undefined;
  }
  const missing = child.away.filter((away) => away.kind === 'M').length;
  const offered = missing > 0 && random.chance(0.88);
  child.dates = {
    visit: since(asAt - (random.chance(0.86) ? random.int(0, 41) : random.int(43, 80))),
    iro: since(asAt - random.int(0, 100)),
    healthAssessment,
    dental,
    plan: ageOn(child.dob, asAt) >= 18 ? PLANS.supported : planOf(context, child),
    returnOffered: offered,
    returnAccepted: offered && random.chance(0.6),
  };
}
