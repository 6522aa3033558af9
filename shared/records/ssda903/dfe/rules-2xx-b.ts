/**
 * DfE 903 rules 215–234 (213, 214, 222, 225, 226 are in
 * rules-2xx-b-places.ts): URNs against the Ofsted provider lists, reasons
 * for placement change, care leavers with OC2 items, UASC age and sex. The rules that read the
 * provider lists flag nothing when none were imported. Each rule's text is
 * in catalogue.ts; a comment gives the reading where the text leaves a
 * choice. DfE guidance: https://www.gov.uk/guidance/children-looked-after-return
 */
import { dayNumber, parseIsoDate } from '../dates';
import { blank, byChild, code, dateOf, rowsOf, yearDays } from './helpers';
import { given, yearsAfter } from './helpers-1xx-care';
import { uascStatuses } from './helpers-2xx-uasc';
import { birthDays } from './helpers-3xx';
import { view } from './view';
import { LEAVER_ITEMS, OC2_ITEMS } from './codes-1xx';
import type { DfeInput, DfeRule, RegisteredProvider } from './rule';

const NO_URN = 'XXXXXXX';

/** The placement types rule 221 checks: children's homes (K1, K2), secure settings (R3, S1). */
const URN_POSTCODE_PLACES: ReadonlySet<string> = new Set(['K1', 'K2', 'R3', 'S1']);

/** The provider a row's URN names, when the lists were imported and hold it. */
function providerOf(providers: DfeInput['providers'], urn: string): RegisteredProvider | undefined {
  if (providers === undefined || urn === '' || urn.toUpperCase() === NO_URN) return undefined;
  return providers.get(urn) ?? providers.get(urn.toUpperCase());
}

function postcode(text: string): string {
  return text.replaceAll(' ', '').toUpperCase();
}

export const RULES_2XX_B: readonly DfeRule[] = [
  {
    // A care leaver (OC3 information given) is no longer in the OC2 cohort:
    // their OC2 row's 12-month items are flagged.
    code: '215',
    check: ({ tables }, flag) => {
      const leavers = new Set<string>();
      for (const [child, rows] of byChild(tables.OC3)) {
        if (rows.some(([, row]) => given(row, LEAVER_ITEMS).length > 0)) leavers.add(child);
      }
      for (const [source, row] of rowsOf(tables.OC2)) {
        const filled = given(row, OC2_ITEMS);
        if (leavers.has((row.values.CHILD ?? '').trim()) && filled.length > 0) {
          flag(source, row, filled);
        }
      }
    },
  },
  {
    // Placed for adoption with current foster carers, from 1 April 2015 (when
    // A3 and A5 took that meaning): the episode must start a period of care
    // (S), or follow a change of legal status (T) or of both status and
    // placement (U).
    code: '217',
    check: ({ tables }, flag) => {
      const since = dayNumber(2015, 4, 1);
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const reasons = episodes.code('RNE');
      episodes.code('PLACE').forEach((place, at) => {
        const began = decoms[at];
        if ((place === 'A3' || place === 'A5') && began !== undefined && began >= since) {
          if (!['S', 'T', 'U'].includes(reasons[at] ?? ''))
            episodes.flag(flag, at, ['RNE', 'PLACE']);
        }
      });
    },
  },
  {
    // Checked for children's homes and secure settings (K1, K2, R3, S1; not
    // short breaks) whose URN is in the provider lists with a postcode;
    // postcodes compared without spaces. An unknown URN is rule 1008's.
    code: '221',
    check: ({ tables, providers }, flag) => {
      // Without the provider lists no URN is known (providerOf).
      if (providers === undefined) return;
      for (const [source, row] of rowsOf(tables.Episodes)) {
        if (code(row, 'LS') === 'V3' || code(row, 'LS') === 'V4') continue;
        if (!URN_POSTCODE_PLACES.has(code(row, 'PLACE')) || blank(row, 'PL_POST')) continue;
        const provider = providerOf(providers, (row.values.URN ?? '').trim());
        if (provider?.postcode === undefined) continue;
        if (postcode(row.values.PL_POST ?? '') !== postcode(provider.postcode)) {
          flag(source, row, ['PL_POST', 'URN']);
        }
      }
    },
  },
  {
    // A provider list's closing date on or before the episode began, or a
    // registration after it, makes the URN not valid for that start.
    code: '227',
    check: ({ tables, providers }, flag) => {
      if (providers === undefined) return;
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const provider = providerOf(providers, (row.values.URN ?? '').trim());
        const began = dateOf(row, 'DECOM');
        if (provider === undefined || began === undefined) continue;
        const closed = provider.closed === undefined ? undefined : parseIsoDate(provider.closed);
        const opened =
          provider.registered === undefined ? undefined : parseIsoDate(provider.registered);
        if ((closed !== undefined && began >= closed) || (opened !== undefined && began < opened)) {
          flag(source, row, ['URN', 'DECOM']);
        }
      }
    },
  },
  {
    // The episode's end (31 March for an open one) after the provider's
    // closing date.
    code: '228',
    check: ({ tables, providers, year }, flag) => {
      if (providers === undefined) return;
      const { end } = yearDays(year);
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const provider = providerOf(providers, (row.values.URN ?? '').trim());
        if (provider?.closed === undefined) continue;
        const closed = parseIsoDate(provider.closed);
        const ended = blank(row, 'DEC') ? end : dateOf(row, 'DEC');
        if (closed !== undefined && ended !== undefined && ended > closed) {
          flag(source, row, ['URN', 'DEC']);
        }
      }
    },
  },
  {
    // A UASC child (helpers-2xx-uasc.ts) under 11 on 31 March: their Header
    // row's date of birth is flagged for checking.
    code: '231',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      const statuses = uascStatuses(tables);
      const header = view(tables.Header);
      const dobs = header.date('DOB');
      for (const [child, positions] of header.byChild()) {
        if (statuses.get(child)?.uasc !== true) continue;
        for (const at of positions) {
          const dob = dobs[at];
          if (dob !== undefined && yearsAfter(dob, 11) > end) header.flag(flag, at, 'DOB');
        }
      }
    },
  },
  {
    code: '232',
    check: ({ tables }, flag) => {
      const header = view(tables.Header);
      header.code('SEX').forEach((sex, at) => {
        if (sex === 'U') header.flag(flag, at, 'SEX');
      });
    },
  },
  {
    code: '233',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decs = episodes.code('DEC');
      episodes.code('REASON_PLACE_CHANGE').forEach((reason, at) => {
        if (reason !== '' && decs[at] === '')
          episodes.flag(flag, at, ['REASON_PLACE_CHANGE', 'DEC']);
      });
    },
  },
  {
    // The placement changed on the episode's end date (DEC); the child's age
    // then comes from their Header DOB.
    code: '234',
    check: ({ tables }, flag) => {
      // The first date of birth the child's Header rows give (birthDays).
      const births = birthDays(tables.Header);
      const episodes = view(tables.Episodes);
      const decs = episodes.date('DEC');
      episodes.code('REASON_PLACE_CHANGE').forEach((reason, at) => {
        const changed = decs[at];
        if (reason !== 'CUSTOD' || changed === undefined) return;
        const dob = births.get(episodes.child[at] ?? '');
        if (dob !== undefined && changed < yearsAfter(dob, 10))
          episodes.flag(flag, at, 'REASON_PLACE_CHANGE');
      });
    },
  },
];
