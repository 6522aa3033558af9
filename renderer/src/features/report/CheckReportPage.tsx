import { useMemo } from 'react';
import {
  formatImprovementTag,
  frameworkById,
  gradeLabel,
  inspectionKind,
  reportSections,
  type Workbook,
} from '../../../../shared/domain';
import { areaName, reportCheck } from '../../../../shared/workbook';
import { usePageTitle } from '../../app/page-title';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { useWorkbook } from '../inspections/use-workbook';
import { reportHeadings } from './report-headings';
import { targetHref } from './write-links';
import './report.scss';

type Row = {
  readonly key: string;
  readonly value: string;
  readonly href: string;
  readonly action: string;
};

function CheckList({ title, rows }: { readonly title: string; readonly rows: readonly Row[] }) {
  return (
    <>
      <h2 className="govuk-heading-m">{title}</h2>
      <dl className="govuk-summary-list govuk-!-margin-bottom-9">
        {rows.map((row) => (
          <div className="govuk-summary-list__row" key={row.key}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value app-pre-line">{row.value}</dd>
            <dd className="govuk-summary-list__actions">
              <a className="govuk-link" href={row.href}>
                {row.action}
                <span className="govuk-visually-hidden"> {row.key.toLowerCase()}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function CheckReport({
  inspectionId,
  workbook,
}: {
  readonly inspectionId: string;
  readonly workbook: Workbook;
}) {
  const missing = useMemo(() => reportCheck(workbook), [workbook]);
  const { inspection } = workbook;
  const kind = inspectionKind(inspection.kind);
  const headings = reportHeadings(inspection.kind);
  const framework = frameworkById(inspection.framework);
  const sections = reportSections(workbook);
  const graded = kind.gradedBy !== null;
  const areas = graded
    ? [...new Set([...workbook.judgements.map((j) => j.area), ...framework.reportOrder])]
    : framework.reportOrder;
  const written: Row[] = [
    {
      key: headings.summary,
      value: workbook.summary.trim() === '' ? 'Not written' : workbook.summary,
      href: targetHref(inspectionId, { page: 'summary' }),
      action: workbook.summary.trim() === '' ? 'Write' : 'Change',
    },
    {
      key: headings.improvements,
      value:
        workbook.improvements.length === 0
          ? 'None'
          : workbook.improvements
              .map((i) =>
                i.tag === undefined ? i.text : `${i.text} ${formatImprovementTag(i.tag)}`,
              )
              .join('\n'),
      href: targetHref(inspectionId, { page: 'improvements' }),
      action: workbook.improvements.length === 0 ? 'Add' : 'Change',
    },
    ...(kind.hasPriorityActions
      ? [
          {
            key: 'Areas for priority action',
            value:
              workbook.priorityActions.length === 0
                ? 'None'
                : workbook.priorityActions.map((p) => p.text).join('\n'),
            href: targetHref(inspectionId, { page: 'priorities' }),
            action: workbook.priorityActions.length === 0 ? 'Add' : 'Change',
          },
        ]
      : []),
  ];
  const judgements: Row[] = areas.map((area) => {
    const judgement = workbook.judgements.find((j) => j.area === area);
    const paragraphs = sections.find((s) => s.area === area)?.paragraphs ?? [];
    const parts = [
      ...(graded ? [judgement === undefined ? 'Not graded' : gradeLabel(judgement.grade)] : []),
      framework.reportOrder.includes(area)
        ? paragraphs.length === 0
          ? 'No findings'
          : paragraphs.length === 1
            ? `1 finding (paragraph ${paragraphs[0]?.number ?? ''})`
            : `${paragraphs.length} findings (paragraphs ${paragraphs[0]?.number ?? ''} to ${paragraphs.at(-1)?.number ?? ''})`
        : 'Drawn from the other judgements',
    ];
    return {
      key: areaName(inspection, area),
      value: parts.join('\n'),
      href: targetHref(inspectionId, { page: 'area', area }),
      action: 'Change',
    };
  });
  return (
    <>
      <BackLink href={hrefFor({ name: 'report', inspectionId })}>Report</BackLink>
      <span className="govuk-caption-l">{inspection.council.name}</span>
      <h1 className="govuk-heading-xl">Check the report</h1>
      {missing.length === 0 ? (
        <div className="govuk-inset-text">
          Nothing is missing. The report can be{' '}
          <a className="govuk-link" href={hrefFor({ name: 'report', inspectionId })}>
            made and signed
          </a>
          .
        </div>
      ) : (
        <>
          <h2 className="govuk-heading-m">
            {count(missing.length, 'thing', 'things')} to do before the report is signed
          </h2>
          <ul className="govuk-list govuk-list--bullet" aria-label="Missing from the report">
            {missing.map((item) => (
              <li key={item.key}>
                <a className="govuk-link" href={targetHref(inspectionId, item.target)}>
                  {item.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <CheckList title="Written parts" rows={written} />
      <CheckList title={graded ? 'Judgements and findings' : 'Findings'} rows={judgements} />
    </>
  );
}

/**
 * "Check the report", in the GOV.UK check answers pattern
 * (https://design-system.service.gov.uk/patterns/check-answers/): what is
 * missing before the report can be signed (shared/workbook `reportCheck`),
 * each linking to where to put it right, then what the report holds, part
 * by part, each with a link to change it.
 */
export function CheckReportPage({ inspectionId }: { readonly inspectionId: string }) {
  usePageTitle('Check the report');
  const workbook = useWorkbook(inspectionId);
  if (workbook === undefined) return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  return <CheckReport inspectionId={inspectionId} workbook={workbook.data} />;
}
