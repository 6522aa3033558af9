import type { Workbook } from '../../../../shared/domain';
import { writingLinks } from './write-links';

/** "Write the report": links to each written part and to Check the report. */
export function WriteReportLinks({
  inspectionId,
  workbook,
  level = 2,
}: {
  readonly inspectionId: string;
  readonly workbook: Workbook;
  readonly level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <nav aria-labelledby="write-report-heading">
      <Heading className="govuk-heading-m" id="write-report-heading">
        Write the report
      </Heading>
      <ul className="govuk-list">
        {writingLinks(inspectionId, workbook).map((link) => (
          <li key={link.href}>
            <a className="govuk-link" href={link.href}>
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
