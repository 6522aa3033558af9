import { z } from 'zod';

/**
 * The judgement areas ("judgements") any ILACS framework may grade. These ids
 * are a public interface: evidence, judgements and `judge()` output use them.
 *
 * - `overall`: "Overall effectiveness" (graded up to March 2026; test/fixtures/docs/ilacs.md §1.0).
 * - `leaders`: the impact of leaders on social work practice.
 * - `help-and-protection`, `children-in-care`, `care-leavers`: the
 *   "experiences and progress" judgements (care leavers separate from 1 Jan 2023).
 * - `children-in-care-and-care-leavers`: the combined judgement used before
 *   2023 (ilacs-2018 only; Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 */
export const areaIds = [
  'overall',
  'leaders',
  'help-and-protection',
  'children-in-care',
  'care-leavers',
  'children-in-care-and-care-leavers',
] as const;

/** One judgement area. */
export type AreaId = (typeof areaIds)[number];

/** Schema for an {@link AreaId}. */
export const areaIdSchema = z.enum(areaIds, {
  error: `expected a judgement area: ${areaIds.join(', ')}`,
});

/**
 * The "experiences and progress of children…" judgements. The limiting
 * pattern "an inadequate practice judgement has always meant inadequate
 * overall" is about these (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018; test/fixtures/docs/ilacs.md §1.1a).
 */
const experiencesAreas: readonly AreaId[] = [
  'help-and-protection',
  'children-in-care',
  'care-leavers',
  'children-in-care-and-care-leavers',
];

/** True for an "experiences and progress" judgement area. */
export function isExperiencesArea(area: AreaId): boolean {
  return experiencesAreas.includes(area);
}
