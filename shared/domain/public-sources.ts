/**
 * The public sources the frameworks, kinds and checklists cite, as readable
 * text with their address, so anything that shows or prints them needs no
 * document outside the repository.
 */

/** Ofsted's ILACS framework page on gov.uk (inspection kinds, judgements, criteria). */
export const ilacsFramework =
  "Ofsted, 'Inspecting local authority children's services' (ILACS framework), https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services";

/** Ofsted's published reports and letters (the structure each template follows). */
export const ofstedReports =
  'Ofsted published ILACS reports and letters, https://reports.ofsted.gov.uk/';

/** Ofsted's announcement of the separate care leavers judgement (from January 2023). */
export const careLeaversJudgement =
  "Ofsted, 'A new judgement for care leavers' (December 2022), https://www.gov.uk/government/news/a-new-judgement-for-care-leavers";

/**
 * A public collection of the ILACS-era reports, whose README dates the 2026
 * framework change (no "Overall effectiveness" from April 2026).
 */
export const ilacsReportCollection =
  'ofsted-ilacs-scrape-tool, a collection of published ILACS reports, https://github.com/JT-39/ofsted-ilacs-scrape-tool';
