/**
 * A child's UASC (unaccompanied asylum-seeking child) status in one return,
 * for the rules that compare it across years (205A–205D, 231). An XML
 * return says it in Header `UASC` (1 or blank); a CSV return has no such
 * column, and a child is UASC there when their UASC row gives anything
 * beyond CHILD and DOB (sex or date ceased), as the DfE's tool reads it.
 * DfE guidance: https://www.gov.uk/guidance/children-looked-after-return
 */
import type { Ssda903Tables } from '../types';
import { blank, byChild, code, dateOf, type SourcedRow } from './helpers';

/** What one return says about a child's UASC status. */
export type UascStatus = {
  readonly uasc: boolean;
  /** The date UASC status ceased, as given (blank when none). */
  readonly duc: string;
  /** The child's UASC row, if any, else their Header row: the row a finding is about. */
  readonly row: SourcedRow;
  readonly dob: number | undefined;
};

/** Each child's UASC status in a return (children in its Header or UASC table). */
export function uascStatuses(tables: Ssda903Tables | undefined): Map<string, UascStatus> {
  const statuses = new Map<string, UascStatus>();
  if (tables === undefined) return statuses;
  const uascRows = byChild(tables.UASC);
  const headers = byChild(tables.Header);
  const xml = [...headers.values()].some((rows) =>
    rows.some(([, row]) => row.values.UASC !== undefined),
  );
  for (const child of new Set([...headers.keys(), ...uascRows.keys()])) {
    const header = headers.get(child)?.[0];
    const uascRow = uascRows.get(child)?.[0];
    const row = uascRow ?? header;
    if (row === undefined) continue;
    const uasc = xml
      ? header !== undefined && code(header[1], 'UASC') === '1'
      : uascRow !== undefined && (!blank(uascRow[1], 'SEX') || !blank(uascRow[1], 'DUC'));
    const dob =
      (uascRow === undefined ? undefined : dateOf(uascRow[1], 'DOB')) ??
      (header === undefined ? undefined : dateOf(header[1], 'DOB'));
    statuses.set(child, {
      uasc,
      duc: uascRow === undefined ? '' : (uascRow[1].values.DUC ?? '').trim(),
      row,
      dob,
    });
  }
  return statuses;
}
