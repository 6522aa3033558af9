/**
 * A child's UASC (unaccompanied asylum-seeking child) status in one return,
 * for the rules that compare it across years (205A–205D, 231). An XML
 * return says it in Header `UASC` (1 or blank); a CSV return has no such
 * column, and a child is UASC there when their UASC row gives anything
 * beyond CHILD and DOB (sex or date ceased), as the DfE's tool reads it.
 * DfE guidance: https://www.gov.uk/guidance/children-looked-after-return
 */
import type { Ssda903Tables } from '../types';
import type { SourcedRow } from './helpers';
import { view, type TableView } from './view';

/** The source and row at position `at` of a table's view. */
function entry(table: TableView, at: number | undefined): SourcedRow | undefined {
  const source = at === undefined ? undefined : table.sources[at];
  const row = at === undefined ? undefined : table.rows[at];
  return source === undefined || row === undefined ? undefined : [source, row];
}

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
  const uascTable = view(tables.UASC);
  const headerTable = view(tables.Header);
  const uascRows = uascTable.byChild();
  const headers = headerTable.byChild();
  const present = headerTable.has('UASC');
  // Only children in the Header table count (the rows with a CHILD).
  const xml = headerTable.child.some((child, at) => child !== '' && present[at] === true);
  const flags = headerTable.code('UASC');
  const headerDobs = headerTable.date('DOB');
  const sexes = uascTable.code('SEX');
  const ceased = uascTable.code('DUC');
  const uascDobs = uascTable.date('DOB');
  for (const child of new Set([...headers.keys(), ...uascRows.keys()])) {
    const header = headers.get(child)?.[0];
    const uascAt = uascRows.get(child)?.[0];
    const row = entry(uascTable, uascAt) ?? entry(headerTable, header);
    if (row === undefined) continue;
    const uasc = xml
      ? header !== undefined && flags[header] === '1'
      : uascAt !== undefined && (sexes[uascAt] !== '' || ceased[uascAt] !== '');
    const dob =
      (uascAt === undefined ? undefined : uascDobs[uascAt]) ??
      (header === undefined ? undefined : headerDobs[header]);
    statuses.set(child, {
      uasc,
      duc: uascAt === undefined ? '' : (uascTable.rows[uascAt]?.values.DUC ?? '').trim(),
      row,
      dob,
    });
  }
  return statuses;
}
