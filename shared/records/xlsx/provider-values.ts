import type { CellValue } from './cell';
import { cellText, isDateCell, serialToIsoDate } from './cell';
import { isoFromParts } from '../../util/calendar';

/**
 * Reading one provider-list cell as the field it is: text with the lists'
 * blank markers (`-`, `na`) made null, IDs as text, dates as `YYYY-MM-DD`,
 * multi-value code fields as arrays, and the registration status as a kind.
 */

/** Blank markers in these lists: empty, `-` (older CH and combined lists), `na` (SA sheets). */
function isBlankMarker(text: string): boolean {
  const lower = text.trim().toLowerCase();
  return (
    lower === '' ||
    lower === '-' ||
    lower === '–' ||
    lower === 'na' ||
    lower === 'n/a' ||
    lower === '#n/a'
  );
}

/**
 * Blank for a date, count or code: a blank marker, or the note LA agencies
 * carry in grade and inspection columns, "Not provided as service is
 * inspected as part of the ILACS inspection" (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england).
 */
export function isBlankValue(text: string): boolean {
  return isBlankMarker(text) || text.trim().toLowerCase().startsWith('not provided');
}

/** Trimmed text of a cell, or null when it is blank or one of the lists' blank markers. */
export function textValue(cell: CellValue | undefined): string | null {
  if (cell === undefined) return null;
  const text = cellText(cell).trim();
  return isBlankMarker(text) ? null : text;
}

/** A date cell, or a blank; `invalid` when the cell holds something else (kept as text). */
export type DateRead =
  | { readonly ok: true; readonly value: string | null }
  | { readonly ok: false; readonly text: string };

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a date written as text: `dd/mm/yyyy` (the DfE returns' format,
 * DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return) or `yyyy-mm-dd`. Undefined if it is neither or not a
 * real day.
 */
export function parseDateText(text: string): string | undefined {
  const dmy = DMY.exec(text);
  if (dmy !== null) return isoFromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = YMD.exec(text);
  if (ymd !== null) return isoFromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return undefined;
}

/** Reads a date column's cell: an Excel date, a date written as text, or a blank. */
export function dateValue(cell: CellValue | undefined): DateRead {
  if (cell === undefined || cell === null) return { ok: true, value: null };
  if (isDateCell(cell)) return { ok: true, value: serialToIsoDate(cell.serial) };
  const text = textValue(cell);
  if (text === null || isBlankValue(text)) return { ok: true, value: null };
  const parsed = parseDateText(text);
  return parsed === undefined ? { ok: false, text } : { ok: true, value: parsed };
}

/**
 * A multi-value code field (`U1,U2,U3`, `RD1, RD2`) as its codes. The
 * validator turns `/` into `,` in the CH list's codes, so both separate here
 * (csc-validator-be-903 `ingress.py`).
 */
export function codeList(cell: CellValue | undefined): string[] {
  const text = textValue(cell);
  if (text === null || isBlankValue(text)) return [];
  return text
    .split(/[,/]/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/** A setting's registration status, as a kind the app can act on. */
export type SettingStatus = 'active' | 'closed' | 'suspended' | 'unknown';

/**
 * Classifies a registration status. Ofsted lists use `Active`/`Registered`
 * for open settings and `Closed` (with a deregistration or closed date) for
 * closed ones; `Resigned`, `Cancelled` and `Refused` also end a registration.
 * An unrecognised status counts as closed when a closed date is given.
 */
export function settingStatus(status: string | null, closedDate: string | null): SettingStatus {
  const lower = status?.toLowerCase() ?? '';
  if (/^(active|registered|open|approved)\b/.test(lower)) return 'active';
  if (/^(closed|deregistered|resigned|cancell?ed|refused|withdrawn|inactive)\b/.test(lower)) {
    return 'closed';
  }
  if (lower.startsWith('suspended')) return 'suspended';
  return closedDate === null ? 'unknown' : 'closed';
}
