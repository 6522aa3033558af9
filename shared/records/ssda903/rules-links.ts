/**
 * Links between tables. Header holds one row per child; every other table's
 * CHILD must be a Header child, and its DOB (and UASC's SEX) must agree with
 * Header's. The validator joins every table to Header on CHILD
 * (`ingress.read_csvs_from_text`, `read_xml_from_text`); DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return
 * documents that all tables but sw_episodes and DoLo link, and that DOB always
 * equals header.DOB.
 */
import { TABLE_NAMES } from './tables';
import { forEachRow, type Report } from './rule-context';
import type { Ssda903Tables } from './types';

/** Runs the link rules. Does nothing when there is no Header table to link to. */
export function checkLinks(tables: Ssda903Tables, report: Report): void {
  const header = tables.Header;
  if (header === undefined || header.length === 0) return;
  const children = new Map<
    string,
    { readonly dob: string; readonly sex: string; readonly row: number }
  >();
  forEachRow(header, (source, row) => {
    const child = row.values.CHILD ?? '';
    if (child === '') return; // reported by the spec check 903.Header.CHILD.blank
    const first = children.get(child);
    if (first !== undefined) {
      report(source, row, {
        rule: '903.Header.CHILD.duplicate',
        severity: 'error',
        column: 'CHILD',
        value: child,
        message: `Child ${child} has more than one Header row (first at row ${first.row}). Header must have one row per child: remove or merge the duplicate.`,
      });
      return;
    }
    children.set(child, { dob: row.values.DOB ?? '', sex: row.values.SEX ?? '', row: row.row });
  });
  for (const table of TABLE_NAMES) {
    if (table === 'Header') continue;
    forEachRow(tables[table], (source, row) => {
      const child = row.values.CHILD ?? '';
      if (child === '') return;
      const known = children.get(child);
      if (known === undefined) {
        report(source, row, {
          rule: '903.link.child-not-in-header',
          severity: 'error',
          column: 'CHILD',
          value: child,
          message: `Child ${child} in ${table} is not in the Header table. Every child in the return needs a Header row: add it, or correct the CHILD id.`,
        });
        return;
      }
      const dob = row.values.DOB;
      if (dob !== undefined && dob !== '' && known.dob !== '' && dob !== known.dob) {
        report(source, row, {
          rule: '903.link.dob-mismatch',
          severity: 'error',
          column: 'DOB',
          value: dob,
          message: `DOB ${dob} for child ${child} in ${table} differs from Header's ${known.dob}. Correct whichever is wrong.`,
        });
      }
      const sex = row.values.SEX;
      if (
        table === 'UASC' &&
        sex !== undefined &&
        sex !== '' &&
        known.sex !== '' &&
        sex !== known.sex
      ) {
        report(source, row, {
          rule: '903.link.sex-mismatch',
          severity: 'error',
          column: 'SEX',
          value: sex,
          message: `SEX ${sex} for child ${child} in UASC differs from Header's ${known.sex}. Correct whichever is wrong.`,
        });
      }
    });
  }
}
