/**
 * DfE CIN rules on section 47 enquiries and child protection plans (1104,
 * 1105, 2883–2885, 2889, 86xx–87xx, 8832–8842Q, 8870Q, 8875, 89xx), each
 * written from its text in catalogue.ts.
 */
import { codeSetFor } from '../codes';
import { workingDaysBetween } from '../../../util/working-days';
import {
  acrossEpisodes,
  episodeRule,
  covering,
  episodesOf,
  inYear,
  isNfa,
  isWeekend,
  isYes,
  overlapping,
  v,
} from './helpers';
import type { ChildRecord, Episode, ProtectionPlan } from './model';
import type { CinRule, CinRuleInput } from './rule';
import type { CinRow } from '../types';

type Columns = string | readonly string[] | undefined;

function perS47(
  code: string,
  check: (input: CinRuleInput, row: CinRow, episode: Episode) => Columns,
): CinRule {
  return episodeRule(code, 's47', (input, _child, episode, flag) => {
    for (const row of episode.s47) {
      const columns = check(input, row, episode);
      if (columns !== undefined) flag('Section47', row, columns);
    }
  });
}

function perPlan(
  code: string,
  check: (
    input: CinRuleInput,
    plan: ProtectionPlan,
    episode: Episode,
    child: ChildRecord,
  ) => Columns,
): CinRule {
  return episodeRule(code, 'cpps', (input, child, episode, flag) => {
    for (const plan of episode.cpps) {
      const columns = check(input, plan, episode, child);
      if (columns !== undefined) flag('ChildProtectionPlans', plan.row, columns);
    }
  });
}

/** An enquiry still waiting for its conference: no conference date, and one not ruled out. */
const awaitingConference = (row: CinRow): boolean =>
  v(row, 'DateOfInitialCPC') === '' && !isYes(v(row, 'ICPCnotRequired'));

/** Every initial conference date on an episode, at the episode and enquiry level. */
function conferences(input: CinRuleInput, episode: Episode): number[] {
  return [episode.row, ...episode.s47]
    .map((row) => input.day(v(row, 'DateOfInitialCPC')))
    .filter((day): day is number => day !== undefined);
}

function dated(
  input: CinRuleInput,
  row: CinRow,
  column: string,
  after: (day: number) => boolean,
): Columns {
  const day = input.day(v(row, column));
  return day !== undefined && after(day) ? column : undefined;
}

/** "…category of abuse is missing or invalid": the schema's required and code checks too. */
function category(code: string, column: string): CinRule {
  return covering(
    perPlan(code, (input, { row }) =>
      codeSetFor('abuse', input.year.census).has(v(row, column)) ? undefined : column,
    ),
    [
      { table: 'ChildProtectionPlans', column, kind: 'required' },
      { table: 'ChildProtectionPlans', column, kind: 'code' },
    ],
  );
}

export const RULES_PROTECTION: readonly CinRule[] = [
  perS47('1104', (input, row, episode) => {
    const referral = input.day(v(episode.row, 'CINreferralDate'));
    return referral === undefined
      ? undefined
      : dated(input, row, 'DateOfInitialCPC', (day) => day < referral);
  }),
  perS47('2884', (_, row, episode) =>
    v(row, 'DateOfInitialCPC') !== '' && v(episode.row, 'DateOfInitialCPC') !== ''
      ? 'DateOfInitialCPC'
      : undefined,
  ),
  perS47('2889', (input, row, episode) => {
    const referral = input.day(v(episode.row, 'CINreferralDate'));
    return referral === undefined
      ? undefined
      : dated(input, row, 'S47ActualStartDate', (day) => day < referral);
  }),
  covering(
    perS47('8615', (input, row) => {
      const start = input.day(v(row, 'S47ActualStartDate'));
      const conference = input.day(v(row, 'DateOfInitialCPC'));
      return start === undefined || (conference !== undefined && start > conference)
        ? ['S47ActualStartDate', 'DateOfInitialCPC']
        : undefined;
    }),
    [
      { table: 'Section47', column: 'S47ActualStartDate', kind: 'required' },
      { table: 'Section47', column: 'S47ActualStartDate', kind: 'date' },
    ],
  ),
  perS47('8675Q', (input, row) => {
    const start = input.day(v(row, 'S47ActualStartDate'));
    return start !== undefined &&
      awaitingConference(row) &&
      workingDaysBetween(start, input.end) > 15
      ? ['S47ActualStartDate', 'DateOfInitialCPC']
      : undefined;
  }),
  perS47('8715', (input, row) =>
    dated(input, row, 'DateOfInitialCPC', (day) => !inYear(input, day)),
  ),
  perS47('8740', (input, row) =>
    awaitingConference(row)
      ? dated(input, row, 'S47ActualStartDate', (day) => !inYear(input, day))
      : undefined,
  ),
  {
    code: '8839',
    check: (input, flag) => {
      for (const [, episode] of episodesOf(input)) {
        const open = episode.s47.filter(awaitingConference);
        if (open.length > 1) for (const row of open) flag('Section47', row, 'DateOfInitialCPC');
      }
    },
  },
  perS47('8870Q', (input, row) => dated(input, row, 'InitialCPCtarget', isWeekend)),
  {
    code: '8875',
    check: (input, flag) => {
      for (const [, episode] of episodesOf(input)) {
        if (dated(input, episode.row, 'DateOfInitialCPC', isWeekend) !== undefined)
          flag('CINdetails', episode.row, 'DateOfInitialCPC');
        for (const row of episode.s47)
          if (dated(input, row, 'DateOfInitialCPC', isWeekend) !== undefined)
            flag('Section47', row, 'DateOfInitialCPC');
      }
    },
  },
  perPlan('1105', (input, { row }, episode) => {
    const referral = input.day(v(episode.row, 'CINreferralDate'));
    return referral === undefined
      ? undefined
      : dated(input, row, 'CPPstartDate', (day) => day < referral);
  }),
  {
    code: '2883',
    check: (input, flag) => {
      for (const [, episode] of episodesOf(input)) {
        // No plan starting: nothing to count conferences for.
        if (episode.cpps.length === 0) continue;
        const starting = episode.cpps.filter(
          ({ row }) => dated(input, row, 'CPPstartDate', (day) => inYear(input, day)) !== undefined,
        );
        const held = conferences(input, episode).filter((day) => inYear(input, day)).length;
        if (starting.length > held)
          for (const { row } of starting)
            flag('ChildProtectionPlans', row, ['CPPstartDate', 'DateOfInitialCPC']);
      }
    },
  },
  perPlan('2885', (input, { row }, episode) => {
    const start = input.day(v(row, 'CPPstartDate'));
    const held = conferences(input, episode);
    return start !== undefined && inYear(input, start) && held.length > 0 && !held.includes(start)
      ? ['CPPstartDate', 'DateOfInitialCPC']
      : undefined;
  }),
  covering(
    perPlan('8720', (input, { row }) => {
      const start = input.day(v(row, 'CPPstartDate'));
      return start === undefined || start > input.end ? 'CPPstartDate' : undefined;
    }),
    [
      { table: 'ChildProtectionPlans', column: 'CPPstartDate', kind: 'required' },
      { table: 'ChildProtectionPlans', column: 'CPPstartDate', kind: 'date' },
    ],
  ),
  covering(
    perPlan('8730', (_, { row }) =>
      v(row, 'NumberOfPreviousCPP') === '' ? 'NumberOfPreviousCPP' : undefined,
    ),
    [{ table: 'ChildProtectionPlans', column: 'NumberOfPreviousCPP', kind: 'required' }],
  ),
  perPlan('8832', (_, __, episode) =>
    isNfa(episode) ? ['CINdetailsID', 'ReferralNFA'] : undefined,
  ),
  perPlan('8840', (input, { row }) => {
    const start = input.day(v(row, 'CPPstartDate'));
    return start !== undefined && start === input.day(v(row, 'CPPendDate'))
      ? ['CPPstartDate', 'CPPendDate']
      : undefined;
  }),
  {
    code: '8841',
    check: (input, flag) => {
      for (const [, episode] of episodesOf(input)) {
        for (const plan of episode.cpps) {
          const start = input.day(v(plan.row, 'CPPstartDate'));
          if (start === undefined) continue;
          for (const review of plan.reviews) {
            if (dated(input, review, 'CPPreviewDate', (day) => day <= start) !== undefined)
              flag('Reviews', review, 'CPPreviewDate');
          }
        }
      }
    },
  },
  {
    code: '8842Q',
    census: true,
    check: ({ tables }, flag) => {
      for (const row of tables.Reviews)
        if (v(row, 'CPPreviewDate') === '') flag('Reviews', row, 'CPPreviewDate');
    },
  },
  category('8905', 'InitialCategoryOfAbuse'),
  category('8910', 'LatestCategoryOfAbuse'),
  perPlan('8915', (input, { row }, _, child) => {
    const death = input.day(v(child.row, 'PersonDeathDate'));
    return death === undefined
      ? undefined
      : dated(input, row, 'CPPstartDate', (day) => day > death);
  }),
  perPlan('8920', (input, { row }, _, child) => {
    const death = input.day(v(child.row, 'PersonDeathDate'));
    return death === undefined ? undefined : dated(input, row, 'CPPendDate', (day) => day > death);
  }),
  perPlan('8925', (input, { row }) => {
    const start = input.day(v(row, 'CPPstartDate'));
    return start === undefined ? undefined : dated(input, row, 'CPPendDate', (day) => day < start);
  }),
  perPlan('8930', (input, { row }) =>
    dated(input, row, 'CPPendDate', (day) => !inYear(input, day)),
  ),
  {
    code: '8935',
    check: ({ children }, flag) => {
      for (const child of children) {
        const plans = acrossEpisodes(child, (episode) => episode.cpps);
        if (plans.length < 2) continue;
        const open = plans.filter(({ row }) => v(row, 'CPPendDate') === '');
        if (open.length > 1)
          for (const { row } of open) flag('ChildProtectionPlans', row, 'CPPendDate');
      }
    },
  },
  {
    code: '8940',
    check: (input, flag) => {
      for (const child of input.children) {
        const plans = acrossEpisodes(child, (episode) => episode.cpps);
        const overlaps = overlapping(plans, ({ row }) => ({
          start: input.day(v(row, 'CPPstartDate')),
          end: input.day(v(row, 'CPPendDate')),
        }));
        for (const { row } of overlaps)
          flag('ChildProtectionPlans', row, ['CPPstartDate', 'CPPendDate']);
      }
    },
  },
];
