/**
 * The mapping layer between Annex A rows and the indicators: List 8
 * (children in care) and List 9 (care leavers) rows as typed records, one per
 * child. Headers are matched after normalising (case, curly quotes, doubled
 * brackets, spacing) so that the template's own variants (ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018:
 * `(Y/N))`, `‘Missing’`, `Suitability of Accomodation`) all match. Answers
 * may carry the template's letter prefix (`b) Out`) or not (`Out`, as the
 * Annex A reader gives them); dates may be `YYYY-MM-DD` or `dd/mm/yyyy`.
 */
import { parseDay } from './dates';
import type { RecordRow } from './types';

/** A child on List 8 (children in care). Dates are day numbers. */
export type CareChild = {
  readonly id: string;
  readonly dob: number | undefined;
  readonly started: number | undefined;
  readonly ceased: number | undefined;
  readonly latestReview: number | undefined;
  readonly lastVisit: number | undefined;
  readonly lastHealthAssessment: number | undefined;
  readonly lastDentalCheck: number | undefined;
  readonly placements: number | undefined;
  /** Placement Location, or the LA of Placement's code for a placement outside England. */
  readonly location: 'in' | 'out' | undefined;
  readonly missing: number | undefined;
  readonly absent: number | undefined;
  readonly returnOffered: boolean | undefined;
  readonly returnAccepted: boolean | undefined;
};

/** A care leaver on List 9. */
export type LeaverChild = {
  readonly id: string;
  readonly eligibility: 'relevant' | 'former-relevant' | 'qualifying' | undefined;
  /** `yes`, `no`, `died`, `refu`, `nreq`, `rhom`, or '' when blank. */
  readonly inTouch: string;
  readonly suitable: boolean | undefined;
  /** The activity code (`F1` … `G6`), or ''. */
  readonly activity: string;
  /** UASC, or formerly UASC if 18 or over (the current template's List 9; undefined on the older one). */
  readonly uasc: boolean | undefined;
  /** The allocated personal adviser's name, or ''. */
  readonly personalAdviser: string;
  readonly latestPathwayPlanReview: number | undefined;
  readonly latestContact: number | undefined;
};

type Values = RecordRow['values'];

/** A header as compared: NFKC, straight quotes, single brackets, one space, lower case. */
function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B`]/g, "'")
    .replace(/\(+/g, '(')
    .replace(/\)+/g, ')')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const LIST_8 = {
  id: /^child unique id$/,
  dob: /^date of birth$/,
  started: /^date started to be looked after$/,
  ceased: /^date ceased to be looked after$/,
  latestReview: /^date of latest statutory review$/,
  lastVisit: /^date of last social work(er)? visit$/,
  lastHealthAssessment: /^date of last health assessment$/,
  lastDentalCheck: /^date of last dental check$/,
  placements: /^number of placements/,
  location: /^placement location$/,
  laOfPlacement: /^la of placement$/,
  missing: /^number of episodes .*'?missing'? /,
  absent: /^number of episodes .*'?absent'? /,
  returnOffered: /offered a return interview/,
  returnAccepted: /accept(ed)? a return interview/,
} as const;

const LIST_9 = {
  id: /^child unique id$/,
  eligibility: /^eligib\w* category$/,
  inTouch: /^la in touch$/,
  suitability: /^suitab\w* of accom\w*$/,
  activity: /^activity status$/,
  uasc: /^unaccompanied asylum seeking child/,
  personalAdviser: /^allocated personal advis[eo]r$/,
  latestPathwayPlanReview: /^latest pathway plan review date$/,
  latestContact: /^latest date of contact$/,
} as const;

type Columns<F extends string> = Partial<Record<F, string>>;

/** Which of the rows' headers holds each field (first match in header order). */
function columnsOf<F extends string>(
  rows: readonly RecordRow[],
  patterns: Readonly<Record<F, RegExp>>,
  fields: readonly F[],
): Columns<F> {
  const columns: Columns<F> = {};
  const seen = new Set<string>();
  for (const { values } of rows) {
    for (const header of Object.keys(values)) {
      if (seen.has(header)) continue;
      seen.add(header);
      const key = headerKey(header);
      const field = fields.find((name) => columns[name] === undefined && patterns[name].test(key));
      if (field !== undefined) columns[field] = header;
    }
  }
  return columns;
}

/** The answer without the template's `a) ` prefix, trimmed; '' for blank or `#N/A`. */
function answer(values: Values, column: string | undefined): string {
  if (column === undefined) return '';
  const value = values[column];
  if (value === null || value === undefined) return '';
  const bare = String(value)
    .trim()
    .replace(/^[a-z]{1,2}\)\s*/i, '');
  return bare.toUpperCase() === '#N/A' ? '' : bare;
}

/** The code at the start of an answer (`PR4 - Private provision` → `PR4`). */
function code(text: string): string {
  return (/^[A-Za-z0-9]+/.exec(text)?.[0] ?? '').toUpperCase();
}

function dayAnswer(values: Values, column: string | undefined): number | undefined {
  const text = answer(values, column);
  return text === '' ? undefined : parseDay(text);
}

function countAnswer(values: Values, column: string | undefined): number | undefined {
  const text = answer(values, column);
  const number = text === '' ? Number.NaN : Number(text);
  return Number.isInteger(number) && number >= 0 ? number : undefined;
}

function yesNo(values: Values, column: string | undefined): boolean | undefined {
  const text = answer(values, column).toLowerCase();
  if (text === 'yes' || text === 'y') return true;
  if (text === 'no' || text === 'n') return false;
  return undefined;
}

/** LA of Placement codes for placements outside England (Annex A guidance). */
const OUTSIDE_ENGLAND = new Set(['NIR', 'WAL', 'SCO', 'NUK']);

function location(values: Values, columns: Columns<keyof typeof LIST_8>): 'in' | 'out' | undefined {
  const stated = answer(values, columns.location).toLowerCase();
  if (stated === 'in' || stated.startsWith('in ')) return 'in';
  if (stated === 'out' || stated.startsWith('out ')) return 'out';
  return OUTSIDE_ENGLAND.has(answer(values, columns.laOfPlacement).toUpperCase())
    ? 'out'
    : undefined;
}

/** List 8 rows as typed records (rows without a child id are left out). */
export function careChildren(rows: readonly RecordRow[]): CareChild[] {
  const fields = Object.keys(LIST_8).filter((name): name is keyof typeof LIST_8 => name in LIST_8);
  const columns = columnsOf(rows, LIST_8, fields);
  const children: CareChild[] = [];
  for (const { values } of rows) {
    const id = answer(values, columns.id);
    if (id === '') continue;
    children.push({
      id,
      dob: dayAnswer(values, columns.dob),
      started: dayAnswer(values, columns.started),
      ceased: dayAnswer(values, columns.ceased),
      latestReview: dayAnswer(values, columns.latestReview),
      lastVisit: dayAnswer(values, columns.lastVisit),
      lastHealthAssessment: dayAnswer(values, columns.lastHealthAssessment),
      lastDentalCheck: dayAnswer(values, columns.lastDentalCheck),
      placements: countAnswer(values, columns.placements),
      location: location(values, columns),
      missing: countAnswer(values, columns.missing),
      absent: countAnswer(values, columns.absent),
      returnOffered: yesNo(values, columns.returnOffered),
      returnAccepted: yesNo(values, columns.returnAccepted),
    });
  }
  return children;
}

function eligibility(text: string): LeaverChild['eligibility'] {
  const lower = text.toLowerCase();
  if (lower.startsWith('former relevant')) return 'former-relevant';
  if (lower.startsWith('relevant')) return 'relevant';
  if (lower.startsWith('qualifying')) return 'qualifying';
  return undefined;
}

/** List 9 rows as typed records (rows without a child id are left out). */
export function leaverChildren(rows: readonly RecordRow[]): LeaverChild[] {
  const fields = Object.keys(LIST_9).filter((name): name is keyof typeof LIST_9 => name in LIST_9);
  const columns = columnsOf(rows, LIST_9, fields);
  const children: LeaverChild[] = [];
  for (const { values } of rows) {
    const id = answer(values, columns.id);
    if (id === '') continue;
    const suitability = answer(values, columns.suitability).toLowerCase();
    children.push({
      id,
      eligibility: eligibility(answer(values, columns.eligibility)),
      inTouch: answer(values, columns.inTouch).toLowerCase(),
      suitable:
        suitability === 'suitable' ? true : suitability === 'unsuitable' ? false : undefined,
      activity: code(answer(values, columns.activity)),
      uasc: yesNo(values, columns.uasc),
      personalAdviser: answer(values, columns.personalAdviser),
      latestPathwayPlanReview: dayAnswer(values, columns.latestPathwayPlanReview),
      latestContact: dayAnswer(values, columns.latestContact),
    });
  }
  return children;
}

/**
 * One record per child id: where a child is listed more than once (in one
 * list or across sources), the record that sorts first (latest start into
 * care, then its JSON text) is kept, so the choice never depends on order.
 */
export function onePerChild<T extends { readonly id: string }>(
  records: readonly T[],
  rank: (a: T, b: T) => number,
): Map<string, T> {
  const kept = new Map<string, T>();
  for (const record of records) {
    const held = kept.get(record.id);
    if (held === undefined || rank(record, held) < 0) kept.set(record.id, record);
  }
  return kept;
}

/** Orders records by their JSON text (a total, order-free tie-break). */
export function byText<T>(a: T, b: T): number {
  const left = JSON.stringify(a);
  const right = JSON.stringify(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Latest start into care first, then {@link byText}. */
export function byLatestStart(a: CareChild, b: CareChild): number {
  const left = a.started ?? Number.NEGATIVE_INFINITY;
  const right = b.started ?? Number.NEGATIVE_INFINITY;
  return left !== right ? right - left : byText(a, b);
}
