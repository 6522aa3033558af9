import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { useWorkbook } from '../inspections/use-workbook';
import { ImprovementsPage } from './ImprovementsPage';
import { PrioritiesPage } from './PrioritiesPage';
import { SummaryPage } from './SummaryPage';

/** The pages below the Report screen where its written parts are written. */
const writingPages = ['summary', 'improvements', 'priorities'] as const;

/** One of {@link writingPages}. */
export type WritingPage = (typeof writingPages)[number];

/** Whether a report sub-page is one of the writing pages. */
export function isWritingPage(sub: string): sub is WritingPage {
  return writingPages.some((page) => page === sub);
}

/** Loads the workbook and shows the writing page the address names. */
export function ReportWritingPage({
  inspectionId,
  page,
}: {
  readonly inspectionId: string;
  readonly page: WritingPage;
}) {
  const workbook = useWorkbook(inspectionId);
  if (workbook === undefined) return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  switch (page) {
    case 'summary':
      return (
        <SummaryPage key={inspectionId} inspectionId={inspectionId} workbook={workbook.data} />
      );
    case 'improvements':
      return <ImprovementsPage inspectionId={inspectionId} workbook={workbook.data} />;
    case 'priorities':
      return <PrioritiesPage inspectionId={inspectionId} workbook={workbook.data} />;
  }
}
