/**
 * Every implemented DfE 903 rule, by code. Rules are grouped in files by
 * code (rules-1xx.ts, …); each file exports one array.
 */
import type { DfeRule } from './rule';
import { RULES_1000S } from './rules-1000s';
import { RULES_5XX_A } from './rules-5xx-a';
import { RULES_5XX_B } from './rules-5xx-b';
import { RULES_5XX_C } from './rules-5xx-c';
import { RULES_5XX_D } from './rules-5xx-d';
import { RULES_5XX_E } from './rules-5xx-e';
import { RULES_5XX_F } from './rules-5xx-f';

/** The implemented rules, in no particular order (the runner orders findings). */
export const DFE_RULES: readonly DfeRule[] = [
  ...RULES_1000S,
  ...RULES_5XX_A,
  ...RULES_5XX_B,
  ...RULES_5XX_C,
  ...RULES_5XX_D,
  ...RULES_5XX_E,
  ...RULES_5XX_F,
];
