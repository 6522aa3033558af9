/**
 * The shares the demo council's children are drawn from. National figures are
 * from DfE, "Children looked after in England including adoptions" (the
 * 2024 and 2025 releases on explore-education-statistics, cited in Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018
 * §5), rounded; where a figure is this generator's own assumption it says so.
 * Codes are the 2024 SSDA903 codes (DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return; shared/records/ssda903).
 */
import type { Weighted } from './random';

/**
 * Age at 31 March in years. DfE 2025: under 1 5%, 1–4 14%, 5–9 17%, 10–15
 * 38%, 16–17 26%. `18` stands for young people who turned 18 during the year
 * and so left care on their birthday (about 10,000 a year nationally, roughly
 * 8% of children looked after during the year).
 */
export const AGE_BANDS: Weighted<readonly [number, number]> = [
  [[0, 0], 4.6],
  [[1, 4], 12.9],
  [[5, 9], 15.6],
  [[10, 15], 35],
  [[16, 17], 23.9],
  [[18, 18], 8],
];

/** SEX 1 (male) / 2 (female). DfE 2025: 56% boys, 44% girls. */
export const SEX: Weighted<string> = [
  ['1', 56],
  ['2', 44],
];

/**
 * Ethnicity, 903 ETHNIC codes. DfE 2025 shares: White 72% (mostly WBRI),
 * Mixed 11%, Black 7%, Asian 5%, other 4%, not obtained/refused 1%.
 */
export const ETHNICITY: Weighted<string> = [
  ['WBRI', 65],
  ['WIRI', 1],
  ['WIRT', 1],
  ['WOTH', 4],
  ['WROM', 1],
  ['MWBC', 4],
  ['MWBA', 1.5],
  ['MWAS', 1.5],
  ['MOTH', 4],
  ['AIND', 1],
  ['APKN', 2],
  ['ABAN', 1],
  ['AOTH', 1],
  ['BCRB', 2],
  ['BAFR', 4],
  ['BOTH', 1],
  ['CHNE', 0.5],
  ['OOTH', 3.5],
  ['REFU', 0.5],
  ['NOBT', 0.5],
];

/**
 * Ethnicity of unaccompanied asylum-seeking children: an assumption from the
 * nationalities DfE reports for UASC (mostly Afghan, Sudanese, Eritrean,
 * Iranian, Vietnamese, Albanian children).
 */
export const UASC_ETHNICITY: Weighted<string> = [
  ['AOTH', 35],
  ['BAFR', 35],
  ['OOTH', 20],
  ['WOTH', 10],
];

/**
 * Category of need (CIN N1–N8). DfE 2025: abuse or neglect 67%, family
 * dysfunction 14%, absent parenting (mostly UASC) 8%, acute stress 6%,
 * disability 3%, others 2%.
 */
export const NEED: Weighted<string> = [
  ['N1', 67],
  ['N2', 1.5],
  ['N3', 1],
  ['N4', 6],
  ['N5', 14],
  ['N6', 1],
  ['N7', 1.5],
  ['N8', 8],
];

/**
 * Placement type (PLACE) of a new placement by age band at its start. DfE
 * 2025: foster care 68% of children at 31 March (a fifth of them with
 * relatives or friends, U1–U3), children's homes and other residential
 * settings 17%, independent and semi-independent living 7% (almost all aged
 * 16–17; all drawn as H5, written K3 from 2024/25: year-codes.ts), placed
 * with parents 6%, placed for adoption 2% (under-5s; see ADOPTION_SHARE).
 * Other placements (Z1) are left to the two children the demo's evidence
 * names (population.ts). The split by age is this generator's assumption.
 */
export const PLACE_BY_AGE: readonly (readonly [number, Weighted<string>])[] = [
  [
    4,
    [
      ['U1', 5],
      ['U3', 12],
      ['U4', 20],
      ['U5', 4],
      ['U6', 52],
      ['P1', 7],
    ],
  ],
  [
    9,
    [
      ['U1', 6],
      ['U3', 11],
      ['U4', 26],
      ['U6', 48],
      ['K2', 3],
      ['P1', 6],
    ],
  ],
  [
    15,
    [
      ['U1', 4],
      ['U3', 9],
      ['U4', 20],
      ['U6', 37],
      ['K2', 21],
      ['K1', 0.5],
      ['P1', 5],
      ['S1', 2],
      ['R1', 0.5],
    ],
  ],
  [
    17,
    [
      ['U1', 3],
      ['U3', 5],
      ['U4', 12],
      ['U6', 24],
      ['K2', 17],
      ['H5', 44],
      ['P1', 3],
      ['S1', 1],
    ],
  ],
];

/**
 * Who provides a placement (PLACE_PROVIDER) by placement type. DfE 2025:
 * own-council provision about 42%, private 40%, parents 6%, other councils
 * 4%, voluntary sector 3%; DfE, Children looked after in England, https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions: 84% of children's homes are private (here
 * 77%, as the council's trust runs homes of its own, CMA market study of children’s social care, https://www.gov.uk/cma-cases/childrens-social-care-study)
 * and 272 of 328 fostering agencies (83%) are private, the rest voluntary.
 * Kinship foster care (U1–U3) is the council's own.
 */
export const PROVIDER_BY_PLACE: Readonly<Record<string, Weighted<string>>> = {
  foster: [
    ['PR1', 55],
    ['PR4', 37],
    ['PR5', 5],
    ['PR2', 3],
  ],
  kinship: [['PR1', 1]],
  K2: [
    ['PR4', 77],
    ['PR1', 14],
    ['PR5', 9],
  ],
  K1: [['PR2', 1]],
  // The 2025 list's SA Providers are PR4 for the validator (settings.ts).
  H5: [['PR4', 1]],
  P1: [['PR0', 1]],
  S1: [
    ['PR4', 70],
    ['PR3', 30],
  ],
  R1: [['PR3', 1]],
  adoption: [['PR1', 1]],
};

/**
 * Placement changes per year (a Poisson rate) for a settled child and an
 * unsettled one, with the share of unsettled children by age. Tuned so that
 * about 10% of children have 3 or more placements in the year and about two
 * thirds have one (DfE 2025: 10% and 68%); teenagers move most.
 */
export const MOVES = { settled: 0.2, unsettled: 1.7, unsettledUnder10: 0.12, unsettled10: 0.33 };

/** Placement changes per year before the collection year: fewer, as placements settle (assumption). */
export const PAST_MOVES = 0.16;

/**
 * Reasons for a placement change (REASON_PLACE_CHANGE). An assumption: the
 * DfE does not publish the split; planned moves (CARPL) lead.
 */
export const REASON_PLACE_CHANGE: Weighted<string> = [
  ['CARPL', 40],
  ['CREQB', 15],
  ['CREQO', 10],
  ['CHILD', 8],
  ['LAREQ', 7],
  ['PLACE', 5],
  ['STAND', 3],
  ['ALLEG', 3],
  ['APPRR', 2],
  ['CLOSE', 3],
  ['OTHER', 4],
];

/**
 * Legal status on entering care. DfE 2025 starters: about half under s20
 * (V2), most of the rest on an interim care order (C1), a few through police
 * protection or an emergency protection order, or remanded to local
 * authority accommodation (J1; J2 is detention under PACE, for a day or two).
 */
export const ENTRY_LEGAL: Weighted<string> = [
  ['V2', 48],
  ['C1', 44],
  ['L1', 3],
  ['L2', 2],
  ['J1', 3],
];

/**
 * Legal status of children already in care on 1 April. DfE 2025 at 31 March:
 * care orders 78%, s20 15%, placement orders 5% (placement orders, E1, are
 * drawn with the adoption plans: children.ts ADOPTION_SHARE).
 */
export const CONTINUING_LEGAL: Weighted<string> = [
  ['C2', 72],
  ['C1', 6],
  ['V2', 17],
  ['J1', 1],
];

/**
 * Reason ceased (REC) by age at leaving. DfE 2025 ceased: returned home 27%,
 * special guardianship orders 12%, adopted 9%, independent living and aged
 * 18 staying put 20%, child arrangements orders 4%, others.
 */
export const REC_UNDER_10: Weighted<string> = [
  ['E4A', 38],
  ['E4B', 4],
  ['E45', 10],
  ['E46', 3],
  ['E47', 7],
  ['E48', 2],
  ['E41', 8],
  ['E13', 4],
  ['E3', 2],
  ['E8', 4],
];

/** Reason ceased for children aged 10 to 17. */
export const REC_10_TO_17: Weighted<string> = [
  ['E4A', 38],
  ['E4B', 10],
  ['E13', 8],
  ['E45', 5],
  ['E47', 4],
  ['E41', 4],
  ['E9', 3],
  ['E14', 3],
  ['E3', 3],
  ['E5', 7],
  ['E6', 3],
  ['E16', 1],
  ['E8', 7],
];

/** Reason ceased on the 18th birthday: staying put (E17), supported or independent living (E5, E6), adult care (E7), other. */
export const REC_AT_18: Weighted<string> = [
  ['E17', 28],
  ['E5', 38],
  ['E6', 12],
  ['E7', 2],
  ['E4A', 8],
  ['E8', 12],
];

/** Review participation (REVIEW_CODE) for children aged 4 or over; PN0 is for those under 4. Assumption. */
export const REVIEW_CODE: Weighted<string> = [
  ['PN1', 46],
  ['PN2', 14],
  ['PN3', 14],
  ['PN4', 8],
  ['PN5', 5],
  ['PN6', 8],
  ['PN7', 5],
];
