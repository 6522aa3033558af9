import { inspectionKind, type Workbook } from '../../../../shared/domain';
import type { ReportCheckTarget } from '../../../../shared/workbook';
import { hrefFor } from '../../app/router';
import { reportHeadings } from './report-headings';

/** Where a part of the report is written, as a link address. */
export function targetHref(inspectionId: string, target: ReportCheckTarget): string {
  switch (target.page) {
    case 'area':
      return hrefFor({ name: 'judgements', inspectionId, area: target.area });
    case 'warnings':
      return hrefFor({ name: 'judgements', inspectionId });
    default:
      return hrefFor({ name: 'report', inspectionId, sub: target.page });
  }
}

/** The report's written parts this kind of inspection has, each with its page. */
export function writingLinks(
  inspectionId: string,
  workbook: Workbook,
): { readonly text: string; readonly href: string }[] {
  const headings = reportHeadings(workbook.inspection.kind);
  return [
    { text: headings.summary, href: targetHref(inspectionId, { page: 'summary' }) },
    { text: 'Findings, on each judgement', href: hrefFor({ name: 'judgements', inspectionId }) },
    { text: headings.improvements, href: targetHref(inspectionId, { page: 'improvements' }) },
    ...(inspectionKind(workbook.inspection.kind).hasPriorityActions
      ? [
          {
            text: 'Areas for priority action',
            href: targetHref(inspectionId, { page: 'priorities' }),
          },
        ]
      : []),
    { text: 'Check the report', href: hrefFor({ name: 'report', inspectionId, sub: 'check' }) },
  ];
}
