import type { ChecklistItem } from './types';

const knowsley = 'RC: knowsley 2025-01-20';
const outstandingReports = 'RC: sunderland 2025-03-11, kingston upon thames 2025-01-29';

/**
 * Checklist for "The experiences and progress of children who need help and
 * protection" (test/fixtures/docs/ilacs.md §1.1a, n=324 report sections). Wording **[unverified]**
 * against Ofsted's framework page; see {@link ChecklistItem}.
 */
export const helpAndProtectionChecklist: readonly ChecklistItem[] = [
  {
    id: 'hp-early-help',
    group: 'good',
    text: 'Early help offer. It is timely, effective and integrated; step-up and step-down work (316)',
    points: [],
  },
  {
    id: 'hp-front-door',
    group: 'good',
    text: 'Front door / MASH',
    points: [
      'Timely, proportionate decisions',
      'Consent is handled correctly',
      'Partners understand and apply thresholds (threshold 267; MASH 150; "front door" 114)',
      'Education and health information is present',
    ],
  },
  {
    id: 'hp-out-of-hours',
    group: 'good',
    text: 'Out-of-hours / emergency duty response (136 / 65)',
    points: [],
  },
  {
    id: 'hp-strategy-discussions',
    group: 'good',
    text: 'Strategy discussions. Timely and multi-agency, with police, health and education represented (314)',
    points: [],
  },
  {
    id: 'hp-cp-enquiries',
    group: 'good',
    text: 'Child protection enquiries. Thorough; the child is seen quickly; history is considered',
    points: [],
  },
  {
    id: 'hp-assessments',
    group: 'good',
    text: "Assessments. Timely and analytical; they include the child's voice, strengths and risks (324)",
    points: [],
  },
  {
    id: 'hp-plans',
    group: 'good',
    text: 'CP and CIN plans. Specific and time-bound, and written so families can understand them. Core groups and CIN meetings review progress (plans 324; core group 176; CIN 165)',
    points: [],
  },
  {
    id: 'hp-icpc',
    group: 'good',
    text: 'Initial child protection conferences. Correct threshold and multi-agency (167)',
    points: [],
  },
  {
    id: 'hp-visits-direct-work',
    group: 'good',
    text: 'Visits and direct work. Consistent workers; direct work with the child (visits 179; direct work 243)',
    points: [],
  },
  {
    id: 'hp-pre-proceedings',
    group: 'good',
    text: 'Pre-proceedings / PLO. Timely, without drift (pre-proceedings 246; PLO 191)',
    points: [],
  },
  {
    id: 'hp-specific-harms',
    group: 'good',
    text: 'Specific harms: neglect (196) and domestic abuse (242)',
    points: [],
  },
  {
    id: 'hp-extra-familial-harm',
    group: 'good',
    text: 'Extra-familial harm. Exploitation (295), children missing (321), return home interviews (182), contextual safeguarding (35)',
    points: [],
  },
  {
    id: 'hp-groups',
    group: 'good',
    text: 'Groups: disabled children (277), 16- and 17-year-olds who present as homeless (275), private fostering (188), young carers (89)',
    points: [],
  },
  {
    id: 'hp-lado',
    group: 'good',
    text: 'Allegations against staff / LADO (183)',
    points: [],
  },
  {
    id: 'hp-education',
    group: 'good',
    text: 'Education. Children missing education (157) and elective home education (38)',
    points: [],
  },
  {
    id: 'hp-management-oversight',
    group: 'good',
    text: 'Management oversight and supervision at decision points (234)',
    points: [],
  },
  {
    id: 'hp-inadequate-leadership-churn',
    group: 'inadequate',
    text: 'leadership churn, with little progress since the last inspection or the focused visits',
    points: [],
    source: knowsley,
  },
  {
    id: 'hp-inadequate-risk-not-recognised',
    group: 'inadequate',
    text: 'risk not recognised, leaving children in unsafe situations',
    points: [],
    source: knowsley,
  },
  {
    id: 'hp-inadequate-serious-weaknesses',
    group: 'inadequate',
    text: '"serious and widespread weaknesses" for disabled children, young carers and care-experienced young people',
    points: [],
    source: knowsley,
  },
  {
    id: 'hp-inadequate-poor-plans-visits',
    group: 'inadequate',
    text: 'poor plans, visits and direct work',
    points: [],
    source: knowsley,
  },
  {
    id: 'hp-outstanding-early-help',
    group: 'outstanding',
    text: 'strong, innovative early help, for example through family hubs',
    points: [],
    source: outstandingReports,
  },
  {
    id: 'hp-outstanding-practice-model',
    group: 'outstanding',
    text: 'a well-embedded practice model, for example family network meetings',
    points: [],
    source: outstandingReports,
  },
  {
    id: 'hp-outstanding-assessments-plans',
    group: 'outstanding',
    text: 'sharp assessments and plans',
    points: [],
    source: outstandingReports,
  },
  {
    id: 'hp-outstanding-sustained',
    group: 'outstanding',
    text: 'sustained improvement since an earlier outstanding grade',
    points: [],
    source: outstandingReports,
  },
];
