/**
 * The shape of a CIN census XML return, as each year's schema gives it
 * (`Message` → `Header`, `Children` → `Child` → `ChildIdentifiers`,
 * `ChildCharacteristics`, `CINdetails` …), and which table each group's
 * values are kept in. A census year is named by the 31 March it ends on.
 * The DfE publishes the schema with each year's census guide:
 * https://www.gov.uk/government/collections/children-in-need-census
 */
import type { CinCodeList } from './codes';
import type { CinTable } from './tables';

/** How a leaf's text is checked. */
export type LeafType =
  | { readonly kind: 'string' }
  | { readonly kind: 'date' }
  | { readonly kind: 'dateTime' }
  | { readonly kind: 'gYear' }
  | { readonly kind: 'count' }
  | { readonly kind: 'pattern'; readonly pattern: RegExp; readonly what: string }
  | { readonly kind: 'code'; readonly list: CinCodeList };

/** One element of the return. */
export type CinNode = {
  readonly name: string;
  readonly min: number;
  /** `Infinity` for unbounded. */
  readonly max: number;
  /** The first and last census years whose schema has the element. */
  readonly since?: number;
  readonly until?: number;
  /** A leaf: how its text is checked, and the column it is kept in. */
  readonly leaf?: LeafType;
  readonly column?: string;
  /** A group (or a repeating leaf) that starts a row of this table. */
  readonly table?: CinTable;
  readonly children?: readonly CinNode[];
};

const STRING: LeafType = { kind: 'string' };
const DATE: LeafType = { kind: 'date' };
const code = (list: CinCodeList): LeafType => ({ kind: 'code', list });
const UPN: LeafType = {
  kind: 'pattern',
  pattern: /^[A-Za-z]\d{11}[\dA-Za-z]$/,
  what: 'a letter, 11 digits and a digit or letter',
};

const one = (name: string, leaf: LeafType, extra: Partial<CinNode> = {}): CinNode => ({
  name,
  min: 1,
  max: 1,
  leaf,
  ...extra,
});
const opt = (name: string, leaf: LeafType, extra: Partial<CinNode> = {}): CinNode => ({
  name,
  min: 0,
  max: 1,
  leaf,
  ...extra,
});

const HEADER: CinNode = {
  name: 'Header',
  min: 0,
  max: 1,
  table: 'Header',
  children: [
    {
      name: 'CollectionDetails',
      min: 0,
      max: 1,
      children: [
        opt('Collection', STRING),
        opt('Year', { kind: 'gYear' }),
        opt('ReferenceDate', DATE),
      ],
    },
    {
      name: 'Source',
      min: 0,
      max: Infinity,
      children: [
        opt('SourceLevel', STRING),
        one('LEA', { kind: 'pattern', pattern: /^\d{3}$/, what: 'three digits' }),
        opt('SoftwareCode', STRING),
        opt('Release', STRING),
        opt('SerialNo', { kind: 'pattern', pattern: /^\d{3,}$/, what: 'three or more digits' }),
        opt('DateTime', { kind: 'dateTime' }),
      ],
    },
  ],
};

const IDENTIFIERS: CinNode = {
  name: 'ChildIdentifiers',
  min: 1,
  max: 1,
  children: [
    one('LAchildID', STRING),
    opt('UPN', UPN),
    opt('FormerUPN', UPN),
    opt('UPNunknown', code('upnUnknown')),
    opt('PersonBirthDate', DATE),
    opt('ExpectedPersonBirthDate', DATE),
    // Gender until the 2023 to 2024 census, sex from 2024 to 2025: one column.
    one('GenderCurrent', code('sex'), { column: 'Sex', until: 2024 }),
    one('Sex', code('sex'), { since: 2025 }),
    opt('PersonDeathDate', DATE),
  ],
};

const CHARACTERISTICS: CinNode = {
  name: 'ChildCharacteristics',
  min: 1,
  max: 1,
  children: [
    one('Ethnicity', code('ethnicity')),
    {
      name: 'Disabilities',
      min: 0,
      max: 1,
      children: [
        {
          name: 'Disability',
          min: 1,
          max: Infinity,
          leaf: code('disability'),
          table: 'Disabilities',
        },
      ],
    },
  ],
};

const ASSESSMENTS: CinNode = {
  name: 'Assessments',
  min: 0,
  max: Infinity,
  table: 'Assessments',
  children: [
    one('AssessmentActualStartDate', DATE),
    opt('AssessmentInternalReviewDate', DATE),
    opt('AssessmentAuthorisationDate', DATE),
    {
      name: 'FactorsIdentifiedAtAssessment',
      min: 0,
      max: 1,
      children: [
        {
          name: 'AssessmentFactors',
          min: 1,
          max: Infinity,
          leaf: code('factor'),
          table: 'AssessmentFactors',
        },
      ],
    },
  ],
};

const PLANS: CinNode = {
  name: 'ChildProtectionPlans',
  min: 0,
  max: Infinity,
  table: 'ChildProtectionPlans',
  children: [
    one('CPPstartDate', DATE),
    opt('CPPendDate', DATE),
    one('InitialCategoryOfAbuse', code('abuse')),
    one('LatestCategoryOfAbuse', code('abuse')),
    one('NumberOfPreviousCPP', { kind: 'count' }),
    {
      name: 'Reviews',
      min: 0,
      max: 1,
      children: [{ name: 'CPPreviewDate', min: 1, max: Infinity, leaf: DATE, table: 'Reviews' }],
    },
  ],
};

/**
 * Pre-proceedings and family group decision making, which the DfE adds to the
 * census from 2026 to 2027. No schema in hand defines it, so every year's
 * check reports it as outside the schema while its values are kept.
 */
const PRE_PROCEEDINGS: CinNode = {
  name: 'PreProceedingsandFGDM',
  min: 0,
  max: Infinity,
  table: 'PreProceedings',
  since: 2027,
  children: [
    opt('PPStartDate', DATE),
    opt('LBPSentDate', DATE),
    opt('FGDMMeetingOffer', STRING),
    opt('FGDMMeetingFac', STRING),
    opt('InitialPPMeetingDate', DATE),
    opt('ReviewMeetingsCount', { kind: 'count' }),
    opt('StepDecisionDate', DATE),
    opt('PPOutcome', STRING),
    opt('CourtAppDate', DATE),
    opt('LetterInitCPDate', DATE),
  ],
};

const DETAILS: CinNode = {
  name: 'CINdetails',
  min: 1,
  max: Infinity,
  table: 'CINdetails',
  children: [
    one('CINreferralDate', DATE),
    one('ReferralSource', code('referralSource')),
    opt('PrimaryNeedCode', code('primaryNeed')),
    opt('CINclosureDate', DATE),
    opt('ReasonForClosure', code('closure')),
    opt('DateOfInitialCPC', DATE),
    ASSESSMENTS,
    {
      name: 'CINPlanDates',
      min: 0,
      max: Infinity,
      table: 'CINplanDates',
      since: 2022,
      children: [one('CINPlanStartDate', DATE), opt('CINPlanEndDate', DATE)],
    },
    {
      name: 'Section47',
      min: 0,
      max: Infinity,
      table: 'Section47',
      children: [
        one('S47ActualStartDate', DATE),
        opt('InitialCPCtarget', DATE),
        opt('DateOfInitialCPC', DATE),
        one('ICPCnotRequired', code('yesno')),
      ],
    },
    one('ReferralNFA', code('yesno')),
    PLANS,
    PRE_PROCEEDINGS,
  ],
};

/** The root element and everything under it. */
export const CIN_ROOT: CinNode = {
  name: 'Message',
  min: 1,
  max: 1,
  children: [
    HEADER,
    {
      name: 'Children',
      min: 1,
      max: 1,
      children: [
        {
          name: 'Child',
          min: 1,
          max: Infinity,
          table: 'Children',
          children: [IDENTIFIERS, CHARACTERISTICS, DETAILS],
        },
      ],
    },
  ],
};

/** The first and last census years whose schema is held (`CIN_schema_<year>.xsd`). */
export const FIRST_SCHEMA_YEAR = 2017;
export const LAST_SCHEMA_YEAR = 2026;

/** Whether `node` is in census year `year`'s schema. */
export function inYear(node: CinNode, year: number): boolean {
  return (
    (node.since === undefined || year >= node.since) &&
    (node.until === undefined || year <= node.until)
  );
}

/** The column a leaf's value is kept in. */
export function columnOf(node: CinNode): string {
  return node.column ?? node.name;
}
