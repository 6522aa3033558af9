/**
 * DfE CIN rules on CIN episodes (the CINdetails table: 2990, 2991Q, 8555Q,
 * 8565, 8568, 8569Q, 8585Q, 86xx, 88xx), each written from its text in
 * catalogue.ts.
 */
import { codeSetFor } from '../codes';
import { previousWorkingDay } from '../../../util/working-days';
import {
  acrossEpisodes,
  episodeRule,
  covering,
  inYear,
  isNfa,
  isYes,
  overlapping,
  v,
} from './helpers';
import type { Episode } from './model';
import type { CinRule, CinRuleInput } from './rule';

const CLOSED_AFTER_ASSESSMENT = ['RC8', 'RC9'];

/** The census's yes/no as a code: `0`, `1`, or `true` / `false` in any case. */
function isYesOrNo(text: string): boolean {
  return text === '0' || text === '1' || ['true', 'false'].includes(text.toLowerCase());
}

type ActivityTable =
  'CINdetails' | 'Assessments' | 'CINplanDates' | 'Section47' | 'ChildProtectionPlans';

/**
 * Every activity date cell on an episode, in order, with the table and column
 * it is in, given to `visit` (no list made: most episodes are visited and none
 * has a finding).
 */
function visitActivities(
  episode: Episode,
  visit: (table: ActivityTable, row: Episode['row'], column: string) => void,
): void {
  visit('CINdetails', episode.row, 'DateOfInitialCPC');
  for (const { row } of episode.assessments) {
    visit('Assessments', row, 'AssessmentActualStartDate');
    visit('Assessments', row, 'AssessmentAuthorisationDate');
  }
  for (const row of episode.s47) {
    visit('Section47', row, 'S47ActualStartDate');
    visit('Section47', row, 'DateOfInitialCPC');
  }
  for (const { row } of episode.cpps) visit('ChildProtectionPlans', row, 'CPPendDate');
  for (const row of episode.plans) {
    visit('CINplanDates', row, 'CINPlanStartDate');
    visit('CINplanDates', row, 'CINPlanEndDate');
  }
}

function perEpisode(
  code: string,
  check: (input: CinRuleInput, episode: Episode) => string | readonly string[] | undefined,
): CinRule {
  return episodeRule(code, 'episode', (input, _child, episode, flag) => {
    const columns = check(input, episode);
    if (columns !== undefined) flag('CINdetails', episode.row, columns);
  });
}

export const RULES_EPISODES: readonly CinRule[] = [
  perEpisode('2990', (_, episode) =>
    CLOSED_AFTER_ASSESSMENT.includes(v(episode.row, 'ReasonForClosure')) &&
    (episode.plans.length > 0 ||
      episode.s47.length > 0 ||
      episode.cpps.length > 0 ||
      v(episode.row, 'DateOfInitialCPC') !== '')
      ? 'ReasonForClosure'
      : undefined,
  ),
  perEpisode('2991Q', (_, episode) =>
    episode.s47.length > 0 && episode.assessments.length === 0 ? 'CINdetailsID' : undefined,
  ),
  {
    code: '8555Q',
    check: ({ children, day }, flag) => {
      for (const child of children) {
        const death = day(v(child.row, 'PersonDeathDate'));
        if (death === undefined) continue;
        for (const episode of child.episodes) {
          const referral = day(v(episode.row, 'CINreferralDate'));
          if (referral !== undefined && referral > death)
            flag('CINdetails', episode.row, 'CINreferralDate');
        }
      }
    },
  },
  {
    code: '8565',
    check: ({ children, day }, flag) => {
      for (const child of children) {
        for (const episode of child.episodes) {
          const closed = day(v(episode.row, 'CINclosureDate'));
          if (closed === undefined) continue;
          // A blank cell is no date (day gives undefined): nothing to compare.
          visitActivities(episode, (table, row, column) => {
            const when = day(v(row, column));
            if (when !== undefined && when > closed) flag(table, row, [column, 'CINclosureDate']);
          });
        }
      }
    },
  },
  perEpisode('8568', (_, episode) =>
    isYesOrNo(v(episode.row, 'ReferralNFA')) ? undefined : 'ReferralNFA',
  ),
  perEpisode('8569Q', (input, episode) => {
    const referral = input.day(v(episode.row, 'CINreferralDate'));
    return referral !== undefined && referral < previousWorkingDay(input.start) && isNfa(episode)
      ? 'ReferralNFA'
      : undefined;
  }),
  {
    code: '8585Q',
    check: ({ children }, flag) => {
      for (const child of children) {
        if (v(child.row, 'PersonDeathDate') !== '') continue;
        // RC2: the child died.
        for (const episode of child.episodes)
          if (v(episode.row, 'ReasonForClosure') === 'RC2')
            flag('CINdetails', episode.row, 'ReasonForClosure');
      }
    },
  },
  covering(
    perEpisode('8600', (input, episode) => {
      const referral = input.day(v(episode.row, 'CINreferralDate'));
      return referral === undefined || referral > input.end ? 'CINreferralDate' : undefined;
    }),
    [
      { table: 'CINdetails', column: 'CINreferralDate', kind: 'required' },
      { table: 'CINdetails', column: 'CINreferralDate', kind: 'date' },
    ],
  ),
  {
    code: '8606',
    check: ({ children, day }, flag) => {
      for (const child of children) {
        const birth =
          day(v(child.row, 'PersonBirthDate')) ?? day(v(child.row, 'ExpectedPersonBirthDate'));
        if (birth === undefined) continue;
        for (const episode of child.episodes) {
          const referral = day(v(episode.row, 'CINreferralDate'));
          if (referral !== undefined && referral < birth - 280)
            flag('CINdetails', episode.row, 'CINreferralDate');
        }
      }
    },
  },
  perEpisode('8610', (_, episode) =>
    !isNfa(episode) && v(episode.row, 'PrimaryNeedCode') === ''
      ? ['PrimaryNeedCode', 'ReferralNFA']
      : undefined,
  ),
  perEpisode('8620', (input, episode) => {
    const closed = input.day(v(episode.row, 'CINclosureDate'));
    return closed !== undefined && !inYear(input, closed) ? 'CINclosureDate' : undefined;
  }),
  perEpisode('8630', (input, episode) => {
    const closed = input.day(v(episode.row, 'CINclosureDate'));
    const referral = input.day(v(episode.row, 'CINreferralDate'));
    return closed !== undefined && referral !== undefined && closed < referral
      ? ['CINclosureDate', 'CINreferralDate']
      : undefined;
  }),
  covering(
    perEpisode('8640', (input, episode) => {
      const reason = v(episode.row, 'ReasonForClosure');
      return reason !== '' && !codeSetFor('closure', input.year.census).has(reason)
        ? 'ReasonForClosure'
        : undefined;
    }),
    [{ table: 'CINdetails', column: 'ReasonForClosure', kind: 'code' }],
  ),
  covering(
    perEpisode('8650', (input, episode) => {
      const need = v(episode.row, 'PrimaryNeedCode');
      return need !== '' && !codeSetFor('primaryNeed', input.year.census).has(need)
        ? 'PrimaryNeedCode'
        : undefined;
    }),
    [{ table: 'CINdetails', column: 'PrimaryNeedCode', kind: 'code' }],
  ),
  perEpisode('8805', (_, episode) =>
    v(episode.row, 'CINclosureDate') !== '' && v(episode.row, 'ReasonForClosure') === ''
      ? ['ReasonForClosure', 'CINclosureDate']
      : undefined,
  ),
  perEpisode('8810', (_, episode) =>
    v(episode.row, 'ReasonForClosure') !== '' && v(episode.row, 'CINclosureDate') === ''
      ? ['CINclosureDate', 'ReasonForClosure']
      : undefined,
  ),
  {
    code: '8815',
    check: ({ children }, flag) => {
      for (const child of children) {
        if (child.episodes.length < 2) continue;
        const open = child.episodes.filter(
          (episode) => v(episode.row, 'CINclosureDate') === '' && !isNfa(episode),
        );
        if (open.length > 1)
          for (const episode of open)
            flag('CINdetails', episode.row, ['CINclosureDate', 'ReferralNFA']);
      }
    },
  },
  {
    code: '8816',
    check: ({ children, day }, flag) => {
      for (const child of children) {
        // A child's only episode is its latest.
        if (child.episodes.length < 2) continue;
        const latest = Math.max(
          ...child.episodes.map((episode) => day(v(episode.row, 'CINreferralDate')) ?? -Infinity),
        );
        for (const episode of child.episodes) {
          const referral = day(v(episode.row, 'CINreferralDate'));
          const open = v(episode.row, 'CINclosureDate') === '' && !isNfa(episode);
          if (open && referral !== undefined && referral < latest)
            flag('CINdetails', episode.row, ['CINreferralDate', 'ReferralNFA']);
        }
      }
    },
  },
  {
    code: '8820',
    check: ({ children, day }, flag) => {
      for (const child of children) {
        const overlaps = overlapping(child.episodes, (episode) => ({
          start: day(v(episode.row, 'CINreferralDate')),
          end: day(v(episode.row, 'CINclosureDate')),
        }));
        for (const episode of overlaps)
          flag('CINdetails', episode.row, ['CINreferralDate', 'CINclosureDate']);
      }
    },
  },
  perEpisode('8825Q', (_, episode) =>
    CLOSED_AFTER_ASSESSMENT.includes(v(episode.row, 'ReasonForClosure')) &&
    episode.assessments.length === 0
      ? 'ReasonForClosure'
      : undefined,
  ),
  perEpisode('8831', (_, episode) =>
    isNfa(episode) &&
    (episode.assessments.length > 0 ||
      episode.s47.length > 0 ||
      v(episode.row, 'DateOfInitialCPC') !== '')
      ? 'ReferralNFA'
      : undefined,
  ),
  covering(
    perEpisode('8866', (input, episode) =>
      codeSetFor('referralSource', input.year.census).has(v(episode.row, 'ReferralSource'))
        ? undefined
        : 'ReferralSource',
    ),
    [
      { table: 'CINdetails', column: 'ReferralSource', kind: 'required' },
      { table: 'CINdetails', column: 'ReferralSource', kind: 'code' },
    ],
  ),
  perEpisode('8867', (_, episode) =>
    v(episode.row, 'CINclosureDate') !== '' &&
    episode.assessments.some(({ row }) => v(row, 'AssessmentAuthorisationDate') === '')
      ? ['CINclosureDate', 'AssessmentAuthorisationDate']
      : undefined,
  ),
  perEpisode('8868', (_, episode) =>
    v(episode.row, 'CINclosureDate') !== '' &&
    episode.s47.some(
      (row) => v(row, 'DateOfInitialCPC') === '' && !isYes(v(row, 'ICPCnotRequired')),
    )
      ? ['CINclosureDate', 'ICPCnotRequired']
      : undefined,
  ),
  {
    code: '8890',
    check: ({ children, day }, flag) => {
      for (const child of children) {
        const enquiries = acrossEpisodes(child, (episode) => episode.s47);
        for (const row of enquiries) {
          const start = day(v(row, 'S47ActualStartDate'));
          if (start === undefined) continue;
          const during = enquiries.some((other) => {
            if (other === row) return false;
            const otherStart = day(v(other, 'S47ActualStartDate'));
            const otherEnd = day(v(other, 'DateOfInitialCPC'));
            if (otherStart === undefined || otherStart >= start) return false;
            // Ongoing: no conference yet (and one still needed), or the conference after this start.
            return otherEnd === undefined ? !isYes(v(other, 'ICPCnotRequired')) : start < otherEnd;
          });
          if (during) flag('Section47', row, 'S47ActualStartDate');
        }
      }
    },
  },
];
