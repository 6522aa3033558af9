import { isoFromDay } from '../../util/calendar';

/**
 * Cell values as an xlsx worksheet stores them (ECMA-376 Part 1 §18.3.1.4
 * `c`, §18.18.11 `ST_CellType`), before any list-specific meaning is given to
 * them. Dates are kept as Excel serial day numbers in the 1900 date system and
 * turned into `YYYY-MM-DD` text on demand.
 */

/** A numeric cell whose number format is a date format: an Excel serial day number (1900 system). */
export type XlsxDate = { readonly kind: 'date'; readonly serial: number };

/** An error cell (`t="e"`), e.g. `#N/A`, `#REF!`, `#VALUE!`. */
export type XlsxError = { readonly kind: 'error'; readonly code: string };

/** A formula cell saved without a cached result, so the file holds no value for it. */
export type XlsxFormulaWithoutValue = { readonly kind: 'formula'; readonly formula: string };

/**
 * One cell: text, number, boolean, date, error, a formula with no saved
 * result, or `null` for an empty cell. A formula with a saved result reads as
 * that result (what Excel shows).
 */
export type CellValue =
  string | number | boolean | XlsxDate | XlsxError | XlsxFormulaWithoutValue | null;

/** True for an {@link XlsxDate} cell. */
export function isDateCell(value: CellValue): value is XlsxDate {
  return typeof value === 'object' && value !== null && value.kind === 'date';
}

/** True for an {@link XlsxError} cell. */
export function isErrorCell(value: CellValue): value is XlsxError {
  return typeof value === 'object' && value !== null && value.kind === 'error';
}

/** True for an {@link XlsxFormulaWithoutValue} cell. */
export function isFormulaWithoutValue(value: CellValue): value is XlsxFormulaWithoutValue {
  return typeof value === 'object' && value !== null && value.kind === 'formula';
}

/** The column letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/**
 * A number as text the way a user would type it: integers in full (no
 * exponent, so an ID such as `11111666333` stays whole), others as JavaScript
 * writes them.
 */
function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value);
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of Excel's 1900 system once its fictional 1900-02-29 (serial 60) is passed. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Days from 1970-01-01 back to 1899-12-30. */
const EPOCH_1900_DAYS = EPOCH_1900 / MS_PER_DAY;

/** Dates already written, by day: a return's dates repeat, so most cells are a lookup. */
const isoByDay = new Map<number, string>();

/**
 * The calendar date of an Excel serial day number in the 1900 date system, as
 * `YYYY-MM-DD`; any time of day is dropped. Excel counts the non-existent
 * 1900-02-29 as serial 60 (a Lotus 1-2-3 compatibility bug, see Microsoft's
 * "Excel incorrectly assumes that the year 1900 is a leap year"), so serials
 * below 61 are shifted by a day and 60 reads as 1900-02-28.
 */
export function serialToIsoDate(serial: number): string {
  let days = Math.floor(serial + 1e-9);
  if (days < 61 && days > 0) days += days === 60 ? 0 : 1;
  let iso = isoByDay.get(days);
  if (iso === undefined) {
    iso = isoFromDay(days + EPOCH_1900_DAYS);
    if (isoByDay.size < 100_000) isoByDay.set(days, iso);
  }
  return iso;
}

/** The Excel 1900-system serial day number of a `YYYY-MM-DD[T…]` text, or undefined if it is not one. */
export function isoToSerial(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : Math.round((time - EPOCH_1900) / MS_PER_DAY);
}

/**
 * A cell as plain text, as a user reads it in Excel: numbers in full, dates
 * as `YYYY-MM-DD`, booleans as `TRUE`/`FALSE`, errors by their code, a formula
 * without a result and an empty cell as `''`. Text is returned unchanged.
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value.kind === 'date') return serialToIsoDate(value.serial);
  if (value.kind === 'error') return value.code;
  return '';
}
