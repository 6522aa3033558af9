/**
 * The tables a CIN census is kept as, one row per element instance, so a
 * problem names a child, a table and the element's position in it. Every
 * row carries the child's `LAchildID`; rows under an episode carry its
 * `CINdetailsID` (the episode's position in the CINdetails table), and so
 * on down the tree.
 */

export const CIN_TABLES = [
  'Header',
  'Children',
  'Disabilities',
  'CINdetails',
  'Assessments',
  'AssessmentFactors',
  'CINplanDates',
  'Section47',
  'ChildProtectionPlans',
  'Reviews',
  'PreProceedings',
] as const;

export type CinTable = (typeof CIN_TABLES)[number];

/** The key columns each table's rows carry, linking them to their parents. */
export const CIN_KEYS: Readonly<Record<CinTable, readonly string[]>> = {
  Header: [],
  Children: ['LAchildID'],
  Disabilities: ['LAchildID'],
  CINdetails: ['LAchildID', 'CINdetailsID'],
  Assessments: ['LAchildID', 'CINdetailsID', 'AssessmentID'],
  AssessmentFactors: ['LAchildID', 'CINdetailsID', 'AssessmentID'],
  CINplanDates: ['LAchildID', 'CINdetailsID'],
  Section47: ['LAchildID', 'CINdetailsID'],
  ChildProtectionPlans: ['LAchildID', 'CINdetailsID', 'CPPID'],
  Reviews: ['LAchildID', 'CINdetailsID', 'CPPID'],
  PreProceedings: ['LAchildID', 'CINdetailsID'],
};

/** The id column a table's own rows are numbered by, for the tables below it. */
export const CIN_ID_COLUMN: Partial<Record<CinTable, string>> = {
  CINdetails: 'CINdetailsID',
  Assessments: 'AssessmentID',
  ChildProtectionPlans: 'CPPID',
};

/** One value per table, made by `make`: a record the type checker knows is complete. */
export function perCinTable<T>(make: (table: CinTable) => T): Record<CinTable, T> {
  return {
    Header: make('Header'),
    Children: make('Children'),
    Disabilities: make('Disabilities'),
    CINdetails: make('CINdetails'),
    Assessments: make('Assessments'),
    AssessmentFactors: make('AssessmentFactors'),
    CINplanDates: make('CINplanDates'),
    Section47: make('Section47'),
    ChildProtectionPlans: make('ChildProtectionPlans'),
    Reviews: make('Reviews'),
    PreProceedings: make('PreProceedings'),
  };
}
