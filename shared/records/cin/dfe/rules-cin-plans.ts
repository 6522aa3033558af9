/**
 * DfE CIN rules on CIN plans (the CINplanDates table: 4000, 4001, 4003,
 * 4004, 4008, 4009Q, 4010–4017), each written from its text in
 * catalogue.ts. A plan or enquiry that ends on the day another starts does
 * not overlap it.
 */
import { acrossEpisodes, episodeRule, inYear, isNfa, overlapping, v } from './helpers';
import type { ChildRecord, Episode } from './model';
import type { CinRule, CinRuleInput } from './rule';
import type { CinRow } from '../types';

type Range = { start: number | undefined; end: number | undefined };

function planRange(input: CinRuleInput, row: CinRow): Range {
  return { start: input.day(v(row, 'CINPlanStartDate')), end: input.day(v(row, 'CINPlanEndDate')) };
}

function cppRanges(input: CinRuleInput, child: ChildRecord): Range[] {
  return child.episodes.flatMap((episode) =>
    episode.cpps.map(({ row }) => ({
      start: input.day(v(row, 'CPPstartDate')),
      end: input.day(v(row, 'CPPendDate')),
    })),
  );
}

/** `day` strictly inside `range` (an open range runs on). */
function inside(day: number | undefined, range: Range): boolean {
  return (
    day !== undefined &&
    range.start !== undefined &&
    day > range.start &&
    (range.end === undefined || day < range.end)
  );
}

function perPlan(
  code: string,
  check: (
    input: CinRuleInput,
    plan: CinRow,
    episode: Episode,
    child: ChildRecord,
  ) => string | readonly string[] | undefined,
): CinRule {
  return episodeRule(code, 'plans', (input, child, episode, flag) => {
    for (const plan of episode.plans) {
      const columns = check(input, plan, episode, child);
      if (columns !== undefined) flag('CINplanDates', plan, columns);
    }
  });
}

export const RULES_CIN_PLANS: readonly CinRule[] = [
  perPlan('4000', (_, __, episode) =>
    isNfa(episode) ? ['CINPlanStartDate', 'ReferralNFA'] : undefined,
  ),
  perPlan('4001', (input, plan, _, child) => {
    const { end } = planRange(input, plan);
    return cppRanges(input, child).some((cpp) => inside(end, cpp))
      ? ['CINPlanEndDate', 'CPPendDate']
      : undefined;
  }),
  {
    code: '4003',
    check: (input, flag) => {
      for (const child of input.children) {
        // The child's CIN plans, read when it has a review to compare (most have none).
        let plans: readonly Range[] | undefined;
        for (const episode of child.episodes) {
          for (const { reviews } of episode.cpps) {
            for (const review of reviews) {
              plans ??= child.episodes.flatMap((each) =>
                each.plans.map((row) => planRange(input, row)),
              );
              const day = input.day(v(review, 'CPPreviewDate'));
              if (plans.some((plan) => inside(day, plan))) flag('Reviews', review, 'CPPreviewDate');
            }
          }
        }
      }
    },
  },
  {
    code: '4004',
    check: ({ children }, flag) => {
      for (const child of children) {
        const plans = acrossEpisodes(child, (episode) => episode.plans);
        if (plans.length < 2) continue;
        const open = plans.filter((row) => v(row, 'CINPlanEndDate') === '');
        if (open.length > 1) for (const row of open) flag('CINplanDates', row, 'CINPlanEndDate');
      }
    },
  },
  perPlan('4008', (input, plan, _, child) => {
    const death = input.day(v(child.row, 'PersonDeathDate'));
    const { start } = planRange(input, plan);
    return death !== undefined && start !== undefined && start > death
      ? ['CINPlanStartDate', 'PersonDeathDate']
      : undefined;
  }),
  perPlan('4009Q', (input, plan, _, child) => {
    const death = input.day(v(child.row, 'PersonDeathDate'));
    const { end } = planRange(input, plan);
    return death !== undefined && end !== undefined && end > death
      ? ['CINPlanEndDate', 'PersonDeathDate']
      : undefined;
  }),
  perPlan('4010', (input, plan) => {
    const { start } = planRange(input, plan);
    return start === undefined || start > input.end ? 'CINPlanStartDate' : undefined;
  }),
  perPlan('4011', (input, plan) => {
    const { start, end } = planRange(input, plan);
    return start !== undefined && end !== undefined && end < start
      ? ['CINPlanEndDate', 'CINPlanStartDate']
      : undefined;
  }),
  perPlan('4012Q', (input, plan) => {
    const { start, end } = planRange(input, plan);
    return start !== undefined && start === end
      ? ['CINPlanStartDate', 'CINPlanEndDate']
      : undefined;
  }),
  perPlan('4013', (input, plan) => {
    const { end } = planRange(input, plan);
    return end !== undefined && !inYear(input, end) ? 'CINPlanEndDate' : undefined;
  }),
  {
    code: '4014',
    check: (input, flag) => {
      for (const child of input.children) {
        const plans = acrossEpisodes(child, (episode) => episode.plans);
        for (const row of overlapping(plans, (plan) => planRange(input, plan)))
          flag('CINplanDates', row, ['CINPlanStartDate', 'CINPlanEndDate']);
      }
    },
  },
  perPlan('4015', (input, plan, episode) => {
    const { start } = planRange(input, plan);
    const referral = input.day(v(episode.row, 'CINreferralDate'));
    return start !== undefined && referral !== undefined && start < referral
      ? ['CINPlanStartDate', 'CINreferralDate']
      : undefined;
  }),
  perPlan('4016', (input, plan, _, child) => {
    const { start } = planRange(input, plan);
    const during = cppRanges(input, child).some(
      (cpp) =>
        start !== undefined &&
        cpp.start !== undefined &&
        start >= cpp.start &&
        (cpp.end === undefined || start < cpp.end),
    );
    return during ? ['CINPlanStartDate', 'CPPstartDate'] : undefined;
  }),
  perPlan('4017', (input, plan, _, child) => {
    const range = planRange(input, plan);
    return cppRanges(input, child).some((cpp) => inside(cpp.start, range))
      ? ['CINPlanStartDate', 'CPPstartDate']
      : undefined;
  }),
];
