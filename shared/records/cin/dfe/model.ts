/**
 * A census grouped by child, as the DfE's rules read it: each child's
 * identifiers row, disabilities and CIN episodes, each episode with its
 * assessments (and their factors), CIN plans, section 47 enquiries and child
 * protection plans (and their reviews). Built once per check and shared by
 * every rule.
 */
import type { CinTable } from '../tables';
import type { CinRow, CinTables } from '../types';

export type Assessment = { readonly row: CinRow; readonly factors: CinRow[] };
export type ProtectionPlan = { readonly row: CinRow; readonly reviews: CinRow[] };

export type Episode = {
  readonly row: CinRow;
  readonly assessments: Assessment[];
  readonly plans: CinRow[];
  readonly s47: CinRow[];
  readonly cpps: ProtectionPlan[];
};

export type ChildRecord = {
  readonly id: string;
  readonly row: CinRow;
  readonly disabilities: CinRow[];
  readonly episodes: Episode[];
};

/** Who a row of a child's table belongs to: its table and row. */
export type Place = { readonly table: CinTable; readonly row: CinRow };

/** Groups the tables by child (by position: each Children row is one child, ids may repeat). */
export function childrenOf(tables: CinTables): ChildRecord[] {
  const children: ChildRecord[] = tables.Children.map((row) => ({
    id: row.values['LAchildID'] ?? '',
    row,
    disabilities: [],
    episodes: [],
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
    const episode: Episode = { row, assessments: [], plans: [], s47: [], cpps: [] };
    episodes[row.row - 1] = episode;
    child?.episodes.push(episode);
  }
  at = 0;
  for (const row of tables.Disabilities) {
    const id = row.values['LAchildID'] ?? '';
    while (at < children.length - 1 && children[at]?.id !== id) at += 1;
    (children[at]?.id === id ? children[at] : byChildRow.get(id))?.disabilities.push(row);
  }
  const assessments: Assessment[] = [];
  for (const row of tables.Assessments) {
    const assessment: Assessment = { row, factors: [] };
    assessments[row.row - 1] = assessment;
    episodes[position(row.values['CINdetailsID'])]?.assessments.push(assessment);
  }
  for (const row of tables.AssessmentFactors)
    assessments[position(row.values['AssessmentID'])]?.factors.push(row);
  for (const row of tables.CINplanDates)
    episodes[position(row.values['CINdetailsID'])]?.plans.push(row);
  for (const row of tables.Section47) episodes[position(row.values['CINdetailsID'])]?.s47.push(row);
  const plans: ProtectionPlan[] = [];
  for (const row of tables.ChildProtectionPlans) {
    const plan: ProtectionPlan = { row, reviews: [] };
    plans[row.row - 1] = plan;
    episodes[position(row.values['CINdetailsID'])]?.cpps.push(plan);
  }
  for (const row of tables.Reviews) plans[position(row.values['CPPID'])]?.reviews.push(row);
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
