/** Every implemented DfE CIN census rule, grouped in files by what they check. */
import { RULES_ASSESSMENTS } from './rules-assessments';
import { RULES_CHILDREN } from './rules-children';
import { RULES_CIN_PLANS } from './rules-cin-plans';
import { RULES_EPISODES } from './rules-episodes';
import { RULES_PROTECTION } from './rules-protection';
import type { CinRule } from './rule';

export const CIN_RULES: readonly CinRule[] = [
  ...RULES_CHILDREN,
  ...RULES_EPISODES,
  ...RULES_ASSESSMENTS,
  ...RULES_CIN_PLANS,
  ...RULES_PROTECTION,
];
