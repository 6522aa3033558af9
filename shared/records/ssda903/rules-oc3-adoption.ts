/**
 * Care leaver (OC3) and placed-for-adoption rules. Rule numbers are
 * csc-validator-be-903's: 344 (IN_TOUCH DIED or RHOM: ACTIV and ACCOM must be
 * 0, "not provided"), 345 (IN_TOUCH YES: neither may be 0) and 583 (of several
 * DATE_PLACED, all but the latest need DATE_PLACED_CEASED). The 2024 spec lists
 * `0` as a code of ACTIV and ACCOM (validator rules 132, 133) only as that
 * "not provided" marker, so a `0` for a young person who is not in touch (NO,
 * REFU, NREQ) is reported as a warning: DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return counts ACTIV `0` as
 * invalid in the fixture. More than one placed-for-adoption record for one
 * child is a warning (DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return: placed_for_adoption_errors.csv's
 * deliberate duplicate); rule 583's message asks to "check that both dates are
 * required".
 */
import { quoted } from '../../limits';
import { dateOf, rowsOf, type Report } from './rule-context';
import type { Ssda903Row, Ssda903Tables, TableSource } from './types';

const NOT_PROVIDED = new Set(['DIED', 'RHOM']);

/** Rules 344 and 345, and the `0` warning. */
export function checkOc3(tables: Ssda903Tables, report: Report): void {
  for (const [source, row] of rowsOf(tables.OC3)) {
    const inTouch = (row.values.IN_TOUCH ?? '').toUpperCase();
    for (const column of ['ACTIV', 'ACCOM']) {
      const value = row.values[column] ?? '';
      if (NOT_PROVIDED.has(inTouch)) {
        if (value === '0') continue;
        report(source, row, {
          rule: '903.OC3.not-provided',
          severity: 'error',
          column,
          value,
          message: `IN_TOUCH is ${inTouch}, so ${column} must be 0 ("not provided") (validator rule 344), not "${quoted(value)}".`,
        });
      } else if (value === '0') {
        const yes = inTouch === 'YES';
        report(source, row, {
          rule: yes ? '903.OC3.zero-in-touch' : '903.OC3.zero-not-expected',
          severity: yes ? 'error' : 'warning',
          column,
          value,
          message: yes
            ? `The council is in touch with this young person (IN_TOUCH YES), so ${column} must be a real code, not 0 (validator rule 345).`
            : `${column} is 0 ("not provided"), which the DfE expects only when IN_TOUCH is DIED or RHOM (validator rule 344); here IN_TOUCH is ${inTouch || 'blank'}. Give the ${column === 'ACTIV' ? 'activity' : 'accommodation'} code if it is known.`,
        });
      }
    }
  }
}

/** Rule 583 and the duplicate-record warning for PlacedAdoption. */
export function checkPlacedAdoption(tables: Ssda903Tables, report: Report): void {
  const byChild = new Map<string, Array<readonly [TableSource, Ssda903Row]>>();
  for (const [source, row] of rowsOf(tables.PlacedAdoption)) {
    const child = row.values.CHILD ?? '';
    if (child === '') continue;
    const list = byChild.get(child) ?? [];
    list.push([source, row]);
    byChild.set(child, list);
  }
  for (const [child, list] of byChild) {
    if (list.length < 2) continue;
    const rows = list.map(([, row]) => row.row).join(', ');
    for (const [source, row] of list.slice(1)) {
      report(source, row, {
        rule: '903.PlacedAdoption.more-than-one',
        severity: 'warning',
        column: 'CHILD',
        value: child,
        message: `Child ${child} has ${list.length} placed-for-adoption records (rows ${rows}). Check that each decision is needed and that earlier ones were revoked; remove any copy.`,
      });
    }
    const latest = Math.max(
      ...list.map(([, row]) => dateOf(row, 'DATE_PLACED') ?? Number.NEGATIVE_INFINITY),
    );
    for (const [source, row] of list) {
      const placed = dateOf(row, 'DATE_PLACED');
      if (placed === undefined || placed === latest || (row.values.DATE_PLACED_CEASED ?? '') !== '')
        continue;
      report(source, row, {
        rule: '903.PlacedAdoption.583',
        severity: 'error',
        column: 'DATE_PLACED_CEASED',
        value: '',
        message: `Child ${child} has a later decision to place for adoption, but this earlier one (DATE_PLACED ${row.values.DATE_PLACED ?? ''}) has no DATE_PLACED_CEASED (validator rule 583). Add the date it was revoked.`,
      });
    }
  }
}
