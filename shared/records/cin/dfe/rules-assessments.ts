/**
 * DfE CIN rules on assessments and the factors identified at them (1103,
 * 8608, 8614, 8670Q, 8696, 8736, 8863Q, 8869, 8873Q, 8896, 8897Q, 8898,
 * 8945Q, 8950Q), each written from its text in catalogue.ts.
 */
import { workingDaysBetween } from '../../../util/working-days';
import { acrossEpisodes, episodeRule, episodesOf, inYear, v } from './helpers';
import type { Assessment, Episode } from './model';
import type { CinRule, CinRuleInput } from './rule';

function perAssessment(
  code: string,
  check: (
    input: CinRuleInput,
    assessment: Assessment,
    episode: Episode,
  ) => string | readonly string[] | undefined,
): CinRule {
  return episodeRule(code, 'assessments', (input, _child, episode, flag) => {
    for (const assessment of episode.assessments) {
      const columns = check(input, assessment, episode);
      if (columns !== undefined) flag('Assessments', assessment.row, columns);
    }
  });
}

/** How many factors an assessment gives (blank codes not counted), and whether one is `code`. */
function factorCount(assessment: Assessment, code?: string): { count: number; has: boolean } {
  let count = 0;
  let has = false;
  for (const row of assessment.factors) {
    const factor = v(row, 'AssessmentFactors');
    if (factor === '') continue;
    count += 1;
    if (factor === code) has = true;
  }
  return { count, has };
}

function factorUsed(code: string, factor: string, instead: string): CinRule {
  return {
    code,
    check: (input, flag) => {
      for (const [, episode] of episodesOf(input)) {
        for (const assessment of episode.assessments) {
          for (const row of assessment.factors) {
            if (v(row, 'AssessmentFactors') === factor)
              flag('AssessmentFactors', row, 'AssessmentFactors', `use ${instead}`);
          }
        }
      }
    },
  };
}

const completed = (assessment: Assessment): boolean =>
  v(assessment.row, 'AssessmentAuthorisationDate') !== '';

export const RULES_ASSESSMENTS: readonly CinRule[] = [
  perAssessment('1103', (input, { row }, episode) => {
    const start = input.day(v(row, 'AssessmentActualStartDate'));
    const referral = input.day(v(episode.row, 'CINreferralDate'));
    return start !== undefined && referral !== undefined && start < referral
      ? ['AssessmentActualStartDate', 'CINreferralDate']
      : undefined;
  }),
  perAssessment('8608', (input, { row }) => {
    const start = input.day(v(row, 'AssessmentActualStartDate'));
    const end = input.day(v(row, 'AssessmentAuthorisationDate'));
    return start !== undefined && end !== undefined && start > end
      ? ['AssessmentActualStartDate', 'AssessmentAuthorisationDate']
      : undefined;
  }),
  perAssessment('8614', (_, assessment) =>
    !completed(assessment) && factorCount(assessment).count > 0
      ? ['AssessmentAuthorisationDate', 'AssessmentFactors']
      : undefined,
  ),
  perAssessment('8670Q', (input, assessment) => {
    const start = input.day(v(assessment.row, 'AssessmentActualStartDate'));
    return start !== undefined &&
      !completed(assessment) &&
      workingDaysBetween(start, input.end) > 45
      ? 'AssessmentActualStartDate'
      : undefined;
  }),
  perAssessment('8696', (input, { row }) => {
    const end = input.day(v(row, 'AssessmentAuthorisationDate'));
    return end !== undefined && !inYear(input, end) ? 'AssessmentAuthorisationDate' : undefined;
  }),
  perAssessment('8736', (input, assessment) => {
    const start = input.day(v(assessment.row, 'AssessmentActualStartDate'));
    return !completed(assessment) && start !== undefined && !inYear(input, start)
      ? 'AssessmentActualStartDate'
      : undefined;
  }),
  {
    code: '8863Q',
    check: ({ children, day }, flag) => {
      for (const child of children) {
        const assessments = acrossEpisodes(child, (episode) => episode.assessments);
        // One assessment is during no other.
        if (assessments.length < 2) continue;
        const all = assessments.map(({ row }) => row);
        for (const row of all) {
          const start = day(v(row, 'AssessmentActualStartDate'));
          if (start === undefined) continue;
          const during = all.some((other) => {
            const otherStart = day(v(other, 'AssessmentActualStartDate'));
            const otherEnd = day(v(other, 'AssessmentAuthorisationDate'));
            return (
              other !== row &&
              otherStart !== undefined &&
              otherStart < start &&
              (otherEnd === undefined || start < otherEnd)
            );
          });
          if (during)
            flag('Assessments', row, ['AssessmentActualStartDate', 'AssessmentAuthorisationDate']);
        }
      }
    },
  },
  perAssessment('8869', (_, assessment) => {
    const { count, has } = factorCount(assessment, '21');
    return has && count > 1 ? 'AssessmentFactors' : undefined;
  }),
  {
    code: '8873Q',
    check: (input, flag) => {
      for (const [, episode] of episodesOf(input)) {
        const only = episode.assessments.length === 1 ? episode.assessments[0] : undefined;
        if (only === undefined || !completed(only) || !factorCount(only, '21').has) continue;
        if (!['RC8', 'RC9'].includes(v(episode.row, 'ReasonForClosure'))) {
          flag(
            'Assessments',
            only.row,
            ['AssessmentFactors', 'ReasonForClosure'],
            `reason for closure "${v(episode.row, 'ReasonForClosure')}"`,
          );
        }
      }
    },
  },
  {
    code: '8896',
    check: (input, flag) => {
      for (const [, episode] of episodesOf(input)) {
        // One assessment is never two open ones.
        if (episode.assessments.length < 2) continue;
        const open = episode.assessments.filter((assessment) => !completed(assessment));
        if (open.length > 1)
          for (const { row } of open) flag('Assessments', row, 'AssessmentAuthorisationDate');
      }
    },
  },
  perAssessment('8897Q', (_, assessment) =>
    completed(assessment) && factorCount(assessment).count === 0
      ? ['AssessmentFactors', 'AssessmentAuthorisationDate']
      : undefined,
  ),
  {
    code: '8898',
    check: (input, flag) => {
      for (const [, episode] of episodesOf(input)) {
        for (const assessment of episode.assessments) {
          const seen = new Set<string>();
          for (const row of assessment.factors) {
            const code = v(row, 'AssessmentFactors');
            if (seen.has(code)) flag('AssessmentFactors', row, 'AssessmentFactors');
            seen.add(code);
          }
        }
      }
    },
  },
  factorUsed('8945Q', '18A', '18B or 18C'),
  factorUsed('8950Q', '19A', '19B or 19C'),
];
