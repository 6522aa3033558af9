/**
 * DfE 903 rules 1000–3001. Each rule's text is in catalogue.ts; a comment
 * gives the reading where the text leaves a choice.
 */
import { blank, byChild, code } from './helpers';
import type { DfeRule } from './rule';

const LEAVER_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

/** REC `E2`: the child died (DfE SSDA903 guidance, reason episode ceased). */
const DIED = 'E2';

export const RULES_1000S: readonly DfeRule[] = [
  {
    // A child one of whose episodes ended because they died has any of the
    // OC3 care leaver fields filled in: the OC3 row is flagged.
    code: '1000',
    check: ({ tables }, flag) => {
      const episodes = byChild(tables.Episodes);
      for (const [child, rows] of byChild(tables.OC3)) {
        const died = (episodes.get(child) ?? []).some(([, row]) => code(row, 'REC') === DIED);
        if (!died) continue;
        for (const [source, row] of rows) {
          const filled = LEAVER_FIELDS.filter((field) => !blank(row, field));
          if (filled.length > 0) flag(source, row, filled);
        }
      }
    },
  },
];
