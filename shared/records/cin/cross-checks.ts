/**
 * Cross-checks between the CIN census and the other records, for the
 * help-and-protection judgement. Each finding names one child, the body
 * whose records show it, and the evidence an inspector would record.
 *
 * - `protection-and-care`: a child subject to a child protection plan in
 *   the census while looked after in the 903 of the same year. Statutory
 *   guidance expects a looked-after child's plan to end unless there are
 *   exceptional reasons to keep it (Working Together to Safeguard Children,
 *   https://www.gov.uk/government/publications/working-together-to-safeguard-children--2):
 *   worth a look either way.
 * - `annex-a-not-in-census`: a child in Annex A Lists 4 to 7 (assessments,
 *   section 47 enquiries, children in need, child protection; Ofsted ILACS
 *   Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018)
 *   who is in no census imported.
 * - `missing-from-provider-census`: a child in a delegated provider's own
 *   903 or Annex A lists who is in the council's census but not in the
 *   census the provider returned.
 *
 * The census allows child ids of letters and digits only (DfE rule 1580):
 * ids are compared in that form, so the 903's NM-2003 is the census's NM2003.
 */
import { childIdOfRow } from '../indicators/child-rows';
import { dayOf } from './dates';
import { censusYearOf } from './year';

/** One imported file as the cross-checks read it. */
export type CrossCheckFile = {
  readonly kind: string;
  readonly file: string;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
};

/** Every body's files: `council`, a provider's id, or `inspection` (ignored). */
export type CrossCheckOwner = { readonly owner: string; readonly files: readonly CrossCheckFile[] };

export const crossCheckKinds = [
  'protection-and-care',
  'annex-a-not-in-census',
  'missing-from-provider-census',
] as const;

export type CrossCheckKind = (typeof crossCheckKinds)[number];

export type CrossCheckFinding = {
  /** Stable across runs: the kind, the body and the child. */
  readonly id: string;
  readonly kind: CrossCheckKind;
  /** `council` or the delegated provider's id whose records show it. */
  readonly owner: string;
  /** The child's id, as the census writes it. */
  readonly child: string;
  /** What was found, in words: also the text of the evidence it becomes. */
  readonly message: string;
  /** The files the finding rests on. */
  readonly files: readonly string[];
};

export type CrossCheckReport = {
  /** The census year checked (`2025/26`); null when no census was imported. */
  readonly census: string | null;
  readonly findings: readonly CrossCheckFinding[];
};

const ANNEX_A_CHILD_LISTS = ['List 4', 'List 5', 'List 6', 'List 7'] as const;

const READ: ReadonlySet<string> = new Set<string>([
  'Header',
  'Children',
  'ChildProtectionPlans',
  'Episodes',
  ...ANNEX_A_CHILD_LISTS,
]);

/** Whether the cross-checks read a table's rows (a store can leave the others unread). */
export function crossChecksReadTable(table: string): boolean {
  return READ.has(table);
}

/** A child id as the census allows it: letters and digits only. */
export function censusChildId(id: string): string {
  return id.replace(/[^A-Za-z0-9]/g, '');
}

function valuesOf(row: unknown): object {
  if (typeof row !== 'object' || row === null) return {};
  const values: unknown = Reflect.get(row, 'values');
  return typeof values === 'object' && values !== null ? values : {};
}

function text(row: unknown, column: string): string {
  const value: unknown = Reflect.get(valuesOf(row), column);
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** A 903 date (`dd/mm/yyyy`) as a day number. */
function day903(value: string): number | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  return match === null ? undefined : dayOf(`${match[3]}-${match[2]}-${match[1]}`);
}

type Span = { readonly from: number; readonly to: number; readonly file: string };

/** Children in a census and their child protection plans. */
type Census = {
  readonly file: string;
  readonly children: Set<string>;
  readonly plans: Map<string, Span[]>;
};

function readCensus(file: CrossCheckFile, end: number): Census {
  const children = new Set<string>();
  for (const row of file.tables['Children'] ?? []) children.add(text(row, 'LAchildID'));
  const plans = new Map<string, Span[]>();
  for (const row of file.tables['ChildProtectionPlans'] ?? []) {
    const from = dayOf(text(row, 'CPPstartDate'));
    if (from === undefined) continue;
    const child = text(row, 'LAchildID');
    const span = { from, to: dayOf(text(row, 'CPPendDate')) ?? end, file: file.file };
    plans.set(child, [...(plans.get(child) ?? []), span]);
  }
  return { file: file.file, children, plans };
}

function censusEnd(files: readonly CrossCheckFile[]): number | undefined {
  let latest: number | undefined;
  for (const file of files) {
    const header = file.tables['Header']?.[0];
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(valuesOf(header))) {
      if (typeof value === 'string') values[key] = value;
    }
    const census = censusYearOf({ row: 1, values, problems: [] }).year?.census;
    if (census !== undefined) latest = Math.max(latest ?? census, census);
  }
  return latest;
}

/** Children in care by census id, with their 903 episodes' spans. */
function careSpans(owners: readonly CrossCheckOwner[], end: number): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  for (const { files } of owners) {
    for (const file of files) {
      if (!file.kind.startsWith('ssda903')) continue;
      for (const row of file.tables['Episodes'] ?? []) {
        const from = day903(text(row, 'DECOM'));
        if (from === undefined) continue;
        const child = censusChildId(text(row, 'CHILD'));
        const span = { from, to: day903(text(row, 'DEC')) ?? end, file: file.file };
        spans.set(child, [...(spans.get(child) ?? []), span]);
      }
    }
  }
  return spans;
}

/** The children a body's own 903 and Annex A Lists 4–7 hold, by census id, with the file naming each. */
function ownChildren(files: readonly CrossCheckFile[]): Map<string, string> {
  const children = new Map<string, string>();
  for (const file of files) {
    if (file.kind.startsWith('ssda903')) {
      for (const row of file.tables['Header'] ?? [])
        children.set(censusChildId(text(row, 'CHILD')), file.file);
    }
    if (file.kind === 'annex-a') {
      for (const list of ANNEX_A_CHILD_LISTS) {
        for (const row of file.tables[list] ?? []) {
          const id = childIdOfRow(list, row);
          if (id !== undefined) children.set(censusChildId(id), `${file.file} (${list})`);
        }
      }
    }
  }
  return children;
}

const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Runs the three cross-checks over every body's imported files. */
export function cinCrossChecks(owners: readonly CrossCheckOwner[]): CrossCheckReport {
  const bodies = owners.filter((entry) => entry.owner !== 'inspection');
  const censusFiles = bodies.flatMap(({ owner, files }) =>
    files.filter((file) => file.kind === 'cin-census').map((file) => ({ owner, file })),
  );
  const census = censusEnd(censusFiles.map(({ file }) => file));
  if (census === undefined) return { census: null, findings: [] };
  const start = dayOf(`${census - 1}-04-01`) ?? 0;
  const end = dayOf(`${census}-03-31`) ?? 0;
  const read = censusFiles.map(({ owner, file }) => ({ owner, census: readCensus(file, end) }));
  const inAnyCensus = new Set(read.flatMap(({ census: c }) => [...c.children]));
  const findings = new Map<string, CrossCheckFinding>();
  const add = (finding: Omit<CrossCheckFinding, 'id'>, key = finding.owner): void => {
    const id = `${finding.kind}:${key}:${finding.child}`;
    if (!findings.has(id)) findings.set(id, { id, ...finding });
  };

  // One finding per child on a plan while in care: a provider's census first, as the body holding the case.
  const care = careSpans(bodies, end);
  const providersFirst = [...read].sort(
    (a, b) => Number(a.owner === 'council') - Number(b.owner === 'council'),
  );
  for (const { owner, census: held } of providersFirst) {
    for (const [child, plans] of held.plans) {
      for (const plan of plans) {
        const episode = care
          .get(child)
          ?.find(
            (span) => span.from <= Math.min(plan.to, end) && span.to >= Math.max(plan.from, start),
          );
        if (episode === undefined) continue;
        add(
          {
            kind: 'protection-and-care',
            owner,
            child,
            message: `Child ${child} was subject to a child protection plan (from ${iso(plan.from)}${plan.to >= end ? ', still open at 31 March' : ` to ${iso(plan.to)}`}) while looked after (903 episode from ${iso(episode.from)}). Check why the plan continued once the child was looked after.`,
            files: [plan.file, episode.file],
          },
          'child',
        );
      }
    }
  }

  for (const { owner, files } of bodies) {
    const own = ownChildren(files.filter((file) => file.kind === 'annex-a'));
    for (const [child, where] of own) {
      if (inAnyCensus.has(child)) continue;
      add({
        kind: 'annex-a-not-in-census',
        owner,
        child,
        message: `Child ${child} is in Annex A (${where}) but in no CIN census imported for ${census - 1}/${String(census % 100).padStart(2, '0')}: check the census return is complete.`,
        files: [where.replace(/ \(List \d\)$/, '')],
      });
    }
  }

  for (const { owner, files } of bodies) {
    if (owner === 'council') continue;
    const mine = read.filter((entry) => entry.owner === owner);
    if (mine.length === 0) continue;
    const inMine = new Set(mine.flatMap(({ census: c }) => [...c.children]));
    const others = read.filter((entry) => entry.owner !== owner);
    for (const [child, where] of ownChildren(files)) {
      if (inMine.has(child)) continue;
      const elsewhere = others.find(({ census: c }) => c.children.has(child));
      if (elsewhere === undefined) continue;
      add({
        kind: 'missing-from-provider-census',
        owner,
        child,
        message: `Child ${child} is in the provider's own records (${where}) and in ${elsewhere.census.file}, but not in the provider's CIN census: the provider's return may be missing children.`,
        files: [
          where.replace(/ \(List \d\)$/, ''),
          elsewhere.census.file,
          ...mine.map(({ census: c }) => c.file),
        ],
      });
    }
  }
  return {
    census: `${census - 1}/${String(census % 100).padStart(2, '0')}`,
    findings: [...findings.values()],
  };
}
