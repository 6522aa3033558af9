/**
 * A census grouped by child, as the DfE's rules read it: each child's
 * identifiers row, disabilities and CIN episodes, each episode with its
 * assessments (and their factors), CIN plans, section 47 enquiries and child
 * protection plans (and their reviews). Built once per check and shared by
 * every rule.
 */
import type { CinTable } from '../tables';
import type { CinRow, CinTables } from '../types';

// The lists are set as they are built (childrenOf); the rules only read them.
export type Assessment = { readonly row: CinRow; factors: readonly CinRow[] };
export type ProtectionPlan = { readonly row: CinRow; reviews: readonly CinRow[] };

export type Episode = {
  readonly row: CinRow;
  assessments: readonly Assessment[];
  plans: readonly CinRow[];
  s47: readonly CinRow[];
  cpps: readonly ProtectionPlan[];
};

export type ChildRecord = {
  readonly id: string;
  readonly row: CinRow;
  disabilities: readonly CinRow[];
  episodes: readonly Episode[];
};

/**
 * `list` with `item` added: a new list when `list` is empty (every empty
 * list is {@link NONE}, shared, never added to), else `list` itself, added to
 * in place. Most episodes have no CIN plan or protection plan: their lists
 * cost nothing.
 */
function added<T>(list: readonly T[], item: T): readonly T[] {
  if (list.length === 0) return [item];
  // Only lists made here, by the line above, are ever non-empty: they are this module's own.
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion
  (list as T[]).push(item);
  return list;
}

const NONE: readonly never[] = Object.freeze([]);

/** Who a row of a child's table belongs to: its table and row. */
export type Place = { readonly table: CinTable; readonly row: CinRow };

/** Groups the tables by child (by position: each Children row is one child, ids may repeat). */
export function childrenOf(tables: CinTables): ChildRecord[] {
  const children: ChildRecord[] = tables.Children.map((row) => ({
    id: row.values['LAchildID'] ?? '',
    row,
    disabilities: NONE,
    episodes: NONE,
  }));
  // The first child with each id, for a row the walk below does not find in
  // step (made only then: in a census as exported, every row is in step).
  let firstById: Map<string, ChildRecord> | undefined;
  const byChildRow = {
    get: (id: string): ChildRecord | undefined => {
      if (firstById === undefined) {
        const made = new Map<string, ChildRecord>();
        for (const child of children) if (!made.has(child.id)) made.set(child.id, child);
        firstById = made;
      }
      return firstById.get(id);
    },
  };
  // Rows below an episode name it by its position in the CINdetails table
  // (CINdetailsID), and so on down: an array lookup each.
  const episodes: Episode[] = [];
  // Episodes are appended to the child whose rows enclose them: rows of a
  // child follow its Children row, so walk both tables in step.
  let at = 0;
  for (const row of tables.CINdetails) {
    const id = row.values['LAchildID'] ?? '';
    while (at < children.length - 1 && children[at]?.id !== id) at += 1;
    const child = children[at]?.id === id ? children[at] : byChildRow.get(id);
    const episode: Episode = { row, assessments: NONE, plans: NONE, s47: NONE, cpps: NONE };
    episodes[row.row - 1] = episode;
    if (child !== undefined) child.episodes = added(child.episodes, episode);
  }
  at = 0;
  for (const row of tables.Disabilities) {
    const id = row.values['LAchildID'] ?? '';
    while (at < children.length - 1 && children[at]?.id !== id) at += 1;
    const child = children[at]?.id === id ? children[at] : byChildRow.get(id);
    if (child !== undefined) child.disabilities = added(child.disabilities, row);
  }
  const assessments: Assessment[] = [];
  for (const row of tables.Assessments) {
    const assessment: Assessment = { row, factors: NONE };
    assessments[row.row - 1] = assessment;
    const episode = episodes[position(row.values['CINdetailsID'])];
    if (episode !== undefined) episode.assessments = added(episode.assessments, assessment);
  }
  for (const row of tables.AssessmentFactors) {
    const assessment = assessments[position(row.values['AssessmentID'])];
    if (assessment !== undefined) assessment.factors = added(assessment.factors, row);
  }
  for (const row of tables.CINplanDates) {
    const episode = episodes[position(row.values['CINdetailsID'])];
    if (episode !== undefined) episode.plans = added(episode.plans, row);
  }
  for (const row of tables.Section47) {
    const episode = episodes[position(row.values['CINdetailsID'])];
    if (episode !== undefined) episode.s47 = added(episode.s47, row);
  }
  const plans: ProtectionPlan[] = [];
  for (const row of tables.ChildProtectionPlans) {
    const plan: ProtectionPlan = { row, reviews: NONE };
    plans[row.row - 1] = plan;
    const episode = episodes[position(row.values['CINdetailsID'])];
    if (episode !== undefined) episode.cpps = added(episode.cpps, plan);
  }
  for (const row of tables.Reviews) {
    const plan = plans[position(row.values['CPPID'])];
    if (plan !== undefined) plan.reviews = added(plan.reviews, row);
  }
  return children;
}

/**
 * The 0-based position an id names (its row's number less one); -1 when
 * blank. Each table's id is read by name where it is used: one shape of row
 * per table, so one quick lookup.
 */
function position(id: string | undefined): number {
  return id === undefined || id === '' ? -1 : Number(id) - 1;
}
