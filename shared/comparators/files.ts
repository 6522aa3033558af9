/**
 * The DfE files the comparators are built from: how each is recognised by
 * name, which publication it comes from, and the columns it must have. The
 * statistics files follow DfE's Explore Education Statistics open-data layout
 * (one row per year × geography × breakdown); a newer release keeps the name
 * pattern and the columns, so `comparators update` checks both.
 */

const EES = 'https://explore-education-statistics.service.gov.uk/find-statistics';

/** The publications behind the files. */
export const PUBLICATIONS = {
  cla: {
    title: 'DfE, Children looked after in England including adoptions',
    url: `${EES}/children-looked-after-in-england-including-adoptions`,
  },
  cin: {
    title: 'DfE, Characteristics of children in need',
    url: `${EES}/characteristics-of-children-in-need`,
  },
  workforce: {
    title: 'DfE, Children’s social work workforce',
    url: `${EES}/children-s-social-work-workforce`,
  },
  neighbours: {
    title: 'DfE, children’s services statistical neighbour benchmarking',
    url: 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait',
  },
} as const;

/** Which publication a file is from. */
export type PublicationId = keyof typeof PUBLICATIONS;

/** One kind of DfE file the build reads. */
export type ComparatorFileSpec = {
  readonly id: string;
  /** The name DfE's release gives it (years in the name may move on). */
  readonly pattern: RegExp;
  /** The name of the release bundled with the app. */
  readonly example: string;
  readonly publication: PublicationId;
  /** Columns the file must have, beyond the geography and year columns of a statistics file. */
  readonly columns: readonly string[];
  /** A statistics file (years × areas) or a statistical-neighbour table. */
  readonly kind: 'statistics' | 'neighbours-2025' | 'neighbours-2021';
};

/** The year and geography columns every DfE statistics file here has. */
export const STATISTICS_COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'region_code',
  'region_name',
  'old_la_code',
  'new_la_code',
  'la_name',
] as const;

/** Every file the build reads, in the order it reads them. */
export const COMPARATOR_FILES: readonly ComparatorFileSpec[] = [
  {
    id: 'cla-rates',
    pattern: /^cla_number_and_rate_per_10k_children\.csv$/,
    example: 'cla_number_and_rate_per_10k_children.csv',
    publication: 'cla',
    columns: ['population_type', 'rate_per_10000'],
    kind: 'statistics',
  },
  {
    id: 'placement-stability',
    pattern: /^la_cla_placement_stability\.csv$/,
    example: 'la_cla_placement_stability.csv',
    publication: 'cla',
    columns: ['cla_group', 'placement_stability', 'children_percent'],
    kind: 'statistics',
  },
  {
    id: 'new-placements',
    pattern: /^la_cla_during_year_new_placements\.csv$/,
    example: 'la_cla_during_year_new_placements.csv',
    publication: 'cla',
    columns: ['characteristic', 'breakdown', 'children_percent'],
    kind: 'statistics',
  },
  {
    id: 'care-leavers-activity',
    pattern: /^la_care_leavers_activity\.csv$/,
    example: 'la_care_leavers_activity.csv',
    publication: 'cla',
    columns: ['care_leaver_age', 'breakdown', 'care_leaver_percent'],
    kind: 'statistics',
  },
  {
    id: 'care-leavers-accommodation',
    pattern: /^la_care_leavers_accommodation_suitability\.csv$/,
    example: 'la_care_leavers_accommodation_suitability.csv',
    publication: 'cla',
    columns: ['care_leaver_age', 'breakdown', 'care_leaver_percent'],
    kind: 'statistics',
  },
  {
    id: 'social-workers',
    pattern: /^la_cla_swcount\.csv$/,
    example: 'la_cla_swcount.csv',
    publication: 'cla',
    columns: ['cla_group', 'sw_stability', 'percentage'],
    kind: 'statistics',
  },
  {
    id: 'referrals',
    pattern: /^c1_children_in_need_referrals_and_rereferrals_\d{4}_to_\d{4}\.csv$/,
    example: 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
    publication: 'cin',
    columns: ['rereferral_percent', 'no_further_action_percent'],
    kind: 'statistics',
  },
  {
    id: 'cpp-subsequent',
    pattern: /^d3_cpps_subsequent_plan_\d{4}_to_\d{4}\.csv$/,
    example: 'd3_cpps_subsequent_plan_2013_to_2025.csv',
    publication: 'cin',
    columns: ['CPP_subsequent_percent'],
    kind: 'statistics',
  },
  {
    id: 'cpp-duration',
    pattern: /^d5_cpps_at31march_by_duration_\d{4}_to_\d{4}\.csv$/,
    example: 'd5_cpps_at31march_by_duration_2013_to_2025.csv',
    publication: 'cin',
    columns: ['2_years_or_more_percent'],
    kind: 'statistics',
  },
  {
    id: 'workforce',
    pattern: /^csww_indicators_\d{4}_to_\d{4}\.csv$/,
    example: 'csww_indicators_2017_to_2025.csv',
    publication: 'workforce',
    columns: [
      'turnover_rate_fte',
      'agency_rate_fte',
      'vacancy_rate_fte',
      'caseload_fte',
      'absence_rate_fte',
    ],
    kind: 'statistics',
  },
  {
    id: 'neighbours-2025',
    pattern: /^sn_model_\d{4}_wide\.csv$/,
    example: 'sn_model_2025_wide.csv',
    publication: 'neighbours',
    columns: ['old_la_code', 'la_name', 'SN_1', 'SN_10'],
    kind: 'neighbours-2025',
  },
  {
    id: 'neighbours-2021',
    pattern: /^New_Statistical_Neighbour_Groupings_April_2021\.csv$/,
    example: 'New_Statistical_Neighbour_Groupings_April_2021.csv',
    publication: 'neighbours',
    columns: ['LA num', 'LA Name', 'SN1', 'SN10'],
    kind: 'neighbours-2021',
  },
];

/** The file spec a file name matches, if any. */
export function fileSpecFor(name: string): ComparatorFileSpec | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  return COMPARATOR_FILES.find((spec) => spec.pattern.test(base));
}
