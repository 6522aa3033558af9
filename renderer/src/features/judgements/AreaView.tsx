import { useCallback, useMemo } from 'react';
import {
  checklists,
  grades,
  gradeLabel,
  type AreaId,
  type JudgeResult,
  type Workbook,
} from '../../../../shared/domain';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { SummaryList } from '../../components/govuk/SummaryList';
import { Textarea } from '../../components/govuk/Textarea';
import { WarningText } from '../../components/govuk/WarningText';
import { areaName, mayModerate } from '../../../../shared/workbook';
import { usePageTitle } from '../../app/page-title';
import { SavedBanner, useSaved } from '../report/SavedBanner';
import { useReportWriting } from '../report/use-report-writing';
import { areaLabel } from './area-rows';
import { AreaHistory } from './AreaHistory';
import { AreaIndicators } from './AreaIndicators';
import { FindingsSection } from './FindingsSection';
import { ContributionsTable } from './ContributionsTable';
import { CriteriaChecklist } from './CriteriaChecklist';
import { criteriaCoverage } from './criteria-coverage';
import { evidenceChoices } from './evidence-choices';
import { EvidencePicker } from './EvidencePicker';
import { gradeFieldIds, gradeSummary } from './form-errors';
import { useFocusOnMount } from './use-focus-on-mount';
import { useGradeForm } from './use-grade-form';
import type { useJudgementCommands } from './use-judgement-commands';

/**
 * One judgement area: its grade (radios), rationale, the evidence linked to
 * it, the evaluation criteria that evidence covers, each source's
 * contribution, and Save; then the area's findings for the report and its
 * change history. The lead inspector or a moderator on the team who saves
 * after the preparer moderates the grade (the engine records it and refuses
 * anyone else); Moderate, offered only to them, records a review without a
 * change. On a visit that gives no grades only the findings show.
 */
export function AreaView({
  inspectionId,
  graded,
  writesFindings,
  area,
  workbook,
  result,
  commands,
  href,
  evidenceHref,
  onBack,
  onDone,
}: {
  readonly inspectionId: string;
  /** Whether this inspection grades the area (visits only write findings). */
  readonly graded: boolean;
  /** Whether the area has a section of findings in the report (overall effectiveness has none). */
  readonly writesFindings: boolean;
  readonly area: AreaId;
  readonly workbook: Workbook;
  readonly result: JudgeResult;
  readonly commands: ReturnType<typeof useJudgementCommands>;
  readonly href: string;
  readonly evidenceHref: string;
  readonly onBack: () => void;
  readonly onDone: (message: string) => void;
}) {
  const label = areaLabel(workbook, area);
  const saved = workbook.judgements.find((entry) => entry.area === area);
  const form = useGradeForm(area, saved, commands.grade, (grade) =>
    onDone(`${label}: ${grades.find((entry) => entry.id === grade)?.label ?? grade}.`),
  );
  usePageTitle(label);
  const historyAreaName = useCallback(
    (id: string) => areaName(workbook.inspection, id),
    [workbook.inspection],
  );
  const heading = useFocusOnMount<HTMLHeadingElement>(true);
  const writing = useReportWriting(inspectionId);
  const saves = useSaved();
  const choices = useMemo(
    () => evidenceChoices(workbook, area, form.evidenceIds),
    [workbook, area, form.evidenceIds],
  );
  const coverage = useMemo(
    () => criteriaCoverage(checklists[area], choices, form.evidenceIds),
    [area, choices, form.evidenceIds],
  );
  const names = useMemo(
    () => new Map(workbook.providers.map((provider) => [provider.id, provider.name])),
    [workbook.providers],
  );
  const council = workbook.inspection.council.name;
  const sourceName = useCallback(
    (source: string) => (source === 'council' ? council : (names.get(source) ?? source)),
    [council, names],
  );
  const judged = result.judgements.find((entry) => entry.area === area);
  const notes = result.notes.filter((note) => note.area === area);
  const warnings = result.warnings.filter(
    (warning) => warning.accepted === null && (area === 'overall' || warning.areas.includes(area)),
  );
  const canModerate =
    saved !== undefined &&
    mayModerate(workbook.inspection, commands.userName) &&
    saved.preparedBy !== commands.userName &&
    saved.moderatedBy !== commands.userName;
  const summary = [
    ...gradeSummary(form.errors),
    ...(form.failure === undefined ? [] : [{ text: form.failure }]),
  ];

  return (
    <>
      <a
        href={href}
        className="govuk-back-link"
        onClick={(event) => {
          event.preventDefault();
          onBack();
        }}
      >
        All judgements
      </a>
      {summary.length === 0 ? null : <ErrorSummary errors={summary} key={form.attempt} />}
      <SavedBanner saved={saves.saved} />
      <span className="govuk-caption-l">{graded ? 'Judgement' : 'Findings'}</span>
      <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        {label}
      </h1>
      {graded ? (
        <>
          <SummaryList
            rows={[
              { key: 'Grade', value: saved === undefined ? 'Not graded' : gradeLabel(saved.grade) },
              { key: 'Prepared by', value: saved?.preparedBy ?? '—' },
              { key: 'Moderated by', value: saved?.moderatedBy ?? 'Not moderated' },
            ]}
          />
          {notes.map((note) => (
            <WarningText key={note.rule}>{note.message}</WarningText>
          ))}
          {warnings.map((warning) => (
            <div className="govuk-inset-text" key={warning.rule}>
              Limiting-rule warning: {warning.message} Accept it with a rationale on the judgements
              overview, or change the grades.
            </div>
          ))}
          {judged === undefined ? null : (
            <ContributionsTable contributions={judged.contributions} />
          )}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void form.submit();
            }}
          >
            <Radios
              name="grade"
              legend="Grade"
              hint="The four-point ILACS scale, as Ofsted prints it in the judgement table."
              options={grades.map((grade) => ({
                value: grade.id,
                label: grade.label,
                hint: grade.descriptor,
              }))}
              value={form.grade}
              onChange={form.setGrade}
              {...(form.errors.grade === undefined ? {} : { error: form.errors.grade })}
            />
            <Textarea
              id={gradeFieldIds.rationale}
              label="Rationale"
              labelClass="govuk-label--m"
              hint="Why this grade: what the evidence shows, and how the council and each provider contributed."
              rows={6}
              value={form.rationale}
              onChange={form.setRationale}
              {...(form.errors.rationale === undefined ? {} : { error: form.errors.rationale })}
            />
            <EvidencePicker
              choices={choices}
              values={form.evidenceIds}
              onChange={form.setEvidenceIds}
              sourceName={sourceName}
              href={href}
              evidenceHref={evidenceHref}
            />
            <CriteriaChecklist groups={coverage} />
            <div className="govuk-button-group">
              <Button type="submit">Save grade</Button>
              {canModerate ? (
                <Button
                  variant="secondary"
                  onClick={() =>
                    void commands.moderate(area).then((problem) => {
                      form.report(problem);
                      if (problem === undefined)
                        onDone(`${label}: moderated by ${commands.userName}.`);
                    })
                  }
                >
                  Confirm grade unchanged as moderator
                </Button>
              ) : null}
            </div>
          </form>
        </>
      ) : null}
      <AreaIndicators inspectionId={inspectionId} area={area} />
      {writesFindings ? (
        <FindingsSection
          inspectionId={inspectionId}
          workbook={workbook}
          area={area}
          choices={choices}
          sourceName={sourceName}
          href={href}
          evidenceHref={evidenceHref}
          writing={writing}
          onSaved={saves.show}
        />
      ) : null}
      <AreaHistory
        inspectionId={inspectionId}
        area={area}
        label={label}
        areaName={historyAreaName}
      />
    </>
  );
}
