/**
 * The simulation draws SEX as `1`/`2` and placements from the 2023/24 PLACE
 * list; a return is written in the codes of its own collection year, as the
 * year's SSDA903 spec lists them (shared/records/ssda903/spec-years/). From
 * 2024/25 SEX is `M`/`F`/`U`, and PLACE drops H5 (semi-independent living)
 * and P2 (independent living) and adds K3, supported accommodation: since
 * 28 October 2023 a looked-after 16- or 17-year-old not in care homes or
 * foster care lives in Ofsted-registered supported accommodation (The
 * Supported Accommodation (England) Regulations 2023,
 * https://www.legislation.gov.uk/uksi/2023/416).
 */
import { PLACE_BY_YEAR } from '../../records/ssda903/dfe/codes-1xx';
import { dfeRuleYear } from '../../records/ssda903/dfe/years';
import { columnChecks } from '../../records/ssda903/spec';
import { collectionYear } from '../../records/ssda903/year';
import { isoFromDay } from '../../records/ssda903/dates';

/** Translates the simulation's codes into those of one collection year. */
export type YearCodes = {
  readonly sex: (code: string) => string;
  readonly place: (code: string) => string;
};

const NEW_SEX: Readonly<Record<string, string>> = { '1': 'M', '2': 'F' };
/**
 * From 2025/26 the DfE's rule 146 no longer lists Z1 (other placements): the
 * codes Z11–Z14 replace it. The simulation does not tell those apart and
 * writes the last of them.
 */
const WITHDRAWN_PLACE: Readonly<Record<string, string>> = { H5: 'K3', P2: 'K3', Z1: 'Z14' };

/** The codes of the collection year starting on day `start` (1 April). */
export function yearCodes(start: number): YearCodes {
  const year = collectionYear(Number(isoFromDay(start).slice(0, 4)));
  const codes = (table: 'Header' | 'Episodes', column: string): ReadonlySet<string> =>
    columnChecks(table, year).find((check) => check.column === column)?.codes ?? new Set();
  const sexCodes = codes('Header', 'SEX');
  // Where the DfE publishes rules for the year, its rule 146 list too.
  const ruleYear = dfeRuleYear(year);
  const rulePlaces = ruleYear === undefined ? undefined : PLACE_BY_YEAR[ruleYear];
  const placeCodes = new Set(
    [...codes('Episodes', 'PLACE')].filter((place) => rulePlaces?.has(place) ?? true),
  );
  return {
    sex: (code) => (sexCodes.has(code) ? code : (NEW_SEX[code] ?? code)),
    place: (code) => (placeCodes.has(code) ? code : (WITHDRAWN_PLACE[code] ?? code)),
  };
}
