import { useLiveQuery } from 'dexie-react-hooks';
import {
  countedEvidence,
  frameworkById,
  judge,
  type AreaId,
  type Workbook,
} from '../../../../shared/domain';
import { flagReviews, reportVersions } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { hrefFor, type InspectionScreen } from '../../app/router';
import type { Task } from '../../components/govuk/TaskList';
import { listImports } from '../../db/imports-repository';
import { loadOperations } from '../../db/workbook-repository';

/** Short names for the task list's hint; the full labels are on the Judgements screen. */
const shortAreaNames: Readonly<Record<AreaId, string>> = {
  overall: 'Overall',
  leaders: 'Leaders',
  'help-and-protection': 'Help and protection',
  'children-in-care': 'Children in care',
  'care-leavers': 'Care leavers',
  'children-in-care-and-care-leavers': 'Children in care and care leavers',
};

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * How evidence spreads over the areas, each count named by its area, and how
 * many withdrawn items it leaves out.
 */
function evidenceHint(
  areas: readonly { readonly id: AreaId }[],
  evidence: readonly { readonly areas: readonly AreaId[] }[],
  withdrawn: number,
): string {
  const counts = areas.map((area) => ({
    area,
    count: evidence.filter((e) => e.areas.includes(area.id)).length,
  }));
  const covered = counts.filter((c) => c.count > 0).length;
  const perArea = counts.map((c) => `${shortAreaNames[c.area.id]} ${c.count}`).join(' · ');
  const left = withdrawn === 0 ? '' : ` ${plural(withdrawn, 'withdrawn item')} not counted.`;
  return `Areas with evidence: ${covered} of ${areas.length} (items per area: ${perArea}).${left}`;
}

/** The inspection's state as a task list: what is done, what needs doing, what needs a look. */
export function useOverviewTasks(
  inspectionId: string,
  workbook: Workbook,
): readonly Task[] | undefined {
  const { db } = useApp();
  const extra = useLiveQuery(async () => {
    const [imports, operations] = await Promise.all([
      listImports(db, inspectionId),
      loadOperations(db, inspectionId),
    ]);
    return {
      imports,
      reviews: flagReviews(operations).length,
      versions: reportVersions(operations),
    };
  }, [db, inspectionId, workbook]);
  if (extra === undefined) return undefined;
  const result = judge(workbook);
  const framework = frameworkById(workbook.inspection.framework);
  const errors = extra.imports.reduce((sum, i) => sum + i.problems.error, 0);
  const rows = extra.imports.reduce((sum, i) => sum + i.rows, 0);
  const graded = result.judgements.filter((j) => j.grade !== null).length;
  const open = result.warnings.filter((w) => w.accepted === null).length;
  // Withdrawn items stay in the log and on the Evidence screen but count nowhere.
  const evidence = countedEvidence(workbook.evidence);
  const withdrawn = workbook.evidence.length - evidence.length;
  const areasWithEvidence = framework.areas.filter((a) =>
    evidence.some((e) => e.areas.includes(a.id)),
  ).length;
  const latest = extra.versions.at(-1);
  const route = (name: InspectionScreen) => hrefFor({ name, inspectionId });
  return [
    {
      name: 'Delegated providers',
      href: route('providers'),
      status:
        workbook.providers.length === 0
          ? 'Not started'
          : plural(workbook.providers.length, 'provider'),
      tone: workbook.providers.length === 0 ? 'todo' : 'done',
      ...(result.providerFlags.length === 0
        ? {}
        : { hint: plural(result.providerFlags.length, 'provider warning') }),
    },
    {
      name: 'Records imported',
      href: route('records'),
      status:
        extra.imports.length === 0
          ? 'Not started'
          : `${plural(extra.imports.length, 'file')}, ${plural(rows, 'row')}`,
      tone: extra.imports.length === 0 ? 'todo' : 'done',
    },
    {
      // The problems across files, filtered to errors when it counts errors: the same
      // problems the count adds up, from every file rather than the newest one alone.
      name: 'Data problems',
      href: hrefFor({
        name: 'records',
        inspectionId,
        sub: 'problems',
        ...(errors === 0 ? {} : { query: { severity: 'error' } }),
      }),
      status:
        extra.imports.length === 0
          ? 'Needs records'
          : errors === 0
            ? 'None'
            : plural(errors, 'error'),
      tone: extra.imports.length === 0 ? 'todo' : errors === 0 ? 'done' : 'attention',
    },
    {
      name: 'Indicators',
      href: route('indicators'),
      status: extra.imports.length === 0 ? 'Needs records' : 'Ready to view',
      tone: extra.imports.length === 0 ? 'todo' : 'done',
    },
    {
      name: 'Evidence',
      href: route('evidence'),
      status: evidence.length === 0 ? 'Not started' : plural(evidence.length, 'item'),
      // Evidence per area, so a thin area shows before grading starts.
      hint: evidenceHint(framework.areas, evidence, withdrawn),
      tone: areasWithEvidence === framework.areas.length ? 'done' : 'todo',
    },
    {
      name: 'Grades',
      href: route('judgements'),
      status:
        graded === 0 ? 'Not started' : `${graded} of ${result.judgements.length} areas graded`,
      tone: graded === result.judgements.length ? 'done' : 'todo',
    },
    {
      name: 'Limiting-rule warnings',
      href: route('judgements'),
      status: open === 0 ? 'None open' : plural(open, 'warning') + ' to accept or resolve',
      tone: open === 0 ? 'done' : 'attention',
    },
    {
      name: 'Conflicts of interest',
      href: route('conflicts'),
      // Flags come from placements in the records: with none imported there is nothing to review yet.
      status:
        extra.reviews > 0
          ? plural(extra.reviews, 'flag') + ' reviewed'
          : extra.imports.length === 0
            ? 'Needs records'
            : 'Not reviewed',
      tone: extra.reviews === 0 ? 'todo' : 'done',
    },
    {
      name: 'Report',
      href: hrefFor({ name: 'report', inspectionId }),
      status: latest === undefined ? 'Not signed' : `Version ${latest.number} signed`,
      tone: latest === undefined ? 'todo' : 'done',
    },
  ];
}
