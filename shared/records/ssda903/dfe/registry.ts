/**
 * Every implemented DfE 903 rule, by code. Rules are grouped in files by
 * code (rules-1xx.ts, …); each file exports one array.
 */
import type { DfeRule } from './rule';
import { RULES_1000S } from './rules-1000s';
import { RULES_3XX_A } from './rules-3xx-a';
import { RULES_3XX_B } from './rules-3xx-b';
import { RULES_3XX_C } from './rules-3xx-c';
import { RULES_3XX_D } from './rules-3xx-d';
import { RULES_3XX_SPELLS } from './rules-3xx-spells';
import { RULES_4XX_A } from './rules-4xx-a';
import { RULES_4XX_B } from './rules-4xx-b';
import { RULES_5XX_A } from './rules-5xx-a';
import { RULES_5XX_B } from './rules-5xx-b';
import { RULES_5XX_C } from './rules-5xx-c';
import { RULES_5XX_D } from './rules-5xx-d';
import { RULES_5XX_E } from './rules-5xx-e';
import { RULES_5XX_F } from './rules-5xx-f';
import { RULES_5XX_MISSING_CARE } from './rules-5xx-missing-care';
import { RULES_6XX_A } from './rules-6xx-a';
import { RULES_6XX_B } from './rules-6xx-b';
import { RULES_6XX_MOTHERS } from './rules-6xx-mothers';
import { RULES_7XX } from './rules-7xx';
import { RULES_INT } from './rules-int';
import { RULES_SW_A } from './rules-sw-a';
import { RULES_SW_B } from './rules-sw-b';
import { RULES_1000S_B } from './rules-1000s-b';
import { RULES_1XX_A } from './rules-1xx-a';
import { RULES_1XX_B } from './rules-1xx-b';
import { RULES_1XX_CODES } from './rules-1xx-codes';
import { RULES_2XX_A } from './rules-2xx-a';
import { RULES_2XX_B } from './rules-2xx-b';
import { RULES_2XX_B_PLACES } from './rules-2xx-b-places';
import { RULES_2XX_URN } from './rules-2xx-urn';

/** The implemented rules, in no particular order (the runner orders findings). */
export const DFE_RULES: readonly DfeRule[] = [
  ...RULES_1000S,
  ...RULES_3XX_A,
  ...RULES_3XX_B,
  ...RULES_3XX_C,
  ...RULES_3XX_D,
  ...RULES_3XX_SPELLS,
  ...RULES_4XX_A,
  ...RULES_4XX_B,
  ...RULES_5XX_A,
  ...RULES_5XX_B,
  ...RULES_5XX_C,
  ...RULES_5XX_D,
  ...RULES_5XX_E,
  ...RULES_5XX_F,
  ...RULES_5XX_MISSING_CARE,
  ...RULES_6XX_A,
  ...RULES_6XX_B,
  ...RULES_6XX_MOTHERS,
  ...RULES_7XX,
  ...RULES_INT,
  ...RULES_SW_A,
  ...RULES_SW_B,
  ...RULES_1000S_B,
  ...RULES_1XX_CODES,
  ...RULES_1XX_A,
  ...RULES_1XX_B,
  ...RULES_2XX_A,
  ...RULES_2XX_B,
  ...RULES_2XX_B_PLACES,
  ...RULES_2XX_URN,
];
