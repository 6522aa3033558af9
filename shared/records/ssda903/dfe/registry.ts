/**
 * Every implemented DfE 903 rule, by code. Rules are grouped in files by
 * code (rules-1xx.ts, …); each file exports one array.
 */
import type { DfeRule } from './rule';
import { RULES_1000S } from './rules-1000s';

/** The implemented rules, in no particular order (the runner orders findings). */
export const DFE_RULES: readonly DfeRule[] = [...RULES_1000S];
