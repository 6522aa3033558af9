import { z } from 'zod';

/**
 * Focused-visit themes: a focused visit looks at one theme and gives no
 * grades (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018). The list is test/fixtures/docs/ilacs.md §1.1b's,
 * from the framework's focused-visit paragraphs as analysed by SESLIP
 * (seslip.co.uk/ofsted-visit-analysis-page-11, 325 letters to Nov 2024).
 */
const focusedVisitThemeIds = [
  'front-door',
  'children-in-need-or-subject-to-a-plan',
  'extra-familial-risk',
  'children-in-care',
  'permanence',
  'care-leavers',
  'older-children-placement-decisions',
  'assurance-visit',
] as const;

/** One focused-visit theme. */
export type FocusedVisitThemeId = (typeof focusedVisitThemeIds)[number];

/** Schema for a {@link FocusedVisitThemeId}. */
export const focusedVisitThemeIdSchema = z.enum(focusedVisitThemeIds, {
  error: `expected a focused-visit theme: ${focusedVisitThemeIds.join(', ')}`,
});

/** A focused-visit theme with its label as test/fixtures/docs/ilacs.md §1.1b words it. */
export type FocusedVisitTheme = { readonly id: FocusedVisitThemeId; readonly label: string };

/** The themes as data, in test/fixtures/docs/ilacs.md §1.1b order. */
export const focusedVisitThemes: readonly FocusedVisitTheme[] = [
  { id: 'front-door', label: 'front door' },
  { id: 'children-in-need-or-subject-to-a-plan', label: 'children in need or subject to a plan' },
  { id: 'extra-familial-risk', label: 'vulnerable children at extra-familial risk' },
  { id: 'children-in-care', label: 'children in care' },
  { id: 'permanence', label: 'planning and achieving permanence' },
  { id: 'care-leavers', label: 'care leavers' },
  {
    id: 'older-children-placement-decisions',
    label: 'placement decision-making for older children',
  },
  { id: 'assurance-visit', label: '(COVID-era) assurance visits' },
];
