import type { ChecklistItem } from './types';

const ofstedNews =
  'Ofsted news item, Dec 2022 (gov.uk/government/news/a-new-judgement-for-care-leavers, wired-gov.net copy)';
const communityCare = 'Community Care, 8 Dec 2022';

/**
 * Checklist for "The experiences and progress of care leavers", a separate
 * judgement from January 2023 (test/fixtures/docs/ilacs.md §1.1a, n=155 report sections).
 * Wording **[unverified]** against Ofsted's framework page; see
 * {@link ChecklistItem}.
 */
export const careLeaversChecklist: readonly ChecklistItem[] = [
  {
    id: 'cl-criteria-relationships',
    group: 'published-criteria',
    text: 'relationships and access to social and recreational opportunities',
    points: [],
    source: ofstedNews,
  },
  {
    id: 'cl-criteria-influence',
    group: 'published-criteria',
    text: "care leavers' ability to influence the services they receive",
    points: [],
    source: ofstedNews,
  },
  {
    id: 'cl-criteria-health',
    group: 'published-criteria',
    text: 'health and emotional well-being',
    points: [],
    source: ofstedNews,
  },
  {
    id: 'cl-criteria-learning-employment',
    group: 'published-criteria',
    text: 'learning and employment opportunities',
    points: [],
    source: ofstedNews,
  },
  {
    id: 'cl-criteria-decisions-adulthood',
    group: 'published-criteria',
    text: 'good decisions about care leavers, and support into adulthood',
    points: [],
    source: ofstedNews,
  },
  {
    id: 'cl-note-headings',
    group: 'note',
    text: 'The criteria are grouped under headings such as "Relationships and participation"',
    points: [],
    source: communityCare,
  },
  {
    id: 'cl-note-outstanding-consistency',
    group: 'note',
    text: 'To be outstanding, a council must perform consistently well across these criteria',
    points: [],
    source: communityCare,
  },
  {
    id: 'cl-personal-advisers',
    group: 'good',
    text: 'Personal advisers. Allocated early, before 18; lasting relationships; PA caseloads (PA wording varies; "personal adviser" 105)',
    points: [],
  },
  {
    id: 'cl-pathway-plans',
    group: 'good',
    text: 'Pathway plans. Up to date, co-produced and useful (151)',
    points: [],
  },
  {
    id: 'cl-accommodation',
    group: 'good',
    text: 'Accommodation is suitable (147). Covers staying put (65), staying close (15) and no bed and breakfast (7)',
    points: [],
  },
  {
    id: 'cl-eet',
    group: 'good',
    text: 'Education, employment and training (88)',
    points: [],
  },
  {
    id: 'cl-health',
    group: 'good',
    text: 'Health. Mental health (94) and health histories (47)',
    points: [],
  },
  {
    id: 'cl-local-offer',
    group: 'good',
    text: 'Local offer (131), including support from 21 to 25 (21: 115; 25: 98)',
    points: [],
  },
  {
    id: 'cl-groups-at-risk',
    group: 'good',
    text: 'Groups at greater risk',
    points: [
      'care leavers in custody (136)',
      'care leavers who are parents (136)',
      'unaccompanied care leavers (99)',
      'exploitation (60)',
    ],
  },
  {
    id: 'cl-money',
    group: 'good',
    text: 'Money. Council tax exemption and finances (48)',
    points: [],
  },
  {
    id: 'cl-inadequate',
    group: 'inadequate',
    text: 'PAs allocated late, PA caseloads too high, and an inconsistent response up to 25 (RC: knowsley 2025)',
    points: [],
    source: 'RC: knowsley 2025',
  },
  {
    id: 'cl-outstanding',
    group: 'outstanding',
    text: 'services "transformed" and excellent support (RC: windsor & maidenhead 2024-11-19, where care leavers were graded outstanding)',
    points: [],
    source: 'RC: windsor & maidenhead 2024-11-19',
  },
];
