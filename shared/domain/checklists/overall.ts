import type { ChecklistItem } from './types';

/**
 * Notes for "Overall effectiveness" (test/fixtures/docs/ilacs.md §1.1a). The document gives no
 * criteria of its own for this judgement, only notes on how it is reported and
 * limited; the limiting patterns are enforced as warnings by
 * `rules/limiting.ts`, not ticked by hand.
 */
export const overallChecklist: readonly ChecklistItem[] = [
  {
    id: 'oe-graded-last',
    group: 'note',
    text: 'It is graded last in the judgement table. No narrative section carries its name: the untitled headline summary plays that role. (RC: all 2018–2026 reports.)',
    points: [],
  },
  {
    id: 'oe-limiting-patterns',
    group: 'note',
    text: 'Encode the limiting patterns from `domain.md` §1.1 as warnings',
    points: [
      'overall is never below the worst sub-judgement',
      'an inadequate practice judgement has always meant inadequate overall',
    ],
  },
  {
    id: 'oe-not-reported-2026',
    group: 'note',
    text: 'New for the app: from 27 Apr 2026 set it to "not reported". Keep it for history and for self-assessments that want a single summary',
    points: [],
  },
];
