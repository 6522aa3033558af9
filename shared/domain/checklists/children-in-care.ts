import type { ChecklistItem } from './types';

/**
 * Checklist for "The experiences and progress of children in care" (test/fixtures/docs/ilacs.md
 * §1.1a, n=319 report sections; the same topics were judged as "children in
 * care and care leavers" before 2023). Wording **[unverified]** against
 * Ofsted's framework page; see {@link ChecklistItem}.
 */
export const childrenInCareChecklist: readonly ChecklistItem[] = [
  {
    id: 'cic-decisions-into-care',
    group: 'good',
    text: 'Decisions to come into care are timely and right. Early and pre-birth permanence (early permanence 101)',
    points: [],
  },
  {
    id: 'cic-permanence-planning',
    group: 'good',
    text: 'Permanence planning',
    points: [
      'Care plans (257) and permanence (305)',
      'Special guardianship and kinship care (134 / 116)',
      'Adoption (309) and the regional adoption agency (187)',
      'Children returning home (192)',
    ],
  },
  {
    id: 'cic-sufficiency-stability',
    group: 'good',
    text: 'Sufficiency and stability',
    points: [
      'Placement stability and matching (stability 213; sufficiency 114)',
      'Distance from home (out of area 44; placed at a distance 18)',
      'Unregistered placements (161)',
    ],
  },
  {
    id: 'cic-foster-carers',
    group: 'good',
    text: 'Foster carers. Support and training (foster 316)',
    points: [],
  },
  {
    id: 'cic-iro',
    group: 'good',
    text: 'Independent reviewing officers. Oversight and challenge (243)',
    points: [],
  },
  {
    id: 'cic-health',
    group: 'good',
    text: 'Health. Health assessments and emotional well-being (109)',
    points: [],
  },
  {
    id: 'cic-education',
    group: 'good',
    text: 'Education. Virtual school (289) and PEPs (191)',
    points: [],
  },
  {
    id: 'cic-family-time',
    group: 'good',
    text: 'Family time (128) and brothers and sisters (29)',
    points: [],
  },
  { id: 'cic-life-story', group: 'good', text: 'Life-story work (223)', points: [] },
  {
    id: 'cic-uasc',
    group: 'good',
    text: 'Unaccompanied asylum-seeking children (227)',
    points: [],
  },
  { id: 'cic-missing', group: 'good', text: 'Missing from care (161)', points: [] },
  {
    id: 'cic-voice',
    group: 'good',
    text: 'Voice. Children in care council (94), advocacy (90), corporate parenting (102), participation (98)',
    points: [],
  },
  {
    id: 'cic-inadequate',
    group: 'inadequate',
    text: 'drift in permanence, unstable placements and weak oversight. For example, Bradford 2023 was inadequate across all judgements (RC: bradford 2023-01-31)',
    points: [],
    source: 'RC: bradford 2023-01-31',
  },
  {
    id: 'cic-outstanding',
    group: 'outstanding',
    text: 'exceptional stability, timely permanence within families, and a strong fostering ethos. Example: Sunderland 2025 §31 ("very strong fostering ethos")',
    points: [],
    source: 'RC: sunderland 2025-03-11',
  },
];
