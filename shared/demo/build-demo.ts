import type { Operation } from '../bundle';
import { frameworkById, type AreaId, type FrameworkId } from '../domain';
import { addEvidence } from '../workbook/evidence-commands';
import { createInspection } from '../workbook/inspection-commands';
import { setGrade } from '../workbook/judgement-commands';
import { addProvider } from '../workbook/provider-commands';
import { addFinding, addImprovement, setSummary } from '../workbook/report-commands';
import { createSession } from '../workbook/session';
import {
  demoCouncil,
  demoEvidence,
  demoFindings,
  demoGrades,
  demoImprovements,
  demoProviders,
  demoRationales,
  demoSummary,
  demoTeam,
  type DemoSource,
} from './content';

/** On-site weeks of the demo, one per framework, inside that framework's dates. */
const onSiteFor: Readonly<Record<FrameworkId, { start: string; end: string }>> = {
  'ilacs-2026': { start: '2026-10-05', end: '2026-10-16' },
  'ilacs-2023': { start: '2025-06-09', end: '2025-06-20' },
  'ilacs-2018': { start: '2022-03-07', end: '2022-03-18' },
};

function addDays(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** ilacs-2018 grades children in care and care leavers together. */
function areaIn(framework: FrameworkId, area: AreaId): AreaId {
  if (framework === 'ilacs-2018' && (area === 'children-in-care' || area === 'care-leavers')) {
    return 'children-in-care-and-care-leavers';
  }
  return area;
}

/**
 * Builds the demo workbook's log under a framework: the inspection, three
 * delegated providers (one of them a profit-making holder of wider functions,
 * which the not-for-profit rule flags), evidence in every area from the
 * council and the providers, grades with rationales by the inspectors and
 * moderated by the lead, the headline summary, findings and improvements.
 */
export function buildDemo(
  framework: FrameworkId,
  ids: { readonly newId: (prefix: string) => string; readonly now: () => string },
): readonly Operation[] {
  const onSite = onSiteFor[framework];
  const session = createSession(ids);
  const [first, second] = demoTeam.inspectors;
  const lead = demoTeam.lead;
  session.run(lead, (c) =>
    createInspection(c, {
      kind: 'ilacs-standard',
      framework,
      council: demoCouncil,
      onSite,
      team: [
        { name: lead, role: 'lead' },
        ...demoTeam.inspectors.map((name) => ({ name, role: 'inspector' as const })),
        { name: demoTeam.moderator, role: 'moderator' },
      ],
    }),
  );
  const sourceIds = new Map<DemoSource, string>([['council', 'council']]);
  for (const provider of demoProviders) {
    const id = session.run(lead, (c) =>
      addProvider(c, {
        name: provider.name,
        legalForm: provider.legalForm,
        companyNumber: provider.companyNumber,
        forProfit: provider.forProfit,
        functions: provider.functions,
        contract: provider.contract,
      }),
    );
    sourceIds.set(provider.key, id);
  }
  const evidenceIds = demoEvidence.map((item, index) =>
    session.run(index % 2 === 0 ? first : second, (c) =>
      addEvidence(c, {
        source: sourceIds.get(item.source) ?? 'council',
        areas: [...new Set(item.areas.map((area) => areaIn(framework, area)))],
        kind: item.kind,
        finding: item.finding,
        text: item.text,
        childIds: item.children ?? [],
        relatesTo: addDays(onSite.start, item.day),
      }),
    ),
  );
  const graded = frameworkById(framework).areas.map((a) => a.id);
  for (const area of graded) {
    const grade = demoGrades[framework][area];
    if (grade === undefined) continue;
    const linked = demoEvidence
      .map((item, index) => ({ item, id: evidenceIds[index] }))
      .filter(({ item }) => item.areas.some((a) => areaIn(framework, a) === area));
    const preparer = area === 'overall' || area === 'leaders' ? lead : first;
    session.run(preparer, (c) =>
      setGrade(c, {
        area,
        grade,
        rationale: demoRationales[area] ?? '',
        evidenceIds: linked.flatMap(({ id }) => (id === undefined ? [] : [id])),
      }),
    );
    // The lead inspector moderates every grade an inspector prepared.
    if (preparer !== lead) {
      session.run(lead, (c) => setGrade(c, { area, grade, rationale: demoRationales[area] ?? '' }));
    }
  }
  session.run(lead, (c) => setSummary(c, demoSummary));
  for (const finding of demoFindings) {
    const area = areaIn(framework, finding.area);
    session.run(lead, (c) =>
      addFinding(c, {
        area,
        text: finding.text,
        evidenceIds: finding.evidence.flatMap((i) => {
          const id = evidenceIds[i];
          return id === undefined ? [] : [id];
        }),
        ...(finding.action === undefined ? {} : { actionTaken: finding.action }),
      }),
    );
  }
  for (const item of demoImprovements) {
    session.run(lead, (c) => addImprovement(c, item.text, item.tag));
  }
  return session.operations;
}
