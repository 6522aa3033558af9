/**
 * Every implemented DfE 903 rule, by code. Rules are grouped in files by
 * code (rules-1xx.ts, …); each file exports one array.
 */
import type { DfeRule } from './rule';
import { RULES_1000S } from './rules-1000s';
import { RULES_1000S_B } from './rules-1000s-b';
import { RULES_1XX_A } from './rules-1xx-a';
import { RULES_1XX_B } from './rules-1xx-b';
import { RULES_1XX_CODES } from './rules-1xx-codes';
import { RULES_2XX_A } from './rules-2xx-a';
import { RULES_2XX_B } from './rules-2xx-b';
import { RULES_2XX_B_PLACES } from './rules-2xx-b-places';

/** The implemented rules, in no particular order (the runner orders findings). */
export const DFE_RULES: readonly DfeRule[] = [
  ...RULES_1000S,
  ...RULES_1000S_B,
  ...RULES_1XX_CODES,
  ...RULES_1XX_A,
  ...RULES_1XX_B,
  ...RULES_2XX_A,
  ...RULES_2XX_B,
  ...RULES_2XX_B_PLACES,
];
