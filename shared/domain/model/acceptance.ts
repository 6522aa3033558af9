import { z } from 'zod';
import { timestampSchema } from '../dates';
import { nonBlankSchema } from './common';

/**
 * Ids of the limiting-rule warnings (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018; kept as
 * warnings, not hard rules, until the framework text is checked):
 *
 * - `overall-below-worst`: overall effectiveness worse than the worst other judgement;
 * - `overall-above-worst-plus-one`: overall more than one grade better than the worst;
 * - `experiences-inadequate`: an "experiences and progress" judgement is
 *   inadequate while overall is not;
 * - `leaders-inadequate`: leaders inadequate while overall is better than
 *   requires improvement.
 */
export const warningRuleIds = [
  'overall-below-worst',
  'overall-above-worst-plus-one',
  'experiences-inadequate',
  'leaders-inadequate',
] as const;

/** One limiting-rule warning. */
export type WarningRuleId = (typeof warningRuleIds)[number];

/**
 * Schema for accepting a warning: who accepted it, when, and why. A warning
 * can be accepted only with a recorded rationale, and stays visible as
 * accepted. Approvals record who decided, when and why (test/fixtures/docs/ilacs.md, "What users
 * of comparable systems ask for", item 5).
 */
export const acceptanceSchema = z.object({
  rule: z.enum(warningRuleIds, { error: `expected a warning: ${warningRuleIds.join(', ')}` }),
  rationale: z.string().refine((value) => value.trim().length > 0, {
    error: 'a warning can only be accepted with a recorded rationale',
  }),
  by: nonBlankSchema,
  at: timestampSchema,
});

/** A warning acceptance, as parsed. */
export type Acceptance = z.output<typeof acceptanceSchema>;
