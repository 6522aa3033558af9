/**
 * DfE 903 rules 202–210: a child's details against last year's return
 * (sex, date of birth, ethnicity, UASC status, mother status, UPN) and the
 * unknown-UPN codes. The rules comparing years need last year's return;
 * without it they flag nothing. Each rule's text is in catalogue.ts; a
 * comment gives the reading where the text leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { dayNumber, parseDfeDate } from '../dates';
import type { Ssda903Row, Ssda903Tables, TableSource } from '../types';
import { byChild, code, dateOf, yearDays } from './helpers';
import { yearsAfter } from './helpers-1xx-care';
import { uascStatuses, type UascStatus } from './helpers-2xx-uasc';
import type { DfeFlag, DfeRule } from './rule';
import { view, type Positions, type TableView } from './view';

/** Each Header row this year whose child has a Header row last year, with last year's row. */
function headerPairs(
  tables: Ssda903Tables,
  previous: Ssda903Tables | undefined,
  each: (now: readonly [TableSource, Ssda903Row], last: Ssda903Row) => void,
): void {
  if (previous?.Header === undefined) return;
  const last = byChild(previous.Header);
  for (const [child, rows] of byChild(tables.Header)) {
    const before = last.get(child)?.[0];
    if (before === undefined) continue;
    for (const entry of rows) each(entry, before[1]);
  }
}

/** Sex as M/F/U whichever year's codes it is written in (1/2 until 2023/24, M/F/U after). */
function sexOf(row: Ssda903Row): string {
  const sex = code(row, 'SEX');
  return sex === '1' ? 'M' : sex === '2' ? 'F' : sex;
}

/** Whether a DfE date in text is the same day in both (or the same text when either is not a date). */
function sameDate(row: Ssda903Row, other: Ssda903Row, column: string): boolean {
  const day = dateOf(row, column);
  const otherDay = dateOf(other, column);
  if (day !== undefined && otherDay !== undefined) return day === otherDay;
  return (row.values[column] ?? '').trim() === (other.values[column] ?? '').trim();
}

/** A date UASC status ceased, as a day number (undefined when blank or not a date). */
function parseDuc(text: string): number | undefined {
  return text === '' ? undefined : parseDfeDate(text);
}

/** Whether one of the episodes (positions in `episodes`) covers `day` (begun by then, not ended before it). */
function inCareOn(episodes: TableView, positions: Positions, day: number): boolean {
  const decoms = episodes.date('DECOM');
  const decs = episodes.date('DEC');
  const given = episodes.code('DEC');
  return positions.some((at) => {
    const began = decoms[at];
    return began !== undefined && began <= day && (given[at] === '' || (decs[at] ?? 0) >= day);
  });
}

const UNKNOWN_UPN: ReadonlySet<string> = new Set(['UN1', 'UN2', 'UN3', 'UN4', 'UN5']);

/** The UASC statuses of both years, or undefined without last year's return. */
function bothYears(
  tables: Ssda903Tables,
  previous: Ssda903Tables | undefined,
): { readonly now: Map<string, UascStatus>; readonly last: Map<string, UascStatus> } | undefined {
  if (previous === undefined) return undefined;
  if (previous.UASC === undefined && previous.Header === undefined) return undefined;
  return { now: uascStatuses(tables), last: uascStatuses(previous) };
}

/** Flags a child's UASC finding on their UASC row (DUC) or, without one, their Header row (UASC). */
function flagUasc(flag: DfeFlag, status: UascStatus): void {
  const [source, row] = status.row;
  flag(source, row, source.table === 'UASC' ? ['DUC', 'CHILD'] : ['UASC', 'CHILD']);
}

export const RULES_2XX_A: readonly DfeRule[] = [
  {
    // 1 and M, 2 and F are the same sex written in the codes before and
    // after 2024/25, so a return using the new codes does not disagree with
    // last year's old ones.
    code: '202',
    check: ({ tables, previous }, flag) => {
      headerPairs(tables, previous, ([source, row], last) => {
        if (sexOf(row) !== sexOf(last)) flag(source, row, 'SEX');
      });
    },
  },
  {
    code: '203',
    check: ({ tables, previous }, flag) => {
      headerPairs(tables, previous, ([source, row], last) => {
        if (!sameDate(row, last, 'DOB')) flag(source, row, 'DOB');
      });
    },
  },
  {
    code: '204',
    check: ({ tables, previous }, flag) => {
      headerPairs(tables, previous, ([source, row], last) => {
        if (code(row, 'ETHNIC') !== code(last, 'ETHNIC')) flag(source, row, 'ETHNIC');
      });
    },
  },
  {
    // UASC last year and not this year: status ceased last year, so last
    // year's date ceased must fall in last year's collection year and this
    // year's must be blank.
    code: '205A',
    check: ({ tables, previous, year }, flag) => {
      const years = bothYears(tables, previous);
      if (years === undefined) return;
      const { start, end } = yearDays(year);
      for (const [child, status] of years.now) {
        const before = years.last.get(child);
        if (before === undefined || !before.uasc || status.uasc) continue;
        const ceased = parseDuc(before.duc);
        const inLastYear =
          ceased !== undefined && ceased >= yearsAfter(start, -1) && ceased <= yearsAfter(end, -1);
        if (status.duc !== '' || !inLastYear) flagUasc(flag, status);
      }
    },
  },
  {
    // UASC in both years: the date UASC status ceases is the 18th birthday
    // (DfE guidance: for a child still UASC, the date they turn 18), given
    // last year; this year's date is last year's, or falls in this year.
    code: '205B',
    check: ({ tables, previous, year }, flag) => {
      const years = bothYears(tables, previous);
      if (years === undefined) return;
      const { start, end } = yearDays(year);
      for (const [child, status] of years.now) {
        const before = years.last.get(child);
        if (before === undefined || !before.uasc || !status.uasc) continue;
        const dob = before.dob ?? status.dob;
        const lastCeased = parseDuc(before.duc);
        const ceased = parseDuc(status.duc);
        const lastIs18th = dob !== undefined && lastCeased === yearsAfter(dob, 18);
        const nowFits =
          ceased !== undefined && ((ceased >= start && ceased <= end) || ceased === lastCeased);
        if (!lastIs18th || !nowFits) flagUasc(flag, status);
      }
    },
  },
  {
    code: '205C',
    check: ({ tables, previous }, flag) => {
      const years = bothYears(tables, previous);
      if (years === undefined) return;
      for (const [child, status] of years.now) {
        const before = years.last.get(child);
        const never = !status.uasc && before?.uasc !== true;
        if (never && (status.duc !== '' || (before?.duc ?? '') !== '')) flagUasc(flag, status);
      }
    },
  },
  {
    // Only children in last year's return are judged.
    code: '205D',
    check: ({ tables, previous }, flag) => {
      const years = bothYears(tables, previous);
      if (years === undefined) return;
      for (const [child, status] of years.now) {
        const before = years.last.get(child);
        if (status.uasc && before !== undefined && !before.uasc) {
          const [source, row] = status.row;
          flag(source, row, source.table === 'UASC' ? 'CHILD' : ['UASC', 'CHILD']);
        }
      }
    },
  },
  {
    // Once recorded as a mother (1), a child looked after this year (with an
    // episode in this return) stays one.
    code: '207',
    check: ({ tables, previous }, flag) => {
      // Without last year's Header there is nothing to compare (headerPairs does nothing).
      if (previous?.Header === undefined) return;
      const episodes = byChild(tables.Episodes);
      headerPairs(tables, previous, ([source, row], last) => {
        const child = (row.values.CHILD ?? '').trim();
        const wasMother = code(last, 'MOTHER') === '1';
        if (wasMother && episodes.has(child) && code(row, 'MOTHER') !== '1') {
          flag(source, row, 'MOTHER');
        }
      });
    },
  },
  {
    // Allowed changes: from blank or UN1 to UN2–UN5; from blank to UN1; from
    // blank or an unknown code to a real UPN.
    code: '208',
    check: ({ tables, previous }, flag) => {
      headerPairs(tables, previous, ([source, row], last) => {
        const now = code(row, 'UPN');
        const before = code(last, 'UPN');
        if (now === before) return;
        const unknownBefore = before === '' || UNKNOWN_UPN.has(before);
        const allowed =
          ((before === '' || before === 'UN1') && UNKNOWN_UPN.has(now) && now !== 'UN1') ||
          (before === '' && now === 'UN1') ||
          (unknownBefore && now !== '' && !UNKNOWN_UPN.has(now));
        if (!allowed) flag(source, row, 'UPN');
      });
    },
  },
  {
    // School age: 4 or over on 31 August before the collection year began
    // (so for 2025/26, 4 by 31/08/2024), as the DfE's rule sets the date.
    code: '209',
    check: ({ tables, year }, flag) => {
      const cutOff = dayNumber(Number(year.start.slice(0, 4)) - 1, 8, 31);
      const header = view(tables.Header);
      const dobs = header.date('DOB');
      header.code('UPN').forEach((upn, at) => {
        const dob = dobs[at];
        if (upn === 'UN1' && dob !== undefined && yearsAfter(dob, 4) <= cutOff) {
          header.flag(flag, at, ['UPN', 'DOB']);
        }
      });
    },
  },
  {
    // "Looked after for more than a week at 31 March": in care on 23 March
    // (an episode begun by then and not ended before it) and on 31 March.
    code: '210',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      const weekBefore = end - 8;
      const episodes = view(tables.Episodes);
      const children = episodes.byChild();
      const header = view(tables.Header);
      const upns = header.code('UPN');
      for (const [child, positions] of header.byChild()) {
        // Only a child with an unknown-UPN code UN4 can break the rule.
        if (!positions.some((at) => upns[at] === 'UN4')) continue;
        const own = children.get(child) ?? [];
        if (!inCareOn(episodes, own, weekBefore) || !inCareOn(episodes, own, end)) continue;
        for (const at of positions) if (upns[at] === 'UN4') header.flag(flag, at, 'UPN');
      }
    },
  },
];
