import { useState } from 'react';
import {
  frameworkById,
  gradableAreas,
  inspectionKind,
  type AreaId,
  type JudgeResult,
  type WarningRuleId,
  type Workbook,
} from '../../../../shared/domain';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { WriteReportLinks } from '../report/WriteReportLinks';
import { areaLabel, areaRows } from './area-rows';
import { AreasTable } from './AreasTable';
import { acceptFieldId, WarningCard } from './WarningCard';
import { useFocusOnMount } from './use-focus-on-mount';
import type { useJudgementCommands } from './use-judgement-commands';

/**
 * The judgements overview: every gradable area with its grade, then the
 * limiting-rule warnings, open ones with "Accept with rationale", accepted
 * ones still shown. A focused or monitoring visit gives no grades.
 */
export function JudgementsOverview({
  inspectionId,
  workbook,
  result,
  commands,
  href,
  focusHeading,
  onOpen,
  onAccepted,
}: {
  readonly inspectionId: string;
  readonly workbook: Workbook;
  readonly result: JudgeResult;
  readonly commands: ReturnType<typeof useJudgementCommands>;
  readonly href: string;
  readonly focusHeading: boolean;
  readonly onOpen: (area: AreaId) => void;
  readonly onAccepted: (message: string) => void;
}) {
  const [errors, setErrors] = useState<Partial<Record<WarningRuleId, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const heading = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const { inspection } = workbook;
  const kind = inspectionKind(inspection.kind);
  const framework = frameworkById(inspection.framework);
  const gradesOverall = gradableAreas(framework, inspection.kind).some(
    (entry) => entry.area.id === 'overall',
  );
  const rows = areaRows(workbook, result);
  const graded = result.judgements.filter((entry) => entry.grade !== null).length;
  const summary = result.warnings.flatMap((warning) => {
    const text = errors[warning.rule];
    return text === undefined || warning.accepted !== null
      ? []
      : [{ text, href: `#${acceptFieldId(warning.rule)}` }];
  });
  const setError = (rule: WarningRuleId, message: string | undefined) => {
    setErrors((current) => ({ ...current, [rule]: message }));
    if (message !== undefined) setAttempt((n) => n + 1);
  };

  const title = (
    <>
      <span className="govuk-caption-l">{inspection.council.name}</span>
      <h1 className="govuk-heading-xl" tabIndex={-1} ref={heading}>
        Judgements
      </h1>
    </>
  );
  if (kind.gradedBy === null) {
    return (
      <>
        {title}
        <div className="govuk-inset-text">
          A {kind.label.toLowerCase()} gives no grades. Record its findings and any areas for
          priority action instead.
        </div>
        <h2 className="govuk-heading-m" id="findings-by-area">
          Findings by area
        </h2>
        <ul className="govuk-list" aria-labelledby="findings-by-area">
          {framework.reportOrder.map((area) => {
            const found = workbook.findings.filter((f) => f.area === area).length;
            return (
              <li key={area}>
                <a
                  className="govuk-link"
                  href={href}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(area);
                  }}
                >
                  {areaLabel(workbook, area)}
                </a>{' '}
                <span className="govuk-hint govuk-!-display-inline">
                  (
                  {found === 0
                    ? 'no findings yet'
                    : `${found} ${found === 1 ? 'finding' : 'findings'}`}
                  )
                </span>
              </li>
            );
          })}
        </ul>
        <WriteReportLinks inspectionId={inspectionId} workbook={workbook} />
      </>
    );
  }
  return (
    <>
      {summary.length === 0 ? null : <ErrorSummary errors={summary} key={attempt} />}
      {title}
      <p className="govuk-body">
        {framework.name}. {graded} of {result.judgements.length} judgements graded.
      </p>
      <AreasTable rows={rows} href={href} onOpen={onOpen} />
      <WriteReportLinks inspectionId={inspectionId} workbook={workbook} />
      <h2 className="govuk-heading-l">Limiting-rule warnings</h2>
      <p className="govuk-body">
        Patterns in every standard and short inspection Ofsted published from 2018 to March 2025,
        comparing overall effectiveness with the other judgements. They are warnings, not rules:
        change the grades, or accept a warning with your rationale.
      </p>
      {!gradesOverall ? (
        <p className="govuk-body">
          {framework.name} does not grade overall effectiveness for a {kind.label.toLowerCase()}, so
          no limiting-rule warning can fire.
        </p>
      ) : result.warnings.length === 0 ? (
        <p className="govuk-body">No warnings on the grades given so far.</p>
      ) : (
        result.warnings.map((warning) => (
          <WarningCard
            key={warning.rule}
            warning={warning}
            acceptances={workbook.acceptances}
            error={errors[warning.rule]}
            onError={(message) => setError(warning.rule, message)}
            onAccept={async (rationale) => {
              const problem = await commands.accept(warning.rule, rationale.trim());
              if (problem === undefined) onAccepted('Warning accepted with your rationale.');
              return problem;
            }}
          />
        ))
      )}
      {result.notes.filter((note) => note.area === null).length === 0 ? null : (
        <>
          <h2 className="govuk-heading-m">Notes</h2>
          <ul className="govuk-list govuk-list--bullet">
            {result.notes
              .filter((note) => note.area === null)
              .map((note) => (
                <li key={note.rule}>{note.message}</li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}
