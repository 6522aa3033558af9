import { useMemo, useState } from 'react';
import {
  reportSections,
  type AreaId,
  type Evidence,
  type Workbook,
} from '../../../../shared/domain';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import type { ReportWriting } from '../report/use-report-writing';
import { FindingCard } from './FindingCard';
import { FindingForm, type FindingDraft } from './FindingForm';
import { useFocusOnMount } from './use-focus-on-mount';

type Editing = { readonly kind: 'new' } | { readonly kind: 'change'; readonly id: string } | null;

const empty: FindingDraft = { text: '', evidenceIds: [], actionTaken: '' };

function RemoveConfirm({
  number,
  text,
  onYes,
  onNo,
}: {
  readonly number: number;
  readonly text: string;
  readonly onYes: () => void;
  readonly onNo: () => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>(true);
  return (
    <div className="govuk-inset-text">
      <h3 className="govuk-heading-s" tabIndex={-1} ref={heading}>
        Remove paragraph {number}?
      </h3>
      <p className="govuk-body">{text}</p>
      <p className="govuk-body">
        The paragraphs after it are renumbered. The change history keeps what it said.
      </p>
      <div className="govuk-button-group">
        <Button variant="warning" onClick={onYes}>
          Yes, remove paragraph {number}
        </Button>
        <Button variant="secondary" onClick={onNo}>
          No, keep it
        </Button>
      </div>
    </div>
  );
}

/**
 * The area's findings: the numbered paragraphs of its report section, in the
 * GOV.UK "add multiple things" pattern
 * (https://design-system.service.gov.uk/patterns/add-multiple-things/): the
 * list so far, each with Change, Remove (after confirmation) and Move, then
 * "Add a finding". Paragraph numbers come from the report's own numbering
 * (`reportSections`), so they match the printed report across sections.
 */
export function FindingsSection({
  inspectionId,
  workbook,
  area,
  choices,
  sourceName,
  href,
  evidenceHref,
  writing,
  onSaved,
}: {
  readonly inspectionId: string;
  readonly workbook: Workbook;
  readonly area: AreaId;
  readonly choices: readonly Evidence[];
  readonly sourceName: (source: string) => string;
  readonly href: string;
  readonly evidenceHref: string;
  readonly writing: ReportWriting;
  readonly onSaved: (message: string) => void;
}) {
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const paragraphs = useMemo(
    () => reportSections(workbook).find((section) => section.area === area)?.paragraphs ?? [],
    [workbook, area],
  );
  const findingFor = (id: string) => workbook.findings.find((f) => f.id === id);

  async function act(run: Promise<string | undefined>, message: string) {
    const refused = await run;
    setProblem(refused);
    if (refused === undefined) onSaved(message);
  }

  // Evidence a finding already rests on stays offered even when it is not tagged to this area,
  // so saving a change never drops it unseen.
  const choicesFor = (initial: FindingDraft) => [
    ...choices,
    ...workbook.evidence.filter(
      (item) => initial.evidenceIds.includes(item.id) && !choices.some((c) => c.id === item.id),
    ),
  ];
  const form = (title: string, initial: FindingDraft, id: string | null) => (
    <FindingForm
      key={id ?? 'new'}
      title={title}
      initial={initial}
      choices={choicesFor(initial)}
      sourceName={sourceName}
      href={href}
      evidenceHref={evidenceHref}
      onCancel={() => setEditing(null)}
      onSave={async (draft) => {
        const refused =
          id === null
            ? await writing.addFinding({
                area,
                text: draft.text,
                evidenceIds: draft.evidenceIds,
                ...(draft.actionTaken === '' ? {} : { actionTaken: draft.actionTaken }),
              })
            : await writing.editFinding({
                id,
                text: draft.text,
                evidenceIds: draft.evidenceIds,
                actionTaken: draft.actionTaken === '' ? null : draft.actionTaken,
              });
        if (refused === undefined) {
          setEditing(null);
          onSaved(id === null ? 'Finding added.' : 'Finding changed.');
        }
        return refused;
      }}
    />
  );

  return (
    <section aria-labelledby="findings-heading">
      <h2 className="govuk-heading-l" id="findings-heading">
        Findings for the report
      </h2>
      {problem === undefined ? null : <ErrorSummary errors={[{ text: problem }]} />}
      <p className="govuk-body">
        {paragraphs.length === 0
          ? 'No findings yet. Each finding is a numbered paragraph of this judgement’s section of the report.'
          : `${paragraphs.length} ${paragraphs.length === 1 ? 'finding' : 'findings'}, numbered as the report numbers them across its sections.`}
      </p>
      {paragraphs.map((paragraph, index) => {
        const finding = findingFor(paragraph.findingId);
        if (editing?.kind === 'change' && editing.id === paragraph.findingId && finding) {
          return form(
            `Change paragraph ${paragraph.number}`,
            {
              text: finding.text,
              evidenceIds: finding.evidenceIds,
              actionTaken: finding.actionTaken ?? '',
            },
            finding.id,
          );
        }
        return (
          <div key={paragraph.findingId}>
            <FindingCard
              inspectionId={inspectionId}
              paragraph={paragraph}
              isFirst={index === 0}
              isLast={index === paragraphs.length - 1}
              onChange={() => {
                setRemoving(null);
                setEditing({ kind: 'change', id: paragraph.findingId });
              }}
              onRemove={() => {
                setEditing(null);
                setRemoving(paragraph.findingId);
              }}
              onMove={(direction) =>
                void act(
                  writing.moveFinding(paragraph.findingId, direction),
                  `Paragraph ${paragraph.number} moved ${direction}.`,
                )
              }
            />
            {removing === paragraph.findingId ? (
              <RemoveConfirm
                number={paragraph.number}
                text={paragraph.text}
                onNo={() => setRemoving(null)}
                onYes={() => {
                  setRemoving(null);
                  void act(
                    writing.removeFinding(paragraph.findingId),
                    `Paragraph ${paragraph.number} removed.`,
                  );
                }}
              />
            ) : null}
          </div>
        );
      })}
      {editing?.kind === 'new' ? (
        form(paragraphs.length === 0 ? 'Add a finding' : 'Add another finding', empty, null)
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setRemoving(null);
            setEditing({ kind: 'new' });
          }}
        >
          {paragraphs.length === 0 ? 'Add a finding' : 'Add another finding'}
        </Button>
      )}
    </section>
  );
}
