/**
 * DfE 903 rules 371–384: placements — the youngest age for a kind of
 * placement, how long a temporary placement may last, and which legal
 * statuses and reasons go with temporary and respite placements. Each
 * rule's text is in catalogue.ts; a comment gives the reading where the
 * text leaves a choice. PLACE, LS and RNE codes are the DfE SSDA903
 * guidance's (https://www.gov.uk/guidance/children-looked-after-return).
 */
import type { DfeFlag, DfeInput, DfeRule } from './rule';
import { yearDays } from './helpers';
import { addYears, birthDays, dfeDay, endsOrYearEnd } from './helpers-3xx';
import { view } from './view';
import type { DfeRuleYear } from './years';

/** Temporary placements (T0–T4). */
const TEMPORARY = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

/** Respite legal statuses: V3 single short break, V4 series of short breaks. */
const RESPITE = new Set(['V3', 'V4']);

/** Long-term foster placements (U1 with a relative or friend, U4 with other carers). */
const LONG_TERM_FOSTER = new Set(['U1', 'U4']);

/**
 * A placement a child must be at least `years` old to start: an episode
 * with PLACE `place` starting (DECOM) before that birthday.
 */
function youngestAge(place: string, years: number) {
  return ({ tables }: DfeInput, flag: DfeFlag): void => {
    const births = birthDays(tables.Header);
    const episodes = view(tables.Episodes);
    const decoms = episodes.date('DECOM');
    episodes.code('PLACE').forEach((placed, at) => {
      if (placed !== place) return;
      const dob = births.get(episodes.child[at] ?? '');
      const decom = decoms[at];
      if (dob === undefined || decom === undefined) return;
      if (decom < addYears(dob, years))
        episodes.flag(flag, at, ['PLACE', 'DECOM'], `born ${dfeDay(dob)}`);
    });
  };
}

/**
 * Rule 371's placement and age by year: supported accommodation (K3) from
 * 16 since 2024/25, when K3 replaced H5; before that semi-independent
 * living (H5), from 16 in 2023/24 and from 14 in 2022/23 (validation-rules.md).
 */
function supportedAccommodation(ruleYear: DfeRuleYear): {
  readonly place: string;
  readonly years: number;
} {
  if (ruleYear === '2022/23') return { place: 'H5', years: 14 };
  if (ruleYear === '2023/24') return { place: 'H5', years: 16 };
  return { place: 'K3', years: 16 };
}

/**
 * A temporary placement `place` that may last at most `days` days: DEC
 * more than `days` after DECOM. An open episode has lasted until the
 * year's end at least, so it is measured to then.
 */
function longestStay(place: string, days: number) {
  return ({ tables, year }: DfeInput, flag: DfeFlag): void => {
    const { end } = yearDays(year);
    const episodes = view(tables.Episodes);
    const decoms = episodes.date('DECOM');
    const lasts = endsOrYearEnd(episodes, end);
    episodes.code('PLACE').forEach((placed, at) => {
      const decom = decoms[at];
      const ends = lasts[at];
      if (placed !== place || decom === undefined || ends === undefined) return;
      if (ends - decom > days) episodes.flag(flag, at, ['PLACE', 'DEC'], `${ends - decom} days`);
    });
  };
}

export const RULES_3XX_C: readonly DfeRule[] = [
  {
    code: '371',
    check: (input, flag) => {
      const { place, years } = supportedAccommodation(input.ruleYear);
      youngestAge(place, years)(input, flag);
    },
  },
  // Youth custody or prison (R5): at least 10.
  { code: '372', check: youngestAge('R5', 10) },
  // Residential school (S1): at least 4.
  { code: '373', check: youngestAge('S1', 4) },
  // Residential employment (P3): at least 14.
  { code: '374', check: youngestAge('P3', 14) },
  // Hospital (T1): six weeks.
  { code: '375', check: longestStay('T1', 42) },
  // Holiday of the usual foster carer (T3): three weeks.
  { code: '376', check: longestStay('T3', 21) },
  {
    // "Any 12-month period" is read literally: three or more holiday
    // placements (T3) starting within one year of each other. Each T3
    // episode of such a run is flagged.
    code: '377',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      const decoms = episodes.date('DECOM');
      for (const positions of episodes.inOrderOf('DECOM').values()) {
        const holidays = positions.filter((at) => places[at] === 'T3' && decoms[at] !== undefined);
        // Fewer than three holidays cannot make a run of three.
        if (holidays.length < 3) continue;
        const flagged = new Set<number>();
        holidays.forEach((holiday, at) => {
          const decom = decoms[holiday] ?? 0;
          const yearOn = addYears(decom, 1);
          const within = holidays
            .map((other, index) => ({ index, day: decoms[other] ?? 0 }))
            .filter(({ index, day }) => index >= at && day < yearOn);
          if (within.length > 2) for (const { index } of within) flagged.add(index);
        });
        holidays.forEach((holiday, index) => {
          if (flagged.has(index))
            episodes.flag(flag, holiday, 'PLACE', 'more than two T3 placements within 12 months');
        });
      }
    },
  },
  {
    // Placed with parents (P1) under a single period of accommodation (V2).
    code: '378',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const statuses = episodes.code('LS');
      episodes.code('PLACE').forEach((place, at) => {
        if (place === 'P1' && statuses[at] === 'V2') episodes.flag(flag, at, ['PLACE', 'LS']);
      });
    },
  },
  // Unspecified temporary placement (T4): seven days.
  { code: '379', check: longestStay('T4', 7) },
  {
    // A temporary placement can only be entered from another placement
    // within a period of care: its episode must start because the
    // placement changed (RNE P, or B with the legal status as well), which
    // is how the DfE checks it. A blank RNE is left to the blank-field check.
    code: '380',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      episodes.code('RNE').forEach((rne, at) => {
        if (TEMPORARY.has(places[at] ?? '') && rne !== '' && rne !== 'P' && rne !== 'B') {
          episodes.flag(flag, at, ['RNE', 'PLACE']);
        }
      });
    },
  },
  {
    // A temporary placement whose episode ended for any reason but a new
    // episode beginning (REC X1) ended the period of care.
    code: '381',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      episodes.code('REC').forEach((rec, at) => {
        if (TEMPORARY.has(places[at] ?? '') && rec !== '' && rec !== 'X1')
          episodes.flag(flag, at, ['REC', 'PLACE']);
      });
    },
  },
  {
    code: '382',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      episodes.code('LS').forEach((status, at) => {
        if (RESPITE.has(status) && TEMPORARY.has(places[at] ?? '')) {
          episodes.flag(flag, at, ['PLACE', 'LS']);
        }
      });
    },
  },
  {
    // After a temporary placement the child goes back: the next episode
    // starts with a change of placement (RNE P) to the placement before
    // the temporary one. From 2025/26 the placement postcode must match
    // too, and the episode after the temporary one is flagged; before,
    // the temporary episode itself was flagged. A temporary placement at
    // either end of the child's episodes has nothing to compare.
    code: '383',
    check: ({ tables, ruleYear }, flag) => {
      const withPostcode = ruleYear >= '2025/26';
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      const reasons = episodes.code('RNE');
      const postcodes = episodes.code('PL_POST');
      for (const positions of episodes.inOrderOf('DECOM').values()) {
        positions.forEach((at, nth) => {
          const before = positions[nth - 1];
          const next = positions[nth + 1];
          const place = places[at] ?? '';
          if (before === undefined || next === undefined || !TEMPORARY.has(place)) return;
          const wrong = [
            ...(reasons[next] === 'P' ? [] : ['RNE']),
            ...(places[next] === places[before] ? [] : ['PLACE']),
            ...(withPostcode && postcodes[next] !== postcodes[before] ? ['PL_POST'] : []),
          ];
          if (wrong.length === 0) return;
          if (withPostcode) episodes.flag(flag, next, wrong, `after temporary placement ${place}`);
          else
            episodes.flag(flag, at, 'PLACE', `next episode's ${wrong.join(', ')} does not return`);
        });
      }
    },
  },
  {
    code: '384',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      episodes.code('LS').forEach((status, at) => {
        if (RESPITE.has(status) && LONG_TERM_FOSTER.has(places[at] ?? '')) {
          episodes.flag(flag, at, ['PLACE', 'LS']);
        }
      });
    },
  },
];
