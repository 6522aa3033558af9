export { problemReportCsv, problemReportXlsx } from './export';
export {
  dfeMessage,
  problemReport,
  summariseByRule,
  type PlacedProblem,
  type ProblemReport,
  type ProblemReportFile,
  type ProblemReportLine,
  type ReportSource,
  type RuleSummary,
} from './report';
export { placedProblemsOf, reportSources, type OwnerFiles } from './sources';
