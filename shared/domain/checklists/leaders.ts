import type { ChecklistItem } from './types';
import { ilacsFramework } from '../public-sources';

const outstandingReports = 'RC: sunderland 2025 §§53–64';

/**
 * Checklist for "The impact of leaders on social work practice with children
 * and families" (test/fixtures/docs/ilacs.md §1.1a, n=321 report sections). Where functions are
 * delegated, this judgement covers the council and the provider jointly
 * (test/fixtures/docs/ilacs.md §1.1c). Wording **[unverified]** against Ofsted's framework page;
 * see {@link ChecklistItem}.
 */
export const leadersChecklist: readonly ChecklistItem[] = [
  {
    id: 'ldr-senior-leaders',
    group: 'good',
    text: 'Senior leaders. The DCS, the chief executive, the lead member and elected members have grip and line of sight (DCS 149; chief executive 163; lead member 117; elected members 81)',
    points: [],
  },
  {
    id: 'ldr-self-evaluation',
    group: 'good',
    text: 'Self-evaluation is accurate (106). See §1.1c',
    points: [],
  },
  {
    id: 'ldr-quality-assurance',
    group: 'good',
    text: 'Quality assurance. Audits and performance management information are used to act (QA 253; audit 269; performance 289)',
    points: [],
  },
  {
    id: 'ldr-workforce',
    group: 'good',
    text: 'Workforce',
    points: [
      'Recruitment (186) and retention (138)',
      'Reliance on agency staff (225)',
      'Caseloads (225)',
    ],
  },
  {
    id: 'ldr-supervision',
    group: 'good',
    text: 'Supervision and management oversight (272 / 206)',
    points: [],
  },
  {
    id: 'ldr-learning-development',
    group: 'good',
    text: 'Learning and development (321)',
    points: [],
  },
  { id: 'ldr-practice-model', group: 'good', text: 'Practice model (90)', points: [] },
  { id: 'ldr-partnerships', group: 'good', text: 'Partnerships (246)', points: [] },
  {
    id: 'ldr-corporate-parenting-sufficiency',
    group: 'good',
    text: 'Corporate parenting (238) and the sufficiency strategy (176)',
    points: [],
  },
  {
    id: 'ldr-scrutiny-investment',
    group: 'good',
    text: 'Scrutiny (174) and investment (229)',
    points: [],
  },
  {
    id: 'ldr-voice-of-children',
    group: 'good',
    text: 'The voice of children shapes services (145)',
    points: [],
  },
  {
    id: 'ldr-progress',
    group: 'good',
    text: "Progress on the previous inspection's findings (81)",
    points: [],
  },
  {
    id: 'ldr-delegation',
    group: 'good',
    text: 'Where functions are delegated',
    points: [
      'governance between the council and the provider',
      "the provider's board",
      "the council's challenge to the provider",
    ],
    source: ilacsFramework,
  },
  {
    id: 'ldr-inadequate-slough-2023',
    group: 'inadequate',
    text: 'Slough 2023 (RC: slough 2023-03-17)',
    points: [
      'governance cumbersome',
      'strategic leaders not working together',
      "attention diverted to the council's finances",
      'compliance put before quality',
      '"high support and low challenge"',
      'a self-evaluation that was not questioning enough',
    ],
    source: 'RC: slough 2023-03-17',
  },
  {
    id: 'ldr-inadequate-doncaster-2022',
    group: 'inadequate',
    text: 'Doncaster 2022 (RC: doncaster 2022-04-08)',
    points: [
      "the council's line of sight to the Trust was hindered by a lack of accurate performance information",
      "the council's challenge to the Trust was not rigorous",
      'a new recording system was not used consistently',
    ],
    source: 'RC: doncaster 2022-04-08',
  },
  {
    id: 'ldr-outstanding-stable-leadership',
    group: 'outstanding',
    text: 'stable leadership that keeps improving',
    points: [],
    source: outstandingReports,
  },
  {
    id: 'ldr-outstanding-creative-solutions',
    group: 'outstanding',
    text: 'creative solutions to placement and CAMHS gaps',
    points: [],
    source: outstandingReports,
  },
  {
    id: 'ldr-outstanding-sector-led',
    group: 'outstanding',
    text: 'a sector-led improvement role',
    points: [],
    source: outstandingReports,
  },
  {
    id: 'ldr-outstanding-accurate-self-evaluation',
    group: 'outstanding',
    text: 'a self-evaluation that was "an accurate reflection of what inspectors found"',
    points: [],
    source: outstandingReports,
  },
  {
    id: 'ldr-outstanding-stable-workforce',
    group: 'outstanding',
    text: 'a very stable workforce with no reliance on agency staff',
    points: [],
    source: outstandingReports,
  },
];
