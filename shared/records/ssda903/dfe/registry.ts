/**
 * Every implemented DfE 903 rule, by code. Rules are grouped in files by
 * code (rules-1xx.ts, …); each file exports one array.
 */
import type { DfeRule } from './rule';
import { RULES_1000S } from './rules-1000s';
import { RULES_6XX_A } from './rules-6xx-a';
import { RULES_6XX_B } from './rules-6xx-b';
import { RULES_7XX } from './rules-7xx';
import { RULES_INT } from './rules-int';
import { RULES_SW_A } from './rules-sw-a';
import { RULES_SW_B } from './rules-sw-b';

/** The implemented rules, in no particular order (the runner orders findings). */
export const DFE_RULES: readonly DfeRule[] = [
  ...RULES_1000S,
  ...RULES_6XX_A,
  ...RULES_6XX_B,
  ...RULES_7XX,
  ...RULES_INT,
  ...RULES_SW_A,
  ...RULES_SW_B,
];
