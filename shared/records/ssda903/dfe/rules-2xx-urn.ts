/**
 * DfE 903 rules 219 and 224: an episode's placement type (PLACE) and
 * placement provider (PLACE_PROVIDER) against the codes the Ofsted provider
 * lists give the URN. The lists councils receive for the return carry, for
 * each provider, the placement types it may take (`Placement code`, or
 * `Provider Code` in the children's homes list) and its provider codes
 * (`Placement provider code`, or `Provider Placement Code`), several
 * separated by commas or slashes; shared/records/xlsx reads them. Each
 * rule's text is in catalogue.ts. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 *
 * Reading: a rule flags only where the lists were imported, hold the URN
 * and give it codes (a URN they lack is rule 1008's; XXXXXXX means none).
 * Codes are compared upper-cased. Supported accommodation is H5 in the
 * returns to 2023/24 and K3 from 2024/25 (rules-3xx-c.ts), and a list names
 * it by one of the two, so for rule 219 a provider given either accepts
 * both. A placement type that is no code at all in the year is rule 146's
 * finding alone: one mistake, one problem.
 */
import { PLACE_BY_YEAR } from './codes-1xx';
import { blank, code, rowsOf } from './helpers';
import type { DfeInput, DfeRule, RegisteredProvider } from './rule';

const NO_URN = 'XXXXXXX';
const SUPPORTED_ACCOMMODATION: readonly string[] = ['H5', 'K3'];

/** The provider a row's URN names, when the lists were imported and hold it. */
function providerOf(providers: DfeInput['providers'], urn: string): RegisteredProvider | undefined {
  if (providers === undefined || urn === '' || urn.toUpperCase() === NO_URN) return undefined;
  return providers.get(urn) ?? providers.get(urn.toUpperCase());
}

/** Whether the placement type is one the provider's codes allow. */
function placeAllowed(place: string, codes: readonly string[]): boolean {
  if (codes.includes(place)) return true;
  return (
    SUPPORTED_ACCOMMODATION.includes(place) &&
    codes.some((allowed) => SUPPORTED_ACCOMMODATION.includes(allowed))
  );
}

export const RULES_2XX_URN: readonly DfeRule[] = [
  {
    code: '219',
    check: ({ tables, providers, ruleYear }, flag) => {
      if (providers === undefined) return;
      const known = PLACE_BY_YEAR[ruleYear];
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const codes = providerOf(providers, (row.values.URN ?? '').trim())?.placementCodes;
        if (codes === undefined || blank(row, 'PLACE')) continue;
        const place = code(row, 'PLACE');
        if (known.has(place) && !placeAllowed(place, codes)) {
          flag(source, row, ['URN', 'PLACE'], `the provider lists give ${codes.join(', ')}`);
        }
      }
    },
  },
  {
    code: '224',
    check: ({ tables, providers }, flag) => {
      if (providers === undefined) return;
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const codes = providerOf(providers, (row.values.URN ?? '').trim())?.providerCodes;
        if (codes === undefined || blank(row, 'PLACE_PROVIDER')) continue;
        if (!codes.includes(code(row, 'PLACE_PROVIDER'))) {
          flag(
            source,
            row,
            ['PLACE_PROVIDER', 'URN'],
            `the provider lists give ${codes.join(', ')}`,
          );
        }
      }
    },
  },
];
