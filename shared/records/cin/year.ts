/**
 * The census year a return is for. The header's `ReferenceDate` is the
 * census date, 31 March at the end of the collection year (the DfE's CIN
 * census guide); its `Year` names the same calendar year. The return is
 * checked against that year's schema, or the nearest one held.
 */
import type { Severity } from '../problem';
import { isIsoDate } from './dates';
import { FIRST_SCHEMA_YEAR, LAST_SCHEMA_YEAR } from './schema';
import type { CinRow, CinYear } from './types';

export type CensusYearFinding = {
  readonly year: CinYear | undefined;
  readonly schemaYear: number;
  readonly note?: {
    readonly severity: Severity;
    readonly message: string;
    readonly value?: string;
  };
};

/** The collection year ending on 31 March `census`. */
export function cinYear(census: number): CinYear {
  return { census, start: `${census - 1}-04-01`, end: `${census}-03-31` };
}

function nearestSchema(census: number): number {
  return Math.min(LAST_SCHEMA_YEAR, Math.max(FIRST_SCHEMA_YEAR, census));
}

/** The census year from the header row, with a note when it had to be guessed or is out of range. */
export function censusYearOf(header: CinRow | undefined): CensusYearFinding {
  const reference = header?.values['ReferenceDate'] ?? '';
  const named = header?.values['Year'] ?? '';
  let census: number | undefined;
  let note: CensusYearFinding['note'];
  if (isIsoDate(reference)) {
    census = Number(reference.slice(0, 4));
    if (reference.slice(5) !== '03-31') {
      note = {
        severity: 'warning',
        value: reference,
        message: `The reference date ${reference} is not 31 March; the census is taken as the one ending 31 March ${census}.`,
      };
    }
  } else if (/^\d{4}$/.test(named)) {
    census = Number(named);
    note = {
      severity: 'warning',
      message: `The header has no usable reference date; the census is taken as the one ending 31 March ${census}, from its <Year>.`,
    };
  }
  if (census === undefined) {
    return {
      year: undefined,
      schemaYear: LAST_SCHEMA_YEAR,
      note: {
        severity: 'error',
        message: `The header gives no reference date or year, so the census year is unknown. It was checked against the ${LAST_SCHEMA_YEAR} schema; dates are not checked against a census period.`,
      },
    };
  }
  const schemaYear = nearestSchema(census);
  if (schemaYear !== census) {
    note = {
      severity: 'warning',
      message: `No CIN census schema for the year ending March ${census} is held; the file was checked against the ${schemaYear} schema.`,
    };
  }
  return { year: cinYear(census), schemaYear, ...(note === undefined ? {} : { note }) };
}
