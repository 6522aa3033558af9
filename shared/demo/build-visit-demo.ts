import type { Operation } from '../bundle';
import type { AreaId, EvidenceFinding, EvidenceKind, InspectionKindId } from '../domain';
import { addEvidence } from '../workbook/evidence-commands';
import { createInspection } from '../workbook/inspection-commands';
import { setGrade } from '../workbook/judgement-commands';
import { addProvider } from '../workbook/provider-commands';
import {
  addFinding,
  addImprovement,
  addPriorityAction,
  setSummary,
} from '../workbook/report-commands';
import { createSession } from '../workbook/session';
import { demoCouncil, demoProviders, demoTeam } from './content';

/** The kinds of activity besides a full inspection that have a demo. */
export type VisitDemoKind = Extract<
  InspectionKindId,
  'focused-visit' | 'monitoring-visit' | 'self-assessment'
>;

type Item = {
  readonly source: 'council' | 'trust' | 'swp';
  readonly area: AreaId;
  readonly kind: EvidenceKind;
  readonly finding: EvidenceFinding;
  readonly text: string;
};

type Script = {
  readonly onSite: { readonly start: string; readonly end: string };
  readonly evidence: readonly Item[];
  readonly summary: string;
  /** Findings: area, text, and indexes into `evidence`. */
  readonly findings: readonly (readonly [AreaId, string, readonly number[]])[];
  readonly improvements: readonly string[];
  readonly priorities: readonly string[];
};

// Invented content for the fictional Northmoor (see content.ts). The council
// officers' names carry letters beyond Latin-1 (â, Ł, ś, ń), which the
// report's embedded fonts must print.
const officers = ['Siân Pritchard', 'Łucja Wiśniewska'] as const;

const scripts: Readonly<Record<VisitDemoKind, Script>> = {
  'focused-visit': {
    onSite: { start: '2026-11-10', end: '2026-11-11' },
    evidence: [
      {
        source: 'trust',
        area: 'children-in-care',
        kind: 'case-tracking',
        finding: 'strength',
        text: 'Children in care have up-to-date plans that reflect their wishes; reviews are held on time.',
      },
      {
        source: 'swp',
        area: 'children-in-care',
        kind: 'case-sampling',
        finding: 'improvement',
        text: 'Permanence planning for children supported by the social work practice drifts after the second review.',
      },
      {
        source: 'council',
        area: 'children-in-care',
        kind: 'performance-data',
        finding: 'concern',
        text: 'Four children aged 16 and 17 have lived in unregistered accommodation for more than four weeks.',
      },
    ],
    summary:
      'Most children in care in Northmoor are supported well by social workers who know them. Since the last inspection, leaders have improved the timeliness of reviews. Permanence planning for children supported by the social work practice is not yet consistent.',
    findings: [
      [
        'children-in-care',
        'Children’s plans are up to date and written in a way they can understand.',
        [0],
      ],
      [
        'children-in-care',
        'For children supported by the social work practice, permanence planning drifts after the second review.',
        [1],
      ],
      [
        'children-in-care',
        'A small number of older children have lived in unregistered accommodation for too long.',
        [2],
      ],
    ],
    improvements: [
      'The timeliness of permanence planning for children supported by the social work practice.',
    ],
    priorities: ['Ensure that no child lives in unregistered accommodation.'],
  },
  'monitoring-visit': {
    onSite: { start: '2027-02-02', end: '2027-02-03' },
    evidence: [
      {
        source: 'trust',
        area: 'help-and-protection',
        kind: 'case-sampling',
        finding: 'improvement',
        text: 'Strategy meetings are now held promptly, but the quality of child protection enquiries remains variable.',
      },
      {
        source: 'council',
        area: 'leaders',
        kind: 'document',
        finding: 'strength',
        text: 'The improvement board receives accurate performance reports each month.',
      },
      {
        source: 'trust',
        area: 'help-and-protection',
        kind: 'audit',
        finding: 'concern',
        text: 'Audits show that risk to children who go missing is not consistently assessed after return interviews.',
      },
    ],
    summary:
      'Leaders have made steady progress since the inspection, which judged services to be inadequate. The front door now responds promptly, but the quality of child protection enquiries is not yet consistently good.',
    findings: [
      [
        'help-and-protection',
        'Strategy meetings are held promptly and partners attend, but enquiries are not always thorough.',
        [0],
      ],
      [
        'help-and-protection',
        'Risk to children who go missing is not consistently reassessed after they return.',
        [2],
      ],
      ['leaders', 'Leaders and the improvement board have an accurate view of progress.', [1]],
    ],
    improvements: [],
    priorities: [
      'The quality and consistency of child protection enquiries.',
      'The assessment of risk to children who go missing from home or care.',
    ],
  },
  'self-assessment': {
    onSite: { start: '2026-06-01', end: '2026-06-30' },
    evidence: [
      {
        source: 'council',
        area: 'leaders',
        kind: 'audit',
        finding: 'strength',
        text: 'Monthly audits by senior managers are moderated and lead to action.',
      },
      {
        source: 'trust',
        area: 'help-and-protection',
        kind: 'case-tracking',
        finding: 'strength',
        text: 'Contacts are screened within one working day.',
      },
      {
        source: 'trust',
        area: 'children-in-care',
        kind: 'audit',
        finding: 'improvement',
        text: 'Audits found that life-story work starts late for some younger children.',
      },
      {
        source: 'swp',
        area: 'care-leavers',
        kind: 'performance-data',
        finding: 'improvement',
        text: 'Only 51% of care leavers aged 19 to 21 are in education, employment or training.',
      },
    ],
    summary:
      'We know our services well and believe they are good overall. Our audits and data show strong help and protection, with more to do for care leavers.',
    findings: [
      [
        'help-and-protection',
        'Children who need help are identified quickly at the front door.',
        [1],
      ],
      ['children-in-care', 'Life-story work starts too late for some younger children.', [2]],
      ['care-leavers', 'Too few care leavers are in education, employment or training.', [3]],
      ['leaders', 'Senior leaders audit practice every month and act on what they find.', [0]],
    ],
    improvements: [
      'Start life-story work within three months of a child coming into care.',
      'Launch the care leavers’ employment offer with local employers by December.',
    ],
    priorities: [],
  },
};

const selfGrades: Partial<Record<AreaId, string>> = {
  leaders: 'good',
  'help-and-protection': 'good',
  'children-in-care': 'good',
  'care-leavers': 'requires-improvement',
  overall: 'good',
};

/**
 * Builds the demo log of a focused visit (theme: children in care), a
 * monitoring visit, or the council's self-assessment (graded by council
 * officers), for the fictional Northmoor and two of its delegated providers,
 * using the same commands as everything else. Framework: ilacs-2026.
 */
export function buildVisitDemo(
  kind: VisitDemoKind,
  ids: { readonly newId: (prefix: string) => string; readonly now: () => string },
): readonly Operation[] {
  const script = scripts[kind];
  const session = createSession(ids);
  const selfAssessed = kind === 'self-assessment';
  const author = selfAssessed ? officers[0] : demoTeam.lead;
  session.run(author, (c) =>
    createInspection(c, {
      kind,
      framework: 'ilacs-2026',
      council: demoCouncil,
      onSite: script.onSite,
      team: selfAssessed
        ? officers.map((name) => ({ name, role: 'council-officer' as const }))
        : [
            { name: demoTeam.lead, role: 'lead' },
            { name: demoTeam.inspectors[0], role: 'inspector' },
          ],
      ...(kind === 'focused-visit' ? { theme: 'children-in-care' } : {}),
    }),
  );
  const sources = new Map<string, string>([['council', 'council']]);
  for (const provider of demoProviders.filter((p) => p.key !== 'keystone')) {
    const { key, name, legalForm, companyNumber, forProfit, functions, contract } = provider;
    sources.set(
      key,
      session.run(author, (c) =>
        addProvider(c, { name, legalForm, companyNumber, forProfit, functions, contract }),
      ),
    );
  }
  const evidenceIds = script.evidence.map((item) =>
    session.run(author, (c) =>
      addEvidence(c, {
        source: sources.get(item.source) ?? 'council',
        areas: [item.area],
        kind: item.kind,
        finding: item.finding,
        text: item.text,
        relatesTo: script.onSite.start,
      }),
    ),
  );
  if (selfAssessed) {
    for (const [area, grade] of Object.entries(selfGrades)) {
      const linked = script.evidence.flatMap((item, i) =>
        item.area === area ? [evidenceIds[i] ?? ''] : [],
      );
      session.run(officers[1], (c) =>
        setGrade(c, { area, grade, rationale: 'The council’s own view.', evidenceIds: linked }),
      );
    }
  }
  session.run(author, (c) => setSummary(c, script.summary));
  for (const [area, text, evidence] of script.findings) {
    const linked = evidence.flatMap((i) => (evidenceIds[i] === undefined ? [] : [evidenceIds[i]]));
    session.run(author, (c) => addFinding(c, { area, text, evidenceIds: linked }));
  }
  for (const text of script.improvements) session.run(author, (c) => addImprovement(c, text));
  for (const text of script.priorities) session.run(author, (c) => addPriorityAction(c, text));
  return session.operations;
}
