/**
 * DfE 903 rules 117–184 that relate items to each other (adoption
 * decisions, episodes, care leavers, mother status, UPN, placement
 * provider). Each rule's text is in catalogue.ts; a comment gives the reading
 * where the text leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { blank, byChild, code, dateOf, rowsOf, yearDays, rowsByChild } from './helpers';
import {
  anyGiven,
  earliestEpisode,
  given,
  episodesInYear,
  latestPosition,
  SHORT_BREAKS,
} from './helpers-1xx-care';
import {
  ADOPTION_ITEMS,
  LEAVER_ITEMS,
  noProviderPlaces,
  PROVIDERS,
  sexCodes,
  UPN,
} from './codes-1xx';
import type { DfeRule } from './rule';
import { view } from './view';

export const RULES_1XX_A: readonly DfeRule[] = [
  {
    // The decision dates must be on or before 31 March, and on or before the
    // end of the child's latest episode that ended with them leaving care
    // (REC other than X1; an open one sets no limit).
    code: '117',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      const episodes = rowsByChild(tables.Episodes);
      for (const [child, rows] of byChild(tables.PlacedAdoption)) {
        let latest: number | undefined;
        let latestStart = -Infinity;
        for (const [, episode] of episodes.get(child) ?? []) {
          const start = dateOf(episode, 'DECOM');
          if (start === undefined || code(episode, 'REC') === 'X1' || start < latestStart) continue;
          latestStart = start;
          latest = dateOf(episode, 'DEC');
        }
        for (const [source, row] of rows) {
          const late = ['DATE_PLACED', 'DATE_PLACED_CEASED'].filter((column) => {
            const day = dateOf(row, column);
            return day !== undefined && (day > end || (latest !== undefined && day > latest));
          });
          if (late.length > 0) flag(source, row, late);
        }
      }
    },
  },
  {
    // The child started to be looked after on the DECOM of their earliest
    // episode that is not a short break (V3, V4).
    code: '118',
    check: ({ tables, year }, flag) => {
      const { start } = yearDays(year);
      const episodes = rowsByChild(tables.Episodes);
      for (const [child, rows] of byChild(tables.PlacedAdoption)) {
        const care = (episodes.get(child) ?? []).filter(
          ([, row]) => !SHORT_BREAKS.has(code(row, 'LS')),
        );
        const first = earliestEpisode(care);
        const began = first === undefined ? undefined : dateOf(first[1], 'DECOM');
        for (const [source, row] of rows) {
          const ceased = dateOf(row, 'DATE_PLACED_CEASED');
          if (ceased === undefined) continue;
          if (ceased < start || (began !== undefined && ceased < began)) {
            flag(source, row, 'DATE_PLACED_CEASED');
          }
        }
      }
    },
  },
  {
    code: '119',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.PlacedAdoption)) {
        const date = blank(row, 'DATE_PLACED_CEASED');
        const reason = blank(row, 'REASON_PLACED_CEASED');
        if (date !== reason)
          flag(source, row, date ? 'DATE_PLACED_CEASED' : 'REASON_PLACED_CEASED');
      }
    },
  },
  {
    // A child with care leaver (OC3) information has adoption (AD1) items
    // filled in: the AD1 row is flagged.
    code: '134',
    check: ({ tables }, flag) => {
      const leavers = new Set<string>();
      for (const [child, rows] of byChild(tables.OC3)) {
        if (rows.some(([, row]) => anyGiven(row, LEAVER_ITEMS))) leavers.add(child);
      }
      for (const [child, rows] of byChild(tables.AD1)) {
        if (!leavers.has(child)) continue;
        for (const [source, row] of rows) {
          const filled = given(row, ADOPTION_ITEMS);
          if (filled.length > 0) flag(source, row, filled);
        }
      }
    },
  },
  {
    // Every episode but the child's latest (by start date) must have ended:
    // a date and a reason. Episodes without a valid start are left to 141.
    code: '142',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const decs = episodes.code('DEC');
      const recs = episodes.code('REC');
      for (const positions of episodes.byChild().values()) {
        const last = latestPosition(decoms, positions);
        for (const at of positions) {
          if (at === last || decoms[at] === undefined) continue;
          if (decs[at] !== '' && recs[at] !== '') continue;
          const open = [...(decs[at] === '' ? ['DEC'] : []), ...(recs[at] === '' ? ['REC'] : [])];
          if (open.length > 0) episodes.flag(flag, at, open);
        }
      }
    },
  },
  {
    code: '148',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const recs = episodes.code('REC');
      episodes.code('DEC').forEach((dec, at) => {
        const date = dec === '';
        if (date !== (recs[at] === '')) episodes.flag(flag, at, date ? 'DEC' : 'REC');
      });
    },
  },
  {
    // Some adoption items given and some blank: the blank ones are named.
    code: '151',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.AD1)) {
        const filled = given(row, ADOPTION_ITEMS);
        if (filled.length > 0 && filled.length < ADOPTION_ITEMS.length) {
          flag(
            source,
            row,
            ADOPTION_ITEMS.filter((item) => !filled.includes(item)),
          );
        }
      }
    },
  },
  {
    code: '153',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC3)) {
        const filled = given(row, LEAVER_ITEMS);
        if (filled.length > 0 && filled.length < LEAVER_ITEMS.length) {
          flag(
            source,
            row,
            LEAVER_ITEMS.filter((item) => !filled.includes(item)),
          );
        }
      }
    },
  },
  {
    code: '158',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC2)) {
        if (code(row, 'INTERVENTION_RECEIVED') === '1' && !blank(row, 'INTERVENTION_OFFERED')) {
          flag(source, row, ['INTERVENTION_OFFERED', 'INTERVENTION_RECEIVED']);
        }
      }
    },
  },
  {
    // Only a child identified with a substance misuse problem (1) who did not
    // receive an intervention (0) must say whether one was offered.
    code: '159',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC2)) {
        const needs =
          code(row, 'SUBSTANCE_MISUSE') === '1' && code(row, 'INTERVENTION_RECEIVED') === '0';
        if (needs && blank(row, 'INTERVENTION_OFFERED')) {
          flag(source, row, ['INTERVENTION_OFFERED', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED']);
        }
      }
    },
  },
  {
    // Mother status (is the child a mother: 0 or 1) is for girls looked after
    // in the year. Flagged on the Header row: a value other than 0 or 1; a
    // value for a boy; no value for a girl with an episode (not a short
    // break) in the year; a value for a girl with no such episode whose
    // return is care leaver (OC3) information only.
    code: '165',
    check: ({ tables, year, ruleYear }, flag) => {
      const { male, female } = sexCodes(ruleYear);
      const episodes = view(tables.Episodes);
      const statuses = episodes.code('LS');
      const during = episodesInYear(episodes, year);
      const children = episodes.byChild();
      const leavers = new Set<string>();
      for (const [child, rows] of byChild(tables.OC3)) {
        if (rows.some(([, row]) => anyGiven(row, LEAVER_ITEMS))) leavers.add(child);
      }
      const header = view(tables.Header);
      const mothers = header.code('MOTHER');
      const sexes = header.code('SEX');
      for (const [child, positions] of header.byChild()) {
        const inCare = (children.get(child) ?? []).some(
          (at) => !SHORT_BREAKS.has(statuses[at] ?? '') && during[at] === true,
        );
        for (const at of positions) {
          const mother = mothers[at] ?? '';
          const sex = sexes[at] ?? '';
          const wrong =
            (mother !== '' && mother !== '0' && mother !== '1') ||
            (mother !== '' && sex === male) ||
            (mother === '' && sex === female && inCare) ||
            (mother !== '' && sex === female && !inCare && leavers.has(child));
          if (wrong) header.flag(flag, at, ['MOTHER', 'SEX']);
        }
      }
    },
  },
  {
    // A blank UPN is left to the reader's own check (the item must be given).
    code: '168',
    check: ({ tables }, flag) => {
      const header = view(tables.Header);
      header.code('UPN').forEach((upn, at) => {
        if (upn !== '' && !UPN.test(upn)) header.flag(flag, at, 'UPN');
      });
    },
  },
  {
    code: '174',
    check: ({ tables, ruleYear }, flag) => {
      const { male } = sexCodes(ruleYear);
      const header = view(tables.Header);
      const sexes = header.code('SEX');
      header.code('MC_DOB').forEach((born, at) => {
        if (born !== '' && sexes[at] === male) header.flag(flag, at, ['MC_DOB', 'SEX']);
      });
    },
  },
  {
    // If given, the provider must be a valid code, and none is given for a
    // placement type that has no provider.
    code: '178',
    covers: [{ table: 'Episodes', column: 'PLACE_PROVIDER', kind: 'code' }],
    check: ({ tables, ruleYear }, flag) => {
      const none = noProviderPlaces(ruleYear);
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      episodes.code('PLACE_PROVIDER').forEach((provider, at) => {
        if (provider === '') return;
        if (!PROVIDERS.has(provider) || none.has(places[at] ?? '')) {
          episodes.flag(flag, at, ['PLACE_PROVIDER', 'PLACE']);
        }
      });
    },
  },
  {
    // DOB from the child's Header row.
    code: '184',
    check: ({ tables }, flag) => {
      const header = byChild(tables.Header);
      for (const [child, rows] of byChild(tables.PlacedAdoption)) {
        const dob = (header.get(child) ?? [])
          .map(([, row]) => dateOf(row, 'DOB'))
          .find((day) => day !== undefined);
        if (dob === undefined) continue;
        for (const [source, row] of rows) {
          const placed = dateOf(row, 'DATE_PLACED');
          if (placed !== undefined && placed < dob) flag(source, row, 'DATE_PLACED');
        }
      }
    },
  },
];
