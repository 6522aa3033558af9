import type { WarningRuleId } from '../../../../shared/domain';

/**
 * A short heading for each limiting-rule warning; the full message comes from
 * `judge()`. The patterns are those of the ILACS grade descriptors (Ofsted ILACS
 * framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services;
 * test/fixtures/docs/ilacs.md §1.1a), kept as warnings until the framework text is checked.
 */
export const warningTitles: Readonly<Record<WarningRuleId, string>> = {
  'overall-below-worst': 'Overall effectiveness is below the worst judgement',
  'overall-above-worst-plus-one':
    'Overall effectiveness is more than one grade better than the worst judgement',
  'experiences-inadequate':
    'Overall effectiveness is not inadequate although a practice judgement is',
  'leaders-inadequate':
    'Overall effectiveness is better than requires improvement although leaders are inadequate',
};
