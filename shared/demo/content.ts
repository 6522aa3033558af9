import type { AreaId, EvidenceFinding, EvidenceKind, GradeId } from '../domain';

/**
 * The demo inspection: a fictional council, Northmoor, which has delegated
 * its children's services to a children's trust and its work with some
 * children in care to a social work practice. Names, people and children
 * are invented; nothing here describes a real council or provider.
 */
export const demoCouncil = { name: 'Northmoor Borough Council', laCode: '899' } as const;

export const demoTeam = {
  lead: 'Amara Okafor',
  inspectors: ['Tom Hargreaves', 'Priya Natarajan'],
  /** Moderates grades beside the lead (only the lead or a moderator on the team may). */
  moderator: 'Priya Shah',
} as const;

/** Keys the evidence and findings below use for their source. */
export type DemoSource = 'council' | 'trust' | 'swp' | 'keystone';

export const demoProviders = [
  {
    key: 'trust',
    name: "Northmoor Children's Trust CIC",
    legalForm: 'cic',
    companyNumber: '11223344',
    forProfit: false,
    functions: ['relevant-care', 'wider'],
    contract: { start: '2021-04-01' },
  },
  {
    key: 'swp',
    name: 'Harbour Lane Social Work Practice Ltd',
    legalForm: 'company-limited-by-shares',
    companyNumber: '09876543',
    forProfit: true,
    functions: ['relevant-care'],
    contract: { start: '2023-09-01', end: '2028-08-31' },
  },
  {
    key: 'keystone',
    name: 'Keystone Family Support Ltd',
    legalForm: 'company-limited-by-shares',
    companyNumber: '12345678',
    forProfit: true,
    functions: ['wider'],
    contract: { start: '2025-01-06' },
  },
] as const;

/** One demo evidence item; `areas` uses the ilacs-2023/2026 area ids. */
export type DemoEvidence = {
  readonly source: DemoSource;
  readonly areas: readonly AreaId[];
  readonly kind: EvidenceKind;
  readonly finding: EvidenceFinding;
  readonly text: string;
  readonly children?: readonly string[];
  /** Day of the on-site period the evidence relates to (0 = first day). */
  readonly day: number;
};

export const demoEvidence: readonly DemoEvidence[] = [
  {
    source: 'council',
    areas: ['leaders'],
    kind: 'meeting',
    finding: 'strength',
    day: 0,
    text: 'The director of children’s services and the trust’s chief executive give a shared, accurate account of strengths and weaknesses; the self-evaluation matches what inspectors found.',
  },
  {
    source: 'council',
    areas: ['leaders'],
    kind: 'document',
    finding: 'improvement',
    day: 1,
    text: 'The contract-monitoring reports to the council’s commissioning board do not yet cover the quality of practice for children placed by the social work practice.',
  },
  {
    source: 'trust',
    areas: ['leaders'],
    kind: 'audit',
    finding: 'strength',
    day: 2,
    text: 'Moderated practice audits (48 in the last quarter) are rigorous and lead to changes in individual children’s plans.',
  },
  {
    source: 'keystone',
    areas: ['leaders', 'help-and-protection'],
    kind: 'document',
    finding: 'concern',
    day: 3,
    text: 'Keystone holds early-help functions delegated under the 2014 regulations although it distributes profits; leaders had not sought legal advice on the not-for-profit requirement.',
  },
  {
    source: 'trust',
    areas: ['help-and-protection'],
    kind: 'case-tracking',
    finding: 'strength',
    day: 1,
    text: 'Contacts to the front door are screened within one working day; thresholds are applied consistently and parental consent is recorded.',
    children: ['NM-1042', 'NM-1077'],
  },
  {
    source: 'trust',
    areas: ['help-and-protection'],
    kind: 'case-sampling',
    finding: 'strength',
    day: 2,
    text: 'Strategy meetings are timely and well attended by police and health; child protection enquiries are thorough.',
    children: ['NM-1103'],
  },
  {
    source: 'council',
    areas: ['help-and-protection'],
    kind: 'performance-data',
    finding: 'improvement',
    day: 3,
    text: 'Re-referrals within 12 months rose to 24% this year; leaders know why but the actions are recent.',
  },
  {
    source: 'keystone',
    areas: ['help-and-protection'],
    kind: 'case-sampling',
    finding: 'improvement',
    day: 4,
    text: 'Early-help plans sampled were not reviewed when needs escalated, delaying step-up to children’s social care for two families.',
    children: ['NM-1150', 'NM-1151'],
  },
  {
    source: 'trust',
    areas: ['children-in-care'],
    kind: 'case-tracking',
    finding: 'strength',
    day: 2,
    text: 'Children in care see their social workers regularly and alone; their views are recorded in their own words.',
    children: ['NM-2011', 'NM-2030'],
  },
  {
    source: 'swp',
    areas: ['children-in-care'],
    kind: 'case-sampling',
    finding: 'improvement',
    day: 3,
    text: 'For children supported by the social work practice, care plans are not consistently updated after placement moves; three of eight plans sampled were out of date.',
    children: ['NM-2044', 'NM-2045', 'NM-2048'],
  },
  {
    source: 'swp',
    areas: ['children-in-care'],
    kind: 'meeting',
    finding: 'concern',
    day: 4,
    text: 'Two children aged 16 were placed in unregistered accommodation for more than six weeks; senior managers at the practice had not escalated this to the trust.',
    children: ['NM-2052', 'NM-2060'],
  },
  {
    source: 'council',
    areas: ['children-in-care'],
    kind: 'performance-data',
    finding: 'improvement',
    day: 1,
    text: '11% of children in care had three or more placements in the year, above the national figure of 10%.',
  },
  {
    source: 'trust',
    areas: ['care-leavers'],
    kind: 'observation',
    finding: 'strength',
    day: 3,
    text: 'Personal advisers know their young people well and keep in touch with 94% of care leavers aged 19 to 21.',
  },
  {
    source: 'council',
    areas: ['care-leavers'],
    kind: 'performance-data',
    finding: 'improvement',
    day: 2,
    text: 'Only 48% of care leavers aged 19 to 21 are in education, employment or training; the local offer is not well known by young people.',
  },
  {
    source: 'swp',
    areas: ['care-leavers'],
    kind: 'case-sampling',
    finding: 'improvement',
    day: 5,
    text: 'Pathway plans written by the practice do not address young people’s emotional health.',
    children: ['NM-3005'],
  },
];

/** Grades per area for each demo framework. */
export const demoGrades: Readonly<
  Record<'ilacs-2026' | 'ilacs-2023' | 'ilacs-2018', Partial<Record<AreaId, GradeId>>>
> = {
  'ilacs-2026': {
    leaders: 'good',
    'help-and-protection': 'good',
    'children-in-care': 'requires-improvement',
    'care-leavers': 'requires-improvement',
  },
  // Care leavers inadequate while overall is not: the limiting rule
  // `experiences-inadequate` fires, for the lead inspector to accept or revise.
  'ilacs-2023': {
    overall: 'requires-improvement',
    leaders: 'requires-improvement',
    'help-and-protection': 'good',
    'children-in-care': 'requires-improvement',
    'care-leavers': 'inadequate',
  },
  'ilacs-2018': {
    overall: 'requires-improvement',
    leaders: 'good',
    'help-and-protection': 'good',
    'children-in-care-and-care-leavers': 'requires-improvement',
  },
};

export const demoRationales: Readonly<Partial<Record<AreaId, string>>> = {
  overall:
    'Help and protection is effective, but weaknesses in practice for children in care and care leavers, including in the delegated social work practice, mean children do not yet consistently receive good help.',
  leaders:
    'Leaders across the council and the trust know their services well and audits drive improvement, but oversight of the delegated social work practice and of Keystone’s early-help contract is not yet strong enough.',
  'help-and-protection':
    'The front door and child protection practice are consistently strong across the trust’s teams; the weaker early-help planning by Keystone affects a small number of families.',
  'children-in-care':
    'Most children in care are well supported by the trust, but planning and placement sufficiency for older children supported by the social work practice are not good enough.',
  'care-leavers':
    'Personal advisers keep in touch with care leavers, but too few are in education, employment or training and pathway plans do not address emotional health.',
  'children-in-care-and-care-leavers':
    'Children in care and care leavers are known well, but planning after placement moves and pathway planning are inconsistent.',
};

export const demoSummary =
  'Children in Northmoor who need help and protection receive a consistently effective service from Northmoor Children’s Trust, which runs the council’s children’s social care under a delegation agreement. Leaders have an accurate understanding of practice. Services for children in care and care leavers have improved since the last inspection but are not yet good, particularly for older children supported by the Harbour Lane social work practice.';

/** Findings per area: report paragraphs, linked to the evidence at these indexes of `demoEvidence`. */
export const demoFindings: readonly {
  readonly area: AreaId;
  readonly text: string;
  readonly evidence: readonly number[];
  readonly action?: string;
}[] = [
  {
    area: 'help-and-protection',
    evidence: [4],
    text: 'When children and families first need help, their needs are identified quickly at the front door. Thresholds are well understood by partner agencies.',
  },
  {
    area: 'help-and-protection',
    evidence: [5, 6],
    text: 'Child protection enquiries are timely and thorough. However, the rise in re-referrals shows that for some families help ends too soon.',
  },
  {
    area: 'children-in-care',
    evidence: [8],
    text: 'Children in care are visited regularly by social workers who know them well and record their wishes carefully.',
  },
  {
    area: 'children-in-care',
    evidence: [9, 10],
    text: 'For older children supported by the social work practice, plans are not updated after moves and two children lived in unregistered accommodation for too long.',
    action:
      'During the inspection, the trust reviewed the placements of both children and moved one to a registered home.',
  },
  {
    area: 'care-leavers',
    evidence: [12, 13],
    text: 'Personal advisers stay in touch with almost all care leavers, but too few are in education, employment or training.',
  },
  {
    area: 'leaders',
    evidence: [0, 2],
    text: 'Leaders of the council and the trust share an accurate view of practice, informed by rigorous audits.',
  },
  {
    area: 'leaders',
    evidence: [1, 3],
    text: 'Oversight of the delegated social work practice and of early-help services commissioned from Keystone is underdeveloped.',
  },
];

export const demoImprovements: readonly {
  readonly text: string;
  readonly tag?: { readonly kind: 'outcome' | 'enabler'; readonly number: number };
}[] = [
  {
    text: 'The quality and timeliness of care plans for children supported by the social work practice after a change of placement.',
    tag: { kind: 'outcome', number: 4 },
  },
  {
    text: 'Sufficiency of registered homes for older children, so that no child lives in unregistered accommodation.',
    tag: { kind: 'outcome', number: 4 },
  },
  {
    text: 'The council’s oversight of the quality of practice in every delegated provider, and the legal basis for delegating early-help functions to a profit-making body.',
    tag: { kind: 'enabler', number: 2 },
  },
];
